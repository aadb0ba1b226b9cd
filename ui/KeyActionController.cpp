#include "KeyActionController.h"

#include "CleartextDialog.h"
#include "ExchangeDialog.h"
#include "KeyActions.h"
#include "KeyEditorDialog.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "ManagementClient.h"
#include "ProjectSession.h"
#include "UserPrompts.h"

#include <QAction>
#include <QDialog>
#include <QProgressDialog>

namespace descope {

namespace {

// Beyond this many failed keys, reading each again costs more than one reload.
constexpr int MaxKeysReadAgain = 50;
// Names listed in a question or a report before "and N more".
constexpr int MaxNamesListed = 20;

QString listed(const QStringList &lines)
{
    if (lines.size() <= MaxNamesListed)
        return lines.join(u'\n');
    return lines.first(MaxNamesListed).join(u'\n') + u'\n' +
           KeyActionController::tr("… and %n more", nullptr, int(lines.size()) - MaxNamesListed);
}

} // namespace

KeyActionController::KeyActionController(KeyActions *actions, KeyTableView *table,
                                         SecretClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_table(table)
    , m_clipboard(clipboard)
    , m_window(window)
{
    m_actions->setHandler(m_actions->newKey, [this] { createKey(); });
    m_actions->setHandler(m_actions->editKey, [this] { editKey(); });
    m_actions->setHandler(m_actions->activateKeys, [this] { setActive(true); });
    m_actions->setHandler(m_actions->deactivateKeys, [this] { setActive(false); });
    m_actions->setHandler(m_actions->rotateKey, [this] { rotateKey(); });
    m_actions->setHandler(m_actions->deleteKeys, [this] { deleteKeys(); });
    m_actions->setHandler(m_actions->exchangeKey, [this] { exchangeKey(); });
}

KeyActionController::~KeyActionController()
{
    setSession(nullptr);
}

void KeyActionController::setSession(ProjectSession *session)
{
    if (session == m_session)
        return;
    // Dialogs and batches hold the old project's client; none may outlive it.
    if (m_batch) {
        m_batch->disconnect(this);
        m_batch->cancel();
        m_batch->deleteLater();
    }
    if (m_progress)
        m_progress->deleteLater();
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs)) {
        if (dialog)
            delete dialog.data();
    }
    m_dialogs.clear();
    m_session = session;
}

void KeyActionController::track(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
}

QString KeyActionController::keyName(const QString &id) const
{
    const int row = m_session ? m_session->keys()->rowOfKey(id) : -1;
    return row < 0 ? id : m_session->keys()->key(row).name;
}

QStringList KeyActionController::namesOf(const QStringList &ids) const
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids) {
        const QString name = keyName(id);
        //: A key in a list: its name, then its ID
        names.append(name == id ? id : tr("%1 (%2)").arg(name, id));
    }
    return names;
}

void KeyActionController::createKey()
{
    if (!m_session)
        return;
    ProjectSession *session = m_session;
    auto *dialog = KeyEditorDialog::createKey(session->client(), m_window);
    track(dialog);
    connect(dialog, &KeyEditorDialog::keyCreated, session,
            [this, session](const CreatedKey &created) {
                session->keys()->updateKeys({created.key});
                m_table->selectKeys({created.key.id});
                showCleartext(created, false);
                Q_EMIT finished(tr("Created “%1”").arg(created.key.name));
            });
    dialog->open();
}

void KeyActionController::editKey()
{
    const QStringList ids = m_table->selectedKeyIds();
    if (!m_session || ids.size() != 1)
        return;
    const int row = m_session->keys()->rowOfKey(ids.first());
    if (row < 0)
        return;
    ProjectSession *session = m_session;
    auto *dialog = KeyEditorDialog::editKey(session->client(), session->keys()->key(row), m_window);
    track(dialog);
    connect(dialog, &KeyEditorDialog::keyUpdated, session, [this, session](const AccessKey &key) {
        session->keys()->updateKeys({key});
        Q_EMIT finished(tr("Saved “%1”").arg(key.name));
    });
    dialog->open();
}

