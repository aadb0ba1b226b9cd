#pragma once

#include "AccessKey.h"
#include "BatchOperation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDialog;
class QProgressDialog;
class QWidget;

namespace descope {

class KeyActions;
class KeyTableView;
class ProjectSession;
class SecretClipboard;

// What the key actions do: create, edit, activate, deactivate, rotate, delete and exchange,
// for one key or, through the batch calls, for many. The selection is captured as key IDs
// before anything changes; every change the server confirms updates the table's rows in place,
// and after a failure the keys concerned are read again, so the table shows the server's truth.
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
    BatchOperation *runningBatch() const { return m_batch; }

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

    void runBatch(BatchOperation::Action action, const QStringList &ids);
    void batchFinished(BatchOperation *batch, BatchOperation::Action action);
    void applySucceeded(BatchOperation::Action action, const QStringList &ids);
    void reportFailures(BatchOperation::Action action, const BatchOperation::Outcome &outcome);
    // Reads these keys from the server again and shows what it holds (gone keys go).
    void refreshKeys(const QStringList &ids);
    void showCleartext(const CreatedKey &created, bool rotated);
    void openExchange(const QString &cleartext, QWidget *parent);
    void track(QDialog *dialog);
    QString keyName(const QString &id) const;
    QStringList namesOf(const QStringList &ids) const;

    KeyActions *m_actions;
    KeyTableView *m_table;
    SecretClipboard *m_clipboard;
    QWidget *m_window;
    // Set by the window, which clears it before the session goes.
    ProjectSession *m_session = nullptr;
    QPointer<BatchOperation> m_batch;
    QPointer<QProgressDialog> m_progress;
    QList<QPointer<QDialog>> m_dialogs;
};

} // namespace descope
