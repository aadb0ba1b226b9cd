#include "PasskeyImportDialog.h"

#include "CloseButtonBox.h"
#include "KeyTimeFormat.h"
#include "ManagementClient.h"
#include "PasskeyPreviewModel.h"
#include "StandardLabels.h"
#include "UserPrompts.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace descope {

namespace {

// A file with thousands of problems needs fixing at its source; the first ones show how.
constexpr int MaxListedProblems = 200;

enum ServerColumn
{
    ServerIdColumn,
    ServerRelyingPartyColumn,
    ServerKindColumn,
    ServerCreatedColumn,
};

void setErrorColour(QWidget *widget)
{
    widget->setStyleSheet(QStringLiteral("color: #b91c1c;"));
}

} // namespace

PasskeyImportDialog::PasskeyImportDialog(ManagementClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new PasskeyPreviewModel(this))
    , m_inputs(new QWidget(this))
    , m_loginEdit(new QLineEdit(m_inputs))
    , m_loginProblem(messageLabel(QStringLiteral("loginProblem"), m_inputs))
    , m_fileEdit(new QLineEdit(m_inputs))
    , m_chooseButton(new QPushButton(tr("Choose &File…"), m_inputs))
    , m_reloadButton(new QPushButton(tr("&Reload"), m_inputs))
    , m_summary(messageLabel(QStringLiteral("fileSummary"), this))
    , m_preview(new QTableView(this))
    , m_problemsTitle(messageLabel(QStringLiteral("problemsTitle"), this))
    , m_problemList(new QListWidget(this))
    , m_progress(new QWidget(this))
    , m_progressLabel(new QLabel(m_progress))
    , m_error(messageLabel(QStringLiteral("importError"), this))
    , m_result(messageLabel(QStringLiteral("importResult"), this))
    , m_serverList(new QTreeWidget(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("passkeyImportDialog"));
    setWindowTitle(tr("Import Passkeys"));

    // Whose passkeys, and from which file.
    m_loginEdit->setObjectName(QStringLiteral("loginIdEdit"));
    m_loginEdit->setPlaceholderText(tr("Required: the user's login ID, e.g. ada@example.com"));
    m_loginEdit->setClearButtonEnabled(true);
    connect(m_loginEdit, &QLineEdit::textChanged, this, [this] {
        m_alreadyImported = false;
        updateState();
    });
    setErrorColour(m_loginProblem);

    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("A JSON file in Descope's device format or an Auth0 export"));
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_chooseButton->setAutoDefault(false);
    connect(m_chooseButton, &QPushButton::clicked, this, &PasskeyImportDialog::chooseFile);
    m_reloadButton->setObjectName(QStringLiteral("reloadFileButton"));
    m_reloadButton->setAutoDefault(false);
    m_reloadButton->setToolTip(tr("Read the file again, after fixing it"));
    connect(m_reloadButton, &QPushButton::clicked, this, &PasskeyImportDialog::reloadFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    fileRow->addWidget(m_reloadButton);

    auto *form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    auto *loginCaption = new QLabel(tr("&Login ID:"), m_inputs);
    loginCaption->setBuddy(m_loginEdit);
    form->addRow(loginCaption, m_loginEdit);
    form->addRow(QString(), m_loginProblem);
    auto *fileCaption = new QLabel(tr("Passkeys:"), m_inputs);
    fileCaption->setBuddy(m_chooseButton);
    form->addRow(fileCaption, fileRow);

    // The preview: what would be sent, one passkey a row, in file order.
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTextElideMode(Qt::ElideMiddle);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(PasskeyPreviewModel::CredentialIdColumn,
                                                        QHeaderView::Stretch);

    // The problems, each with its line; activating one shows its passkey's row.
    setErrorColour(m_problemsTitle);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setVisible(false);
    m_problemList->setWordWrap(true);
    connect(m_problemList, &QListWidget::itemActivated, this, &PasskeyImportDialog::showProblemRow);
    connect(m_problemList, &QListWidget::itemClicked, this, &PasskeyImportDialog::showProblemRow);

    // Progress, then the outcome.
    m_progress->setObjectName(QStringLiteral("importProgress"));
    auto *bar = new QProgressBar(m_progress);
    bar->setRange(0, 0); // busy: the server says nothing about how far along it is
    bar->setTextVisible(false);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(bar, 1);
    m_progress->setVisible(false);
    setErrorColour(m_error);

    m_serverList->setObjectName(QStringLiteral("serverPasskeys"));
    m_serverList->setRootIsDecorated(false);
    m_serverList->setHeaderLabels(
        {tr("Credential ID"), tr("Relying Party"), tr("Kind"), tr("Created")});
    m_serverList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_serverList->header()->setSectionResizeMode(ServerIdColumn, QHeaderView::Stretch);
    m_serverList->setVisible(false);

    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &PasskeyImportDialog::startImport);
    QDialogButtonBox *buttons = closeButtonBox(m_importButton, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemList, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(m_serverList, 2);
    layout->addWidget(buttons);

    showFile();
    m_loginEdit->setFocus();
    resize(openingSize(this, QSize(760, 560)));
    growWithContents(this);
}

