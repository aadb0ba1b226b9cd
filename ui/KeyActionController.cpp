#include "KeyActionController.h"

#include "ActivityLabel.h"
#include "BatchRunner.h"
#include "CleartextDialog.h"
#include "ExchangeDialog.h"
#include "KeyActionConfirmation.h"
#include "KeyActions.h"
#include "KeyEditorDialog.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "ProjectSession.h"
#include "SingleKeyRunner.h"

#include <QAction>
#include <QDialog>

namespace descope {

KeyActionController::KeyActionController(KeyActions *actions, KeyTableView *table,
                                         SecretClipboard *clipboard, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_table(table)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_activity(new ActivityLabel(window))
    , m_single(new SingleKeyRunner(m_activity, window, this))
    , m_batches(new BatchRunner(m_activity, window, this))
{
    m_actions->setHandler(m_actions->newKey, [this] { createKey(); });
    m_actions->setHandler(m_actions->editKey, [this] { editKey(); });
    m_actions->setHandler(m_actions->activateKeys, [this] { setActive(true); });
    m_actions->setHandler(m_actions->deactivateKeys, [this] { setActive(false); });
    m_actions->setHandler(m_actions->rotateKey, [this] { rotateKey(); });
    m_actions->setHandler(m_actions->deleteKeys, [this] { deleteKeys(); });
    m_actions->setHandler(m_actions->exchangeKey, [this] { exchangeKey(); });
    connect(m_single, &KeyActionRunner::finished, this, &KeyActionController::finished);
    connect(m_batches, &KeyActionRunner::finished, this, &KeyActionController::finished);
    connect(m_single, &SingleKeyRunner::rotated, this,
            [this](const CreatedKey &created) { showCleartext(created, true); });
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
    m_batches->setSession(session);
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs)) {
        if (dialog)
            delete dialog.data();
    }
    m_dialogs.clear();
    m_single->setSession(session);
    // Answers to the old project's calls are dropped with it; nothing of it is running now.
    m_activity->clear();
    m_session = session;
}

BatchOperation *KeyActionController::runningBatch() const
{
    return m_batches->running();
}

void KeyActionController::track(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
}

QStringList KeyActionController::selectedIdleKeys() const
{
    if (!m_session)
        return {};
    QStringList ids = m_table->selectedKeyIds();
    // The actions wait while a selected key is busy; a shortcut pressed meanwhile does too.
    for (const QString &id : std::as_const(ids)) {
        if (m_session->keys()->activityOfKey(id) != KeyActivity::None)
            return {};
    }
    return ids;
}

bool KeyActionController::refuseSecondBatch()
{
    if (!runningBatch())
        return false;
    // Said before any question: the answer could not be acted on.
    Q_EMIT finished(tr("A batch is still running; wait for it to finish."));
    return true;
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
    const QStringList ids = selectedIdleKeys();
    if (ids.size() != 1)
        return;
    const int row = m_session->keys()->rowOfKey(ids.first());
    if (row < 0)
        return;
    ProjectSession *session = m_session;
    auto *dialog = KeyEditorDialog::editKey(session->client(), session->keys()->key(row), m_window);
    track(dialog);
    m_single->watchSaving(dialog);
    connect(dialog, &KeyEditorDialog::keyUpdated, session, [this, session](const AccessKey &key) {
        session->keys()->updateKeys({key});
        Q_EMIT finished(tr("Saved “%1”").arg(key.name));
    });
    dialog->open();
}

void KeyActionController::setActive(bool active)
{
    // Only the keys the change applies to: activating an active key would be a no-op call.
    QStringList ids;
    for (const QString &id : selectedIdleKeys()) {
        const int row = m_session->keys()->rowOfKey(id);
        if (row >= 0 && m_session->keys()->key(row).active != active)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    if (ids.size() > 1 && refuseSecondBatch())
        return;
    const auto action =
        active ? BatchOperation::Action::Activate : BatchOperation::Action::Deactivate;
    if (!KeyActionConfirmation::confirm(m_window, action, KeyActionRunner::namesOf(m_session, ids),
                                        KeyActionRunner::keyName(m_session, ids.first())))
        return;
    if (ids.size() > 1)
        m_batches->run(action, ids);
    else
        m_single->setActive(ids.first(), active);
}

void KeyActionController::rotateKey()
{
    const QStringList ids = selectedIdleKeys();
    if (ids.size() != 1 || !KeyActionConfirmation::confirmRotation(
                               m_window, KeyActionRunner::keyName(m_session, ids.first())))
        return;
    m_single->rotate(ids.first());
}

void KeyActionController::deleteKeys()
{
    const QStringList ids = selectedIdleKeys();
    if (ids.isEmpty() || (ids.size() > 1 && refuseSecondBatch()))
        return;
    if (!KeyActionConfirmation::confirm(m_window, BatchOperation::Action::Delete,
                                        KeyActionRunner::namesOf(m_session, ids),
                                        KeyActionRunner::keyName(m_session, ids.first())))
        return;
    if (ids.size() > 1)
        m_batches->run(BatchOperation::Action::Delete, ids);
    else
        m_single->remove(ids.first());
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

} // namespace descope
