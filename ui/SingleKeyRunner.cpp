#include "SingleKeyRunner.h"

#include "KeyEditorDialog.h"
#include "KeyTableModel.h"
#include "ManagementClient.h"
#include "ProjectSession.h"
#include "UserPrompts.h"

#include <memory>

namespace descope {

SingleKeyRunner::SingleKeyRunner(ActivityLabel *activity, QWidget *window, QObject *parent)
    : KeyActionRunner(activity, window, parent)
{}

void SingleKeyRunner::setActive(const QString &id, bool active)
{
    if (!m_session || isBusy(id))
        return;
    const QString name = keyName(id);
    const auto action =
        active ? BatchOperation::Action::Activate : BatchOperation::Action::Deactivate;
    const BusyMark mark =
        active ? markBusy({id}, KeyActivity::Activating, tr("Activating “%1”…").arg(name))
               : markBusy({id}, KeyActivity::Deactivating, tr("Deactivating “%1”…").arg(name));
    // Answers are tied to the session: one that arrives after a switch of project is dropped.
    ProjectSession *session = m_session;
    const auto answered = [this, id, name, action, active, mark](const Result<Done> &result) {
        endBusy(mark);
        if (!result.ok()) {
            UserPrompts::tell(m_window, {QMessageBox::Warning,
                                         active ? tr("Activate Key") : tr("Deactivate Key"),
                                         tr("“%1” was not changed.").arg(name),
                                         result.error().userMessage(),
                                         {},
                                         {}});
            refreshKeys({id});
            return;
        }
        applySucceeded(action, {id});
        Q_EMIT finished(active ? tr("Activated “%1”").arg(name) : tr("Deactivated “%1”").arg(name));
    };
    if (active)
        session->client()->activateKey(id, session, answered);
    else
        session->client()->deactivateKey(id, session, answered);
}

void SingleKeyRunner::rotate(const QString &id)
{
    if (!m_session || isBusy(id))
        return;
    const QString name = keyName(id);
    const BusyMark mark =
        markBusy({id}, KeyActivity::Rotating, tr("Rotating the secret of “%1”…").arg(name));
    ProjectSession *session = m_session;
    session->client()->rotateKey(
        id, session, [this, session, id, name, mark](const Result<CreatedKey> &result) {
            endBusy(mark);
            if (!result.ok()) {
                UserPrompts::tell(m_window, {QMessageBox::Warning,
                                             tr("Rotate Secret"),
                                             tr("The secret of “%1” was not replaced.").arg(name),
                                             result.error().userMessage(),
                                             {},
                                             {}});
                refreshKeys({id});
                return;
            }
            session->keys()->updateKeys({result.value().key});
            Q_EMIT rotated(result.value());
            Q_EMIT finished(tr("Rotated the secret of “%1”").arg(result.value().key.name));
        });
}

void SingleKeyRunner::remove(const QString &id)
{
    if (!m_session || isBusy(id))
        return;
    const QString name = keyName(id);
    const BusyMark mark = markBusy({id}, KeyActivity::Deleting, tr("Deleting “%1”…").arg(name));
    ProjectSession *session = m_session;
    session->client()->deleteKey(id, session, [this, id, name, mark](const Result<Done> &result) {
        endBusy(mark);
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

void SingleKeyRunner::watchSaving(KeyEditorDialog *editor)
{
    const QString id = editor->originalKey().id;
    const QString name = editor->originalKey().name;
    // The mark of the save in flight; a dialog closed meanwhile (a project switch) ends it.
    auto mark = std::make_shared<std::optional<BusyMark>>();
    connect(editor, &KeyEditorDialog::savingChanged, this, [this, id, name, mark](bool saving) {
        if (saving && !*mark)
            *mark = markBusy({id}, KeyActivity::Saving, tr("Saving “%1”…").arg(name));
        else if (!saving && *mark)
            endBusy(*std::exchange(*mark, std::nullopt));
    });
    connect(editor, &QObject::destroyed, this, [this, mark] {
        if (*mark)
            endBusy(*std::exchange(*mark, std::nullopt));
    });
}

} // namespace descope