PasskeyImportDialog::~PasskeyImportDialog()
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
}

void PasskeyImportDialog::setLoginId(const QString &loginId)
{
    m_loginEdit->setText(loginId);
}

QString PasskeyImportDialog::loginId() const
{
    return m_loginEdit->text().trimmed();
}

void PasskeyImportDialog::chooseFile()
{
    const QString directory =
        m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = UserPrompts::openFileName(this, tr("Choose Passkeys to Import"), directory,
                                                   tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PasskeyImportDialog::reloadFile()
{
    if (!m_path.isEmpty())
        loadFile(m_path);
}

void PasskeyImportDialog::loadFile(const QString &path)
{
    if (m_importing)
        return;
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_summary->setText(tr("Reading the file…"));
    updateState();
    auto *watcher = new QFutureWatcher<PasskeyFile>(this);
    connect(watcher, &QFutureWatcher<PasskeyFile>::finished, this,
            [this, watcher, generation, path] {
                watcher->deleteLater();
                if (generation == m_loadGeneration)
                    fileRead(path, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([path] { return PasskeyFile::read(path); }));
}

void PasskeyImportDialog::fileRead(const QString &path, const PasskeyFile &file)
{
    m_loading = false;
    m_path = path;
    m_file = file;
    m_alreadyImported = false;
    // A file that names its user fills an empty login ID; a different one is pointed out.
    if (!m_file.loginId.isEmpty() && loginId().isEmpty())
        m_loginEdit->setText(m_file.loginId);
    clearOutcome();
    showFile();
}

void PasskeyImportDialog::showFile()
{
    m_fileEdit->setText(QDir::toNativeSeparators(m_path));
    m_reloadButton->setEnabled(!m_path.isEmpty());
    m_model->setFile(m_file);

    const int count = int(m_file.entries.size());
    QString summary;
    if (m_path.isEmpty())
        summary = tr("Choose a file to see its passkeys before importing them.");
    else if (count == 0)
        summary = tr("No passkeys could be read from this file.");
    else if (m_file.format == PasskeyDevice::Format::Auth0)
        summary = tr("%n passkey(s) in Auth0's export format.", nullptr, count);
    else
        summary = tr("%n passkey(s) in Descope's device format.", nullptr, count);
    m_summary->setText(summary);
    m_summary->setVisible(true);
    showProblems();
    updateState();
}

void PasskeyImportDialog::showProblems()
{
    m_problemList->clear();
    const auto &problems = m_file.problems;
    const bool any = !problems.isEmpty();
    m_problemsTitle->setVisible(any);
    m_problemList->setVisible(any);
    if (!any)
        return;
    m_problemsTitle->setText(tr("%n problem(s) to fix in the file before anything can be imported:",
                                nullptr, int(problems.size())));
    const qsizetype listed = std::min<qsizetype>(problems.size(), MaxListedProblems);
    for (qsizetype i = 0; i < listed; ++i) {
        auto *item = new QListWidgetItem(problems[i].text(), m_problemList);
        item->setData(Qt::UserRole, problems[i].passkey);
    }
    if (problems.size() > listed)
        new QListWidgetItem(tr("… and %n more.", nullptr, int(problems.size() - listed)),
                            m_problemList);
}

void PasskeyImportDialog::showProblemRow(QListWidgetItem *item)
{
    const QVariant passkey = item ? item->data(Qt::UserRole) : QVariant();
    if (!passkey.isValid() || passkey.toInt() < 0 || passkey.toInt() >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(passkey.toInt(), 0);
    m_preview->selectRow(index.row());
    m_preview->scrollTo(index);
}

QString PasskeyImportDialog::importBlocker() const
{
    if (m_importing)
        return tr("The import is under way.");
    if (m_loading)
        return tr("The file is being read.");
    if (!m_client)
        return tr("There is no connection to a project.");
    if (loginId().isEmpty())
        return tr("Enter the user's login ID.");
    if (m_path.isEmpty())
        return tr("Choose a file of passkeys.");
    if (!m_file.problems.isEmpty())
        return tr("Fix the problems in the file, then reload it.");
    if (m_file.entries.isEmpty())
        return tr("The file holds no passkeys.");
    if (!m_file.loginId.isEmpty() && m_file.loginId.compare(loginId(), Qt::CaseInsensitive) != 0)
        return tr("The file is for another user.");
    if (m_alreadyImported)
        return tr("These passkeys have been imported for this user.");
    return {};
}

void PasskeyImportDialog::updateState()
{
    const bool mismatch = !m_file.loginId.isEmpty() && !loginId().isEmpty() &&
                          m_file.loginId.compare(loginId(), Qt::CaseInsensitive) != 0;
    //: %1 is the login ID the file names, %2 the one typed in the dialog
    m_loginProblem->setText(mismatch ? tr("The file is for %1, not for %2. Change the login ID "
                                          "or choose another file.")
                                           .arg(m_file.loginId, loginId())
                                     : QString());
    m_loginProblem->setVisible(mismatch);

    const QString blocker = importBlocker();
    m_importButton->setEnabled(blocker.isEmpty());
    m_importButton->setToolTip(blocker);
}

void PasskeyImportDialog::startImport()
{
    if (!canImport())
        return;
    const QString user = loginId();
    const QList<PasskeyDevice> devices = m_file.devices();
    const int count = int(devices.size());
    QStringList ids;
    for (const PasskeyDevice &device : devices)
        ids.append(device.credentialId);

    clearOutcome();
    //: %1 is the user's login ID
    setImporting(true, tr("Importing %n passkey(s) for %1…", nullptr, count).arg(user));
    const quint64 generation = ++m_generation;
    m_job = m_client->importPasskeys(
        user, devices, this, [this, generation, user, ids, count](const Result<Done> &answer) {
            if (generation != m_generation)
                return;
            if (!answer) {
                setImporting(false);
                //: %1 says what went wrong and what to do
                showError(
                    tr("The passkeys were not imported. %1").arg(answer.error().userMessage()));
                return;
            }
            m_alreadyImported = true;
            Q_EMIT imported(count);
            listServerPasskeys(user, ids, count, generation);
        });
}

void PasskeyImportDialog::listServerPasskeys(const QString &loginId, const QStringList &importedIds,
                                             int count, quint64 generation)
{
    //: %1 is the user's login ID
    const QString done = tr("Imported %n passkey(s) for %1.", nullptr, count).arg(loginId);
    if (!m_client) {
        setImporting(false);
        m_result->setText(done);
        m_result->setVisible(true);
        return;
    }
    setImporting(true, tr("Imported. Listing the passkeys %1 now has…").arg(loginId));
    m_job = m_client->userPasskeys(
        loginId, this,
        [this, generation, done, loginId, importedIds](const Result<QList<UserPasskey>> &answer) {
            if (generation != m_generation)
                return;
            setImporting(false);
            if (!answer) {
                //: %1 says what went wrong
                m_result->setText(done + u' ' +
                                  tr("The passkeys the user now has could not be listed: %1")
                                      .arg(answer.error().userMessage()));
                m_result->setVisible(true);
                return;
            }
            const QList<UserPasskey> &passkeys = answer.value();
            //: %1 is the user's login ID
            m_result->setText(
                done + u' ' +
                tr("%1 now has %n passkey(s):", nullptr, int(passkeys.size())).arg(loginId));
            m_result->setVisible(true);
            showServerPasskeys(passkeys, importedIds);
        });
}

void PasskeyImportDialog::showServerPasskeys(const QList<UserPasskey> &passkeys,
                                             const QStringList &importedIds)
{
    m_serverList->clear();
    const QSet<QString> imported(importedIds.cbegin(), importedIds.cend());
    for (const UserPasskey &passkey : passkeys) {
        auto *item = new QTreeWidgetItem(m_serverList);
        item->setText(ServerIdColumn, passkey.id);
        item->setText(ServerRelyingPartyColumn, passkey.rpId);
        item->setText(ServerKindColumn, passkey.kind);
        item->setText(ServerCreatedColumn, passkey.createdTime > 0
                                               ? formatLocalDateTime(passkey.createdTime)
                                               : QString());
        item->setToolTip(ServerIdColumn, passkey.displayName.isEmpty()
                                             ? passkey.id
                                             : passkey.displayName + u'\n' + passkey.id);
        // What this import sent stands out from what the user had already.
        if (imported.contains(passkey.id)) {
            QFont font = item->font(ServerIdColumn);
            font.setBold(true);
            for (int column = 0; column <= ServerCreatedColumn; ++column)
                item->setFont(column, font);
        }
    }
    m_serverList->setVisible(true);
}

void PasskeyImportDialog::setImporting(bool importing, const QString &progress)
{
    m_importing = importing;
    m_progressLabel->setText(progress);
    m_progress->setVisible(importing);
    // The inputs stay as they were, but not editable while they are in use.
    m_inputs->setEnabled(!importing);
    updateState();
}

void PasskeyImportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
    m_importButton->setFocus();
}

void PasskeyImportDialog::clearOutcome()
{
    m_error->clear();
    m_error->setVisible(false);
    m_result->clear();
    m_result->setVisible(false);
    m_serverList->clear();
    m_serverList->setVisible(false);
}

void PasskeyImportDialog::done(int result)
{
    ++m_generation;
    if (m_job)
        m_job->cancel();
    setImporting(false);
    QDialog::done(result);
}

} // namespace descope
