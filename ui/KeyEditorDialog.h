#pragma once

#include "AccessKey.h"
#include "KeyForm.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace descope {

struct ApiError;
class ClaimsEditor;
class ExpirationPicker;
class FieldProblemLabel;
class KeyRolesSection;
class ManagementClient;
class PermittedIpsEditor;

// Creates an access key, or edits one. Every field is checked as it is typed, each problem is
// shown at its field, and Create/Save stays disabled until the form is valid. Saving calls the
// server from the dialog; on success it emits keyCreated or keyUpdated and closes, on failure it
// shows the server's error and stays open with everything typed intact. It loads the project's
// tenants and roles for its pickers itself, with a way to retry.
//
// The edit mode saves the complete state it shows (UpdateKeyRequest is always sent in full),
// carrying over what it does not edit; expiry and bound user are shown read-only, because
// Descope cannot change them after creation.
class KeyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit,
    };

    // Both delete themselves when closed (WA_DeleteOnClose); show them with open().
    static KeyEditorDialog *createKey(ManagementClient *client, QWidget *parent);
    static KeyEditorDialog *editKey(ManagementClient *client, const AccessKey &key,
                                    QWidget *parent);

    Mode mode() const { return m_mode; }
    // The key being edited, as it was when the dialog opened; empty when creating.
    const AccessKey &originalKey() const { return m_original; }

    // The form as the widgets show it, and what stops it from being saved now.
    KeyForm form() const;
    QList<FieldProblem> problems() const { return m_problems; }
    bool hasUnsavedChanges() const;
    bool isSaving() const { return m_saving; }
    bool isLoadingCatalog() const;

public Q_SLOTS:
    // Saves when the form is valid; closes only once the server has accepted it.
    void accept() override;
    // Asks before discarding changes; does nothing while a save is in flight, because its
    // outcome must be seen.
    void reject() override;
    // Asks the server for the tenants and roles again.
    void reloadCatalog();

Q_SIGNALS:
    // The one-time cleartext travels in `created`; the dialog keeps no copy of it.
    void keyCreated(const descope::CreatedKey &created);
    void keyUpdated(const descope::AccessKey &key);
    // A save was sent (true) or answered (false).
    void savingChanged(bool saving);

private:
    KeyEditorDialog(Mode mode, ManagementClient *client, const AccessKey &key, QWidget *parent);

    QWidget *buildForm();
    void connectEditors();
    void load(const KeyForm &form);
    void touch(KeyField field);
    void validate();
    void save();
    void setSaving(bool saving);
    void showServerError(const ApiError &error);
    void updateTabOrder();
    QWidget *widgetFor(KeyField field) const;
    QString placeOf(const FieldProblem &problem) const;

    const Mode m_mode;
    QPointer<ManagementClient> m_client;
    const AccessKey m_original;
    KeyForm m_opened;
    QSet<KeyField> m_touched; // problems show at a field once it has been edited
    QList<FieldProblem> m_problems;
    bool m_saving = false;

    QWidget *m_content = nullptr;
    QLineEdit *m_name = nullptr;
    FieldProblemLabel *m_nameProblem = nullptr;
    QPlainTextEdit *m_description = nullptr;
    ExpirationPicker *m_expiry = nullptr;
    FieldProblemLabel *m_expiryProblem = nullptr;
    QLineEdit *m_boundUser = nullptr;
    FieldProblemLabel *m_boundUserProblem = nullptr;
    QLabel *m_boundUserHint = nullptr;
    KeyRolesSection *m_roles = nullptr;
    PermittedIpsEditor *m_permittedIps = nullptr;
    ClaimsEditor *m_claims = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_serverError = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace descope
