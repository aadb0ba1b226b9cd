#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace descope {

// A strip above the key table that says when the keys shown are not the server's latest: a
// refresh is running over them (with Cancel), or the last refresh failed and they are the keys
// loaded earlier, with when and why (with Try Again). Hidden while the keys shown are current.
class KeyListBanner : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        Hidden,
        Refreshing,
        Stale,
    };

    explicit KeyListBanner(QWidget *parent = nullptr);

    void showRefreshing();
    // `loadedAt` is when the keys shown were loaded; `reason` why the refresh failed; `note`
    // anything else the keys shown differ in, e.g. another tenant than the one chosen.
    void showStale(const QDateTime &loadedAt, const QString &reason, const QString &note = {});
    void hideBanner();

    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showText();

    State m_state = State::Hidden;
    QDateTime m_loadedAt;
    QString m_reason;
    QString m_note;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace descope
