#pragma once

#include "Connection.h"
#include "ConnectionProfile.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace descope {

struct StartupPlan;
class ConnectDialog;
class ProfileManagerDialog;
class ProfileStore;
class SandboxLauncher;
class SecretStore;

// Turns profiles into live connections for the main window: the startup plan (first-run
// dialog, last profile, environment), the Profiles menu, the profile manager, and asking for
// a key that is not stored. It decides nothing about the window; it emits connectionChosen()
// with a complete Connection (the key in memory only) and the window connects to it.
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs and the menu. None of the pointers is owned.
    ProfileSwitcher(ProfileStore *profiles, SecretStore *secrets, SandboxLauncher *sandbox,
                    QWidget *window);
    ~ProfileSwitcher() override;

    // The "&Profiles" menu: one checkable entry per profile, New Profile…, Manage Profiles….
    // Made once, parented to the window; add it to the menu bar.
    QMenu *menu();

    // Acts on what SessionSource decided. Error plans are the caller's to report.
    void start(const StartupPlan &plan);

    // Connects to a profile: the sandbox is started if needed; a saved profile's key is read
    // from the SecretStore, or asked for when none is stored.
    void connectTo(const ConnectionProfile &profile);
    void newProfile();
    void manageProfiles();

    // The profile of the live connection; empty for none or for an environment session.
    QString activeProfileId() const { return m_activeId; }
    bool isEnvironmentSession() const { return m_environmentSession; }

    // The dialog open now, if any (tests drive them).
    ConnectDialog *connectDialog() const;
    ProfileManagerDialog *managerDialog() const;

Q_SIGNALS:
    void connectionChosen(const descope::Connection &connection);
    // The chosen profile could not be connected (the sandbox did not start).
    void connectionFailed(const QString &reason);
    // Something worth a line in the status bar, e.g. that keys are kept for this session only.
    void notice(const QString &message);

private:
    void openConnectDialog(ConnectDialog *dialog);
    void askForKey(const ConnectionProfile &profile, const QString &message);
    void choose(const ConnectionProfile &profile, const Connection &connection);
    void rebuildMenu();
    void updateChecks();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxLauncher *m_sandbox;
    QPointer<QWidget> m_window;
    QPointer<QMenu> m_menu;
    QActionGroup *m_group = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ProfileManagerDialog> m_manager;
    QString m_activeId;
    bool m_environmentSession = false;
    quint64 m_request = 0;
};

} // namespace descope
