#include "ProfileSwitcher.h"

#include "ConnectDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "SandboxLauncher.h"
#include "SecretStore.h"
#include "SessionSource.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

namespace descope {

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, SecretStore *secrets,
                                 SandboxLauncher *sandbox, QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
    , m_window(window)
{
    connect(m_profiles, &ProfileStore::changed, this, &ProfileSwitcher::rebuildMenu);
    connect(m_secrets, &SecretStore::persistenceChanged, this, [this](bool persistent) {
        if (!persistent)
            Q_EMIT notice(m_secrets->errorString());
    });
}

ProfileSwitcher::~ProfileSwitcher() = default;

ConnectDialog *ProfileSwitcher::connectDialog() const
{
    return m_connectDialog;
}

ProfileManagerDialog *ProfileSwitcher::managerDialog() const
{
    return m_manager;
}

QMenu *ProfileSwitcher::menu()
{
    if (QMenu *existing = m_menu.data())
        return existing;
    auto *menu = new QMenu(tr("&Profiles"), m_window);
    menu->setObjectName(QStringLiteral("profilesMenu"));
    m_menu = menu;
    rebuildMenu();
    return menu;
}

void ProfileSwitcher::rebuildMenu()
{
    QMenu *menu = m_menu.data();
    if (!menu)
        return;
    menu->clear();
    delete m_group;
    m_group = new QActionGroup(menu);
    m_group->setExclusive(true);
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        // Names are user text: '&' would turn into a mnemonic.
        QString text = profile.name;
        text.replace(u'&', QStringLiteral("&&"));
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("profileAction_") + profile.id);
        action->setData(profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == m_activeId);
        action->setStatusTip(profile.isSandbox
                                 ? tr("Connect to a local sandbox")
                                 : tr("Connect to project %1").arg(profile.projectId));
        m_group->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (const auto chosen = m_profiles->findById(id))
                connectTo(*chosen);
        });
    }
    QAction *environment = menu->addAction(tr("Environment (this session only)"));
    environment->setObjectName(QStringLiteral("profileAction_environment"));
    environment->setCheckable(true);
    environment->setEnabled(false);
    environment->setStatusTip(tr("Connected with DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY"));
    m_group->addAction(environment);
    menu->addSeparator();
    QAction *add = menu->addAction(tr("&New Profile…"));
    add->setObjectName(QStringLiteral("actionNewProfile"));
    connect(add, &QAction::triggered, this, &ProfileSwitcher::newProfile);
    QAction *manage = menu->addAction(tr("&Manage Profiles…"));
    manage->setObjectName(QStringLiteral("actionManageProfiles"));
    connect(manage, &QAction::triggered, this, &ProfileSwitcher::manageProfiles);
    updateChecks();
}

void ProfileSwitcher::updateChecks()
{
    // Only states change here: an entry may be the very action whose trigger got us here.
    if (!m_group)
        return;
    for (QAction *action : m_group->actions()) {
        if (action->objectName() == u"profileAction_environment") {
            action->setVisible(m_environmentSession);
            action->setChecked(m_environmentSession);
        } else {
            action->setChecked(!m_environmentSession && action->data().toString() == m_activeId);
        }
    }
}

void ProfileSwitcher::start(const StartupPlan &plan)
{
    if (!plan.message.isEmpty())
        Q_EMIT notice(plan.message);
    switch (plan.kind) {
    case StartupPlan::Kind::FirstRun:
        openConnectDialog(
            new ConnectDialog(ConnectDialog::Mode::FirstRun, m_profiles, m_secrets, m_window));
        break;
    case StartupPlan::Kind::Profile:
        connectTo(plan.profile);
        break;
    case StartupPlan::Kind::Environment:
        m_activeId.clear();
        m_environmentSession = true;
        updateChecks();
        Q_EMIT connectionChosen(plan.connection);
        break;
    case StartupPlan::Kind::Error:
        break;
    }
}

void ProfileSwitcher::connectTo(const ConnectionProfile &profile)
{
    const quint64 request = ++m_request;
    if (profile.isSandbox) {
        if (!m_sandbox->isRunning() && !m_sandbox->start()) {
            updateChecks(); // the entry the user ticked is not live
            Q_EMIT connectionFailed(m_sandbox->errorString());
            return;
        }
        choose(profile, m_sandbox->connection());
        return;
    }
    m_secrets->read(profile.id, this, [this, request, profile](const SecretResult &result) {
        // A later choice wins over a read still under way.
        if (request != m_request)
            return;
        if (result.ok()) {
            choose(profile, profile.connection(result.secret));
            return;
        }
        askForKey(profile,
                  result.status == SecretResult::Status::Failed
                      ? tr("The keychain could not be read (%1). Enter the management key of "
                           "“%2” to connect.")
                            .arg(result.errorString, profile.name)
                      : tr("No management key is stored for “%1”. Enter it to connect.")
                            .arg(profile.name));
    });
}

void ProfileSwitcher::askForKey(const ConnectionProfile &profile, const QString &message)
{
    auto *dialog =
        new ConnectDialog(ConnectDialog::Mode::EnterKey, m_profiles, m_secrets, m_window);
    dialog->setProfile(profile);
    dialog->setMessage(message);
    openConnectDialog(dialog);
}

void ProfileSwitcher::openConnectDialog(ConnectDialog *dialog)
{
    // Through a checked local: GCC's -Wnull-dereference does not follow QPointer's check.
    if (ConnectDialog *previous = m_connectDialog.data())
        previous->reject();
    m_connectDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->sandboxChosen()) {
            connectTo(ConnectionProfile::sandbox());
            return;
        }
        if (dialog->connectRequested()) {
            ++m_request;
            choose(dialog->savedProfile(), dialog->connection());
        }
    });
    connect(dialog, &QDialog::rejected, this, &ProfileSwitcher::updateChecks);
    dialog->open();
}

void ProfileSwitcher::choose(const ConnectionProfile &profile, const Connection &connection)
{
    m_activeId = profile.id;
    m_environmentSession = false;
    m_profiles->setLastUsedId(profile.id);
    updateChecks();
    if (ProfileManagerDialog *manager = m_manager.data())
        manager->setActiveProfileId(m_activeId);
    Q_EMIT connectionChosen(connection);
    if (!m_secrets->isPersistent() && !profile.isSandbox)
        Q_EMIT notice(m_secrets->errorString());
}

void ProfileSwitcher::newProfile()
{
    openConnectDialog(
        new ConnectDialog(ConnectDialog::Mode::NewProfile, m_profiles, m_secrets, m_window));
}

void ProfileSwitcher::manageProfiles()
{
    if (ProfileManagerDialog *open = m_manager.data()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *manager = new ProfileManagerDialog(m_profiles, m_secrets, m_window);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->setActiveProfileId(m_activeId);
    connect(manager, &ProfileManagerDialog::connectRequested, this, &ProfileSwitcher::connectTo);
    connect(manager, &ProfileManagerDialog::connectionRequested, this,
            [this](const ConnectionProfile &profile, const Connection &connection) {
                ++m_request; // a keychain read still under way is superseded
                choose(profile, connection);
            });
    m_manager = manager;
    manager->open();
}

} // namespace descope
