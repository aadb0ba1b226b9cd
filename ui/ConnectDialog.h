#pragma once

#include "Connection.h"
#include "ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace descope {

struct ConnectionVerdict;
class ConnectionTester;
class ConnectionVerdictView;
class FieldProblemLabel;
class ProfileStore;
class SecretField;
class SecretStore;

// Creates or edits a connection profile: name, project ID, the management key (masked, with
// reveal), and the base URL, shown as derived from the project ID's region and overridable
// for a custom domain. "Test Connection" tries it and says plainly what is wrong. Saving
// writes the profile's metadata to the ProfileStore and the key to the SecretStore, never to
// the settings file.
//
// In FirstRun and EnterKey modes the dialog's purpose is to connect: the key is required and
// the button says Connect; connection() then holds the live connection, key included. A new
// profile saved with a key is connected to as well (the button says Save and Connect), so that
// the window shows the project just set up; saved without a key, it is only saved.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        FirstRun,    // no profile yet; also offers the sandbox
        NewProfile,  // from the profile manager
        EditProfile, // from the profile manager
        EnterKey,    // a saved profile has no key stored; ask for it to connect
    };

    ConnectDialog(Mode mode, ProfileStore *profiles, SecretStore *secrets,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    Mode mode() const { return m_mode; }

    // EditProfile and EnterKey: the profile to show. Its stored key is read from the
    // SecretStore, and shown masked once it arrives.
    void setProfile(const ConnectionProfile &profile);
    // A sentence above the form, e.g. why the key is asked for.
    void setMessage(const QString &message);

    // The profile as the form shows it (with the id of the profile being edited).
    ConnectionProfile formProfile() const;
    // Once accepted: the profile as saved, and the live connection with the key in memory.
    ConnectionProfile savedProfile() const { return m_saved; }
    Connection connection() const;
    // Once accepted: whether the profile was saved to be connected to (FirstRun, EnterKey, or
    // a new profile saved with its key); connection() then holds the key.
    bool connectRequested() const { return m_connectRequested; }
    // FirstRun: the user chose to try the sandbox instead (the dialog was accepted).
    bool sandboxChosen() const { return m_sandboxChosen; }

    ConnectionTester *tester() const { return m_tester; }
    // Whether a test or a save is under way.
    bool isBusy() const;

    // Every way of closing ends here; it wipes the key from the form.
    void done(int result) override;

Q_SIGNALS:
    // A profile was saved (before the dialog closes).
    void profileSaved(const descope::ConnectionProfile &profile);

private:
    void testConnection();
    void showVerdict(const ConnectionVerdict &verdict);
    void clearVerdict();
    void save();
    void finishSave(const ConnectionProfile &profile, const QString &storeError);
    void updateBaseUrl();
    void updateProblems();
    void updateKeychainNote();
    void updateButtons();
    bool keyRequired() const;
    bool connectsOnSave() const;

    Mode m_mode;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionTester *m_tester;
    QString m_profileId;
    ConnectionProfile m_saved;
    QString m_connectionKey; // a private copy of the saved key, wiped with the dialog
    bool m_keyEdited = false;
    bool m_hadStoredKey = false;
    bool m_readingKey = false;
    bool m_saving = false;
    bool m_sandboxChosen = false;
    bool m_connectRequested = false;

    QLabel *m_message;
    QLineEdit *m_nameEdit;
    FieldProblemLabel *m_nameProblem;
    QLineEdit *m_projectIdEdit;
    FieldProblemLabel *m_projectIdProblem;
    SecretField *m_keyField;
    QLabel *m_keychainNote;
    QCheckBox *m_customUrlCheck;
    QLineEdit *m_baseUrlEdit;
    FieldProblemLabel *m_baseUrlProblem;
    QPushButton *m_testButton;
    QProgressBar *m_progress;
    ConnectionVerdictView *m_verdict;
    QPushButton *m_sandboxButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
};

} // namespace descope
