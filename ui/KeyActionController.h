#pragma once

#include "AccessKey.h"
#include "BatchOperation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDialog;
class QWidget;

namespace descope {

class ActivityLabel;
class BatchRunner;
class KeyActions;
class KeyTableView;
class ProjectSession;
class SecretClipboard;
class SingleKeyRunner;

// What the key actions do: create, edit, activate, deactivate, rotate, delete and exchange,
// for one key or, through the batch calls, for many. The selection is captured as key IDs
// before anything changes, and every change is confirmed first (KeyActionConfirmation). One
// key's calls run in SingleKeyRunner, many keys' in BatchRunner; both mark the keys busy
// until the answer comes, update the table's rows with what the server confirmed, and read
// the keys again after a failure, so the table shows the server's truth.
class KeyActionController : public QObject
{
    Q_OBJECT

public:
    KeyActionController(KeyActions *actions, KeyTableView *table, SecretClipboard *clipboard,
                        QWidget *window);
    ~KeyActionController() override;

    // The project the actions work on; dialogs and batches of the previous one are closed.
    void setSession(ProjectSession *session);

    // A batch in progress, for tests and for the window's close.
    BatchOperation *runningBatch() const;
    // What is running, for the status bar.
    ActivityLabel *activityLabel() const { return m_activity; }

Q_SIGNALS:
    // After each action, with a line for the status bar.
    void finished(const QString &summary);

private:
    void createKey();
    void editKey();
    void setActive(bool active);
    void rotateKey();
    void deleteKeys();
    void exchangeKey();

    // The selected keys, or none when one of them has a call in flight.
    QStringList selectedIdleKeys() const;
    // One batch at a time: true (and the status bar says why) while one runs.
    bool refuseSecondBatch();
    void showCleartext(const CreatedKey &created, bool rotated);
    void openExchange(const QString &cleartext, QWidget *parent);
    void track(QDialog *dialog);

    KeyActions *m_actions;
    KeyTableView *m_table;
    SecretClipboard *m_clipboard;
    QWidget *m_window;
    ActivityLabel *m_activity;
    SingleKeyRunner *m_single;
    BatchRunner *m_batches;
    // Set by the window, which clears it before the session goes.
    ProjectSession *m_session = nullptr;
    QList<QPointer<QDialog>> m_dialogs;
};

} // namespace descope
