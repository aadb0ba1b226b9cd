#pragma once

#include "PasskeyFile.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace descope {

class ApiJob;
class ManagementClient;
class PasskeyPreviewModel;
struct UserPasskey;

// Imports a user's passkeys from a JSON file (Descope's device format or an Auth0 export), for
// administrators moving users from another identity provider. The file is read and previewed,
// with its problems line by line, before anything is sent; Import waits for a login ID and a
// file without problems. A server error is shown in place with every input kept; on success
// the dialog says how many passkeys went in and lists what the server now holds for the user.
class PasskeyImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasskeyImportDialog(ManagementClient *client, QWidget *parent = nullptr);
    ~PasskeyImportDialog() override;

    // Prefills the login ID, e.g. with the user an administrator is looking at.
    void setLoginId(const QString &loginId);
    QString loginId() const; // as it will be sent: trimmed

    // Reads, checks and previews a file instead of the previous one, off the GUI thread (a
    // file may be 5 MB). Ignored while importing.
    void loadFile(const QString &path);
    bool isLoading() const { return m_loading; }
    const PasskeyFile &file() const { return m_file; }
    PasskeyPreviewModel *previewModel() const { return m_model; }

    bool canImport() const { return importBlocker().isEmpty(); }
    // Why Import is disabled, in a sentence; empty when it is enabled.
    QString importBlocker() const;
    bool isImporting() const { return m_importing; }

    // Closing stops waiting for an answer (an import already sent may still take effect).
    void done(int result) override;

public Q_SLOTS:
    void chooseFile();
    void reloadFile();
    void startImport();

Q_SIGNALS:
    // The server accepted `count` passkeys for the login ID.
    void imported(int count);

private:
    void updateState();
    void fileRead(const QString &path, const PasskeyFile &file);
    void showFile();
    void showProblems();
    void showProblemRow(QListWidgetItem *item);
    void setImporting(bool importing, const QString &progress = {});
    void showError(const QString &text);
    void listServerPasskeys(const QString &loginId, const QStringList &importedIds, int count,
                            quint64 generation);
    void showServerPasskeys(const QList<UserPasskey> &passkeys, const QStringList &importedIds);
    void clearOutcome();

    QPointer<ManagementClient> m_client;
    PasskeyPreviewModel *m_model;
    QWidget *m_inputs;
    QLineEdit *m_loginEdit;
    QLabel *m_loginProblem;
    QLineEdit *m_fileEdit;
    QPushButton *m_chooseButton;
    QPushButton *m_reloadButton;
    QLabel *m_summary;
    QTableView *m_preview;
    QLabel *m_problemsTitle;
    QListWidget *m_problemList;
    QWidget *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_error;
    QLabel *m_result;
    QTreeWidget *m_serverList;
    QPushButton *m_importButton;

    PasskeyFile m_file;
    QString m_path;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0;     // answers to an earlier import are dropped
    quint64 m_loadGeneration = 0; // and files read before the latest choice
    bool m_importing = false;
    bool m_loading = false;
    // The file shown was imported for the login ID shown; importing it again would be a slip.
    bool m_alreadyImported = false;
};

} // namespace descope
