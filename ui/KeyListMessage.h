#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace descope {

// What stands in for the key table when it has nothing to show: keys loading, a load that
// failed, a project without keys, or a filter that hides every key. Each state says what
// happened and offers the one next step.
class KeyListMessage : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Loading,
        Failed,
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
    void createRequested();
    void clearFiltersRequested();

private:
    State m_state = State::Loading;
    bool m_canCreate = false;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_button;
};

} // namespace descope