void KeyActionController::setActive(bool active)
{
    if (!m_session || m_batch)
        return;
    // Only the keys the change applies to: activating an active key would be a no-op call.
    QStringList ids;
    for (const QString &id : m_table->selectedKeyIds()) {
        const int row = m_session->keys()->rowOfKey(id);
        if (row >= 0 && m_session->keys()->key(row).active != active)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    const auto action =
        active ? BatchOperation::Action::Activate : BatchOperation::Action::Deactivate;
    if (ids.size() > 1) {
        runBatch(action, ids);
        return;
    }
    const QString id = ids.first();
    // Answers are tied to the session: one that arrives after a switch of project is dropped.
    ProjectSession *session = m_session;
    const auto answered = [this, id, action](const Result<Done> &result) {
        if (!result.ok()) {
            UserPrompts::tell(m_window,
                              {QMessageBox::Warning,
                               action == BatchOperation::Action::Activate ? tr("Activate Key")
                                                                          : tr("Deactivate Key"),
                               tr("“%1” was not changed.").arg(keyName(id)),
                               result.error().userMessage(),
                               {},
                               {}});
            refreshKeys({id});
            return;
        }
        applySucceeded(action, {id});
    };
    if (active)
        session->client()->activateKey(id, session, answered);
    else
        session->client()->deactivateKey(id, session, answered);
}

void KeyActionController::rotateKey()
{
    const QStringList ids = m_table->selectedKeyIds();
    if (!m_session || ids.size() != 1)
        return;
    const QString id = ids.first();
    UserPrompts::Prompt question{
        QMessageBox::Warning,
        tr("Rotate Secret"),
        tr("Replace the secret of “%1”?").arg(keyName(id)),
        tr("The current secret stops working at once: every machine that uses it fails until "
           "it is given the new one, which is shown once."),
        {},
        {{QMessageBox::Yes, tr("&Rotate")}}};
    if (UserPrompts::ask(m_window, question, QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    ProjectSession *session = m_session;
    session->client()->rotateKey(
        id, session, [this, session, id](const Result<CreatedKey> &result) {
            if (!result.ok()) {
                UserPrompts::tell(m_window,
                                  {QMessageBox::Warning,
                                   tr("Rotate Secret"),
                                   tr("The secret of “%1” was not replaced.").arg(keyName(id)),
                                   result.error().userMessage(),
                                   {},
                                   {}});
                refreshKeys({id});
                return;
            }
            session->keys()->updateKeys({result.value().key});
            showCleartext(result.value(), true);
            Q_EMIT finished(tr("Rotated the secret of “%1”").arg(result.value().key.name));
        });
}

void KeyActionController::deleteKeys()
{
    const QStringList ids = m_table->selectedKeyIds();
    if (!m_session || ids.isEmpty() || m_batch)
        return;
    const QStringList names = namesOf(ids);
    UserPrompts::Prompt question{
        QMessageBox::Warning,
        tr("Delete Keys", nullptr, int(ids.size())),
        ids.size() == 1 ? tr("Delete “%1”?").arg(keyName(ids.first()))
                        : tr("Delete these %n keys?", nullptr, int(ids.size())),
        tr("Deleting cannot be undone. Machines that use these keys can no longer exchange "
           "them for sessions.",
           nullptr, int(ids.size())),
        listed(names),
        {{QMessageBox::Yes, tr("&Delete")}}};
    if (UserPrompts::ask(m_window, question, QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (ids.size() > 1) {
        runBatch(BatchOperation::Action::Delete, ids);
        return;
    }
    const QString id = ids.first();
    const QString name = keyName(id);
    ProjectSession *session = m_session;
    session->client()->deleteKey(id, session, [this, id, name](const Result<Done> &result) {
        if (!result.ok()) {
            UserPrompts::tell(m_window, {QMessageBox::Warning,
                                         tr("Delete Key"),
                                         tr("“%1” was not deleted.").arg(name),
                                         result.error().userMessage(),
                                         {},
                                         {}});
            refreshKeys({id});
            return;
        }
        applySucceeded(BatchOperation::Action::Delete, {id});
        Q_EMIT finished(tr("Deleted “%1”").arg(name));
    });
}

void KeyActionController::exchangeKey()
{
    if (m_session)
        openExchange({}, m_window);
}

void KeyActionController::openExchange(const QString &cleartext, QWidget *parent)
{
    auto *dialog = new ExchangeDialog(m_session->client(), m_clipboard, parent);
    track(dialog);
    dialog->setTenants(m_session->tenants());
    if (!cleartext.isEmpty())
        dialog->setAccessKey(cleartext);
    dialog->open();
}

void KeyActionController::showCleartext(const CreatedKey &created, bool rotated)
{
    auto *dialog = new CleartextDialog(created.key, created.cleartext,
                                       rotated ? CleartextDialog::Reason::Rotated
                                               : CleartextDialog::Reason::Created,
                                       m_clipboard, m_window);
    track(dialog);
    // The exchange opens above the secret, which stays until the user has copied it.
    connect(dialog, &CleartextDialog::exchangeRequested, dialog,
            [this, dialog](const QString &cleartext) { openExchange(cleartext, dialog); });
    dialog->open();
}

void KeyActionController::runBatch(BatchOperation::Action action, const QStringList &ids)
{
    // Owned by the session, so that it goes with the client it calls.
    m_batch = new BatchOperation(m_session->client(), action, ids, m_session);
    const QString label = action == BatchOperation::Action::Activate
                              ? tr("Activating %n keys…", nullptr, int(ids.size()))
                          : action == BatchOperation::Action::Deactivate
                              ? tr("Deactivating %n keys…", nullptr, int(ids.size()))
                              : tr("Deleting %n keys…", nullptr, int(ids.size()));
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, int(ids.size()), m_window);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowTitle(tr("Keys"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_batch, &BatchOperation::cancel);
    connect(m_batch, &BatchOperation::progress, m_progress,
            [progress = m_progress](int processed, int) { progress->setValue(processed); });
    BatchOperation *batch = m_batch;
    connect(batch, &BatchOperation::finished, this,
            [this, batch, action] { batchFinished(batch, action); });
    batch->start();
}

void KeyActionController::batchFinished(BatchOperation *batch, BatchOperation::Action action)
{
    const BatchOperation::Outcome outcome = batch->outcome();
    batch->deleteLater();
    m_batch = nullptr;
    if (m_progress)
        m_progress->close();
    applySucceeded(action, outcome.succeeded);
    const int done = int(outcome.succeeded.size());
    QStringList parts{
        action == BatchOperation::Action::Activate     ? tr("Activated %n keys", nullptr, done)
        : action == BatchOperation::Action::Deactivate ? tr("Deactivated %n keys", nullptr, done)
                                                       : tr("Deleted %n keys", nullptr, done)};
    if (outcome.cancelled)
        parts.append(tr("cancelled before %n others", nullptr, int(outcome.notAttempted.size())));
    if (!outcome.failed.isEmpty()) {
        parts.append(tr("%n failed", nullptr, int(outcome.failed.size())));
        reportFailures(action, outcome);
    }
    //: Joins the parts of a summary in the status bar: "Deleted 8 keys; 2 failed"
    const QString summary = parts.join(tr("; "));
    Q_EMIT finished(summary);
}

void KeyActionController::applySucceeded(BatchOperation::Action action, const QStringList &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    KeyTableModel *keys = m_session->keys();
    if (action == BatchOperation::Action::Delete) {
        keys->removeKeys(ids);
        return;
    }
    // The server confirmed the change; the rows show it without asking again.
    QList<AccessKey> changed;
    changed.reserve(ids.size());
    for (const QString &id : ids) {
        const int row = keys->rowOfKey(id);
        if (row < 0)
            continue;
        AccessKey key = keys->key(row);
        key.active = action == BatchOperation::Action::Activate;
        changed.append(std::move(key));
    }
    keys->updateKeys(changed);
}

void KeyActionController::reportFailures(BatchOperation::Action action,
                                         const BatchOperation::Outcome &outcome)
{
    QStringList lines;
    QStringList failedIds;
    for (const BatchOperation::Failure &failure : outcome.failed) {
        failedIds.append(failure.id);
        //: A key that an action failed for, and why
        lines.append(tr("%1: %2").arg(namesOf({failure.id}).first(), failure.error.userMessage()));
    }
    const int failed = int(failedIds.size());
    const QString what = action == BatchOperation::Action::Activate
                             ? tr("%n keys could not be activated.", nullptr, failed)
                         : action == BatchOperation::Action::Deactivate
                             ? tr("%n keys could not be deactivated.", nullptr, failed)
                             : tr("%n keys could not be deleted.", nullptr, failed);
    UserPrompts::tell(m_window,
                      {QMessageBox::Warning,
                       tr("Keys"),
                       what,
                       tr("%n other keys were changed. The table now shows what the server holds.",
                          nullptr, int(outcome.succeeded.size())),
                       listed(lines),
                       {}});
    refreshKeys(failedIds);
}

void KeyActionController::refreshKeys(const QStringList &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    if (ids.size() > MaxKeysReadAgain) {
        m_session->reload();
        return;
    }
    ProjectSession *session = m_session;
    for (const QString &id : ids) {
        session->client()->loadKey(id, session, [session, id](const Result<AccessKey> &result) {
            if (result.ok())
                session->keys()->updateKeys({result.value()});
            else if (result.error().isNotFound())
                session->keys()->removeKeys({id});
        });
    }
}

} // namespace descope
