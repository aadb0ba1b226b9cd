#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace descope {

// The status bar's word on what is running: "Deactivating “ci-runner”…" with a busy bar while
// a call is in flight, hidden when nothing runs. With several at once it names the latest and
// counts the others. The key actions' controller drives it.
class ActivityLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityLabel(QWidget *parent = nullptr);

    // Shows `text` until finish() is called with the ticket returned.
    int start(const QString &text);
    void finish(int ticket);
    // Forgets everything running, e.g. when the project changes.
    void clear();

    // What the status bar shows now; empty when nothing runs.
    QString text() const;
    int runningCount() const { return int(m_running.size()); }

private:
    struct Running
    {
        int ticket;
        QString text;
    };

    void refresh();

    QLabel *m_label;
    QProgressBar *m_busy;
    QList<Running> m_running; // oldest first
    int m_nextTicket = 1;
};

} // namespace descope
