#pragma once

#include "Connection.h"
#include "ConnectionProfile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace descope {

class ConnectDialog;
class ProfileStore;
class SecretStore;

// Lists the connection profiles, the built-in Sandbox first, and adds, edits, removes and
// connects them, and forgets a profile's stored management key. The Sandbox can only be
// connected to. Removing a profile removes its key from the keychain too. A profile added with
// its key is connected to at once, as the add dialog's Save and Connect says.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    // The profile the window is connected to, marked in the list; empty for none.
    void setActiveProfileId(const QString &profileId);
    QString selectedProfileId() const;
    void selectProfile(const QString &profileId);

    // The add or edit dialog while one is open (tests drive it).
    ConnectDialog *profileDialog() const { return m_profileDialog; }

Q_SIGNALS:
    // Connect was chosen; the dialog closes.
    void connectRequested(const descope::ConnectionProfile &profile);
    // A new profile was saved with its management key, which is connecting to it: the live
    // connection, key included (it may not have reached the keychain); the dialog closes.
    void connectionRequested(const descope::ConnectionProfile &profile,
                             const descope::Connection &connection);

private:
    void reload();
    void updateDetails();
    void addProfile();
    void editProfile();
    void removeProfile();
    void forgetKey();
    void connectSelected();
    void openProfileDialog(ConnectDialog *dialog);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QString m_activeId;
    quint64 m_keyLookup = 0;
    ConnectDialog *m_profileDialog = nullptr;

    QListWidget *m_list;
    QLabel *m_details;
    QLabel *m_keyStatus;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_forgetKeyButton;
    QPushButton *m_connectButton;
};

} // namespace descope
