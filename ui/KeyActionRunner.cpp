#include "KeyActionRunner.h"

#include "ActivityLabel.h"
#include "KeyTableModel.h"
#include "ManagementClient.h"
#include "ProjectSession.h"

namespace descope {

namespace {

// Beyond this many keys, reading each again costs more than one reload.
constexpr int MaxKeysReadAgain = 50;

} // namespace

KeyActionRunner::KeyActionRunner(ActivityLabel *activity, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_activity(activity)
    , m_window(window)
{}

bool KeyActionRunner::isBusy(const QString &id) const
{
    return m_session && m_session->keys()->activityOfKey(id) != KeyActivity::None;
}

KeyActionRunner::BusyMark KeyActionRunner::markBusy(const QStringList &ids, KeyActivity activity,
                                                    const QString &statusText)
{
    BusyMark mark{m_session, ids, m_activity->start(statusText)};
    if (m_session)
        m_session->keys()->setActivity(ids, activity);
    return mark;
}

void KeyActionRunner::endBusy(const BusyMark &mark)
{
    // The marks go with the project's model; a project that is gone took them along.
    // One read of the guarded pointer, so that the check and the use see the same session.
    if (ProjectSession *session = mark.session.data())
        session->keys()->setActivity(mark.ids, KeyActivity::None);
    m_activity->finish(mark.ticket);
}

QString KeyActionRunner::keyName(const ProjectSession *session, const QString &id)
{
    const int row = session ? session->keys()->rowOfKey(id) : -1;
    return row < 0 ? id : session->keys()->key(row).name;
}

QStringList KeyActionRunner::namesOf(const ProjectSession *session, const QStringList &ids)
{
    QStringList names;
    names.reserve(ids.size());
    for (const QString &id : ids) {
        const QString name = keyName(session, id);
        //: A key in a list: its name, then its ID
        names.append(name == id ? id : tr("%1 (%2)").arg(name, id));
    }
    return names;
}

void KeyActionRunner::applySucceeded(BatchOperation::Action action, const QStringList &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    KeyTableModel *keys = m_session->keys();
    if (action == BatchOperation::Action::Delete) {
        keys->removeKeys(ids);
        return;
    }
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

void KeyActionRunner::refreshKeys(const QStringList &ids)
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
