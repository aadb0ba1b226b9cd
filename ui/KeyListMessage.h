#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace descope {

// What stands in for the key table when it has nothing to show: keys loading (with Cancel), a
// load that failed or was cancelled, a project without keys, or a filter that hides every key.
// Each state says what happened and offers the one next step.
class KeyListMessage : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Loading,
        Failed,
        Cancelled, // the first load was cancelled: nothing loaded, nothing failed
        NoKeys,
        NoMatches,
    };

    explicit KeyListMessage(QWidget *parent = nullptr);

    void showState(State state, const QString &detail = {});
    // Without a way to create keys, the empty state offers no button for it.
    void setCanCreate(bool canCreate);
    State state() const { return m_state; }

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();
    void createRequested();
    void clearFiltersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    State m_state = State::Loading;
    QString m_detailGiven;
    bool m_canCreate = false;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_button;
};

} // namespace descope
