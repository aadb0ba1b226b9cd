// The passkey import dialog against a real sandbox: a fixture is chosen through the prompt seam
// and previewed, Import sends exactly the previewed passkeys, and the user's passkeys listed
// afterwards (in the dialog and through the client) are what arrived. Import stays disabled
// without a login ID, for a file with problems (listed line by line, nothing sent) and for a
// file naming another user; a server refusal and a stopped sandbox are shown with every input
// kept.

#include "AwaitResult.h"
#include "ManagementClient.h"
#include "PasskeyImportDialog.h"
#include "PasskeyPreviewModel.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "SandboxServer.h"
#include "UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

using namespace descope;
using Model = PasskeyPreviewModel;

namespace {

constexpr auto ImportPath = "/v1/mgmt/user/passkeys/import";

QString fixture(const char *name)
{
    return QStringLiteral(":/passkeys/") + QLatin1String(name);
}

// The user's passkeys as the server lists them; nullopt (with a warning) when that fails.
std::optional<QList<UserPasskey>> passkeysOf(ManagementClient *client, const QString &loginId)
{
    const auto listed = await<QList<UserPasskey>>(
        [&](auto *context, auto callback) { client->userPasskeys(loginId, context, callback); });
    if (!listed || !*listed) {
        qWarning("listing the passkeys of %s failed", qPrintable(loginId));
        return std::nullopt;
    }
    return listed->value();
}

QString text(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

QStringList idsOf(const QList<UserPasskey> &passkeys)
{
    QStringList ids;
    for (const UserPasskey &passkey : passkeys)
        ids.append(passkey.id);
    return ids;
}

} // namespace

class TestPasskeyImportDialog : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    std::unique_ptr<PasskeyImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template <typename T>
    T *child(const char *objectName) const
    {
        return m_dialog->findChild<T *>(QLatin1String(objectName));
    }
    QLineEdit *loginEdit() const { return child<QLineEdit>("loginIdEdit"); }
    QPushButton *importButton() const { return child<QPushButton>("importButton"); }
    QListWidget *problemList() const { return child<QListWidget>("problemList"); }
    QTreeWidget *serverList() const { return child<QTreeWidget>("serverPasskeys"); }
    QString labelText(const char *objectName) const
    {
        const auto *label = child<QLabel>(objectName);
        return label && label->isVisible() ? label->text() : QString();
    }
    Model *model() const { return m_dialog->previewModel(); }

    void closeDialog()
    {
        m_tester.reset();
        m_dialog.reset();
    }

    bool openDialog(ManagementClient *client)
    {
        closeDialog();
        m_dialog = std::make_unique<PasskeyImportDialog>(client);
        // Alive while the dialog is: it checks every signal the preview model sends.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    // Chooses the file the way a user does: the button, then the (answered) file dialog; then
    // waits while it is read.
    bool chooseFile(const QString &path)
    {
        UserPrompts::queueFileName(path);
        QTest::mouseClick(child<QPushButton>("chooseFileButton"), Qt::LeftButton);
        return waitForLoad();
    }

    bool waitForLoad()
    {
        return QTest::qWaitFor([this] { return !m_dialog->isLoading(); }, 10000);
    }

    bool waitForImport()
    {
        return QTest::qWaitFor([this] { return !m_dialog->isImporting(); }, 15000);
    }

    QStringList problemTexts() const
    {
        QStringList texts;
        for (int i = 0; i < problemList()->count(); ++i)
            texts.append(problemList()->item(i)->text());
        return texts;
    }

    QStringList previewIds() const
    {
        QStringList ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.append(model()->index(row, Model::CredentialIdColumn).data().toString());
        return ids;
    }

    QStringList serverListIds() const
    {
        QStringList ids;
        for (int i = 0; i < serverList()->topLevelItemCount(); ++i)
            ids.append(serverList()->topLevelItem(i)->text(0));
        return ids;
    }

    // The import calls the sandbox received since the last clear.
    QList<sandbox::RecordedRequest> importRequests(const sandbox::SandboxHost &host) const
    {
        QList<sandbox::RecordedRequest> imports;
        for (const auto &request : host.server()->recordedRequests()) {
            if (request.path == QLatin1String(ImportPath))
                imports.append(request);
        }
        return imports;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_host.start({}), qPrintable(m_host.errorString()));
        m_client = std::make_unique<ManagementClient>(clientSettingsFor(m_host));
        UserPrompts::setStrict(true);
    }

    void init()
    {
        UserPrompts::reset();
        m_host.server()->clearRecordedRequests();
        QVERIFY(openDialog(m_client.get()));
    }

    void cleanup()
    {
        closeDialog();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void importWaitsForALoginIdAndAFile()
    {
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(), QStringLiteral("Enter the user's login ID."));
        QTest::keyClicks(loginEdit(), QStringLiteral("ada@example.com"));
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(), QStringLiteral("Choose a file of passkeys."));

        QVERIFY(chooseFile(fixture("descope_devices.json")));
        QCOMPARE(UserPrompts::shown().size(), 1);
        QCOMPARE(UserPrompts::shown().constFirst().title,
                 QStringLiteral("Choose Passkeys to Import"));
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(), QString());

        // Spaces alone are no login ID.
        loginEdit()->setText(QStringLiteral("   "));
        QVERIFY(!importButton()->isEnabled());
        loginEdit()->setText(QStringLiteral(" ada@example.com "));
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(m_dialog->loginId(), QStringLiteral("ada@example.com"));

        // Cancelling the file dialog keeps the file shown.
        QVERIFY(chooseFile(QString()));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(importButton()->isEnabled());
        QVERIFY(importRequests(m_host).isEmpty());
    }

    void importsWhatThePreviewShows()
    {
        const QString user = QStringLiteral("ada@example.com");
        QSignalSpy imported(m_dialog.get(), &PasskeyImportDialog::imported);
        m_dialog->setLoginId(user);
        QVERIFY(chooseFile(fixture("descope_devices.json")));

        QCOMPARE(labelText("fileSummary"),
                 QStringLiteral("3 passkey(s) in Descope's device format."));
        QVERIFY(!problemList()->isVisible());
        QCOMPARE(previewIds(), QStringList({QStringLiteral("Y3JlZGVudGlhbC1vbmU"),
                                            QStringLiteral("Y3JlZGVudGlhbC10d28"),
                                            QStringLiteral("Y3JlZGVudGlhbC10aHJlZQ")}));
        QCOMPARE(model()->index(1, Model::RelyingPartyColumn).data().toString(),
                 QStringLiteral("login.example.com"));
        QCOMPARE(model()->index(0, Model::TransportsColumn).data().toString(),
                 QStringLiteral("internal, hybrid"));
        QCOMPARE(model()->index(0, Model::BackupEligibleColumn).data().toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(model()->index(1, Model::BackedUpColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(child<QTableView>("previewTable")->model(), model());

        QTest::mouseClick(importButton(), Qt::LeftButton);
        // Progress while the call runs, with the inputs kept but locked.
        QVERIFY(m_dialog->isImporting());
        QVERIFY(child<QWidget>("importProgress")->isVisible());
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(!loginEdit()->isEnabled());
        QVERIFY(waitForImport());
        QVERIFY(!child<QWidget>("importProgress")->isVisible());

        QCOMPARE(labelText("importError"), QString());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(labelText("importResult"),
                 QStringLiteral("Imported 3 passkey(s) for ada@example.com. ada@example.com "
                                "now has 3 passkey(s):"));
        QCOMPARE(serverListIds(), previewIds());
        QCOMPARE(serverList()->topLevelItem(1)->text(1), QStringLiteral("login.example.com"));
        QCOMPARE(serverList()->topLevelItem(1)->text(2), QStringLiteral("descope"));
        QVERIFY(serverList()->topLevelItem(0)->font(0).bold());

        // What the server holds, asked separately.
        const auto stored = passkeysOf(m_client.get(), user);
        QVERIFY(stored);
        QCOMPARE(idsOf(*stored), previewIds());
        QCOMPARE((*stored)[0].rpId, QStringLiteral("example.com"));
        QCOMPARE((*stored)[1].rpId, QStringLiteral("login.example.com"));
        QCOMPARE((*stored)[2].kind, QStringLiteral("descope"));

        // What was sent, field by field: read back, it is the fixture.
        const auto requests = importRequests(m_host);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].status, 200);
        const PasskeyFile sent = PasskeyFile::parse(requests[0].body);
        QCOMPARE(sent.problems.size(), 0);
        QCOMPARE(sent.loginId, user);
        const QList<PasskeyDevice> expected =
            PasskeyFile::read(fixture("descope_devices.json")).devices();
        QCOMPARE(sent.entries.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const PasskeyDevice &device = sent.entries[i].device;
            QCOMPARE(device.credentialId, expected[i].credentialId);
            QCOMPARE(device.publicKey, expected[i].publicKey);
            QCOMPARE(device.aaguid, expected[i].aaguid);
            QCOMPARE(device.attestationType, expected[i].attestationType);
            QCOMPARE(device.transports, expected[i].transports);
            QCOMPARE(device.backupEligible, expected[i].backupEligible);
            QCOMPARE(device.backupState, expected[i].backupState);
        }

        // Done: importing the same file for the same user again would be a slip.
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(),
                 QStringLiteral("These passkeys have been imported for this user."));
        loginEdit()->setText(QStringLiteral("ada.lovelace@example.com"));
        QVERIFY(importButton()->isEnabled());
    }

    void importsAnAuth0Export()
    {
        const QString user = QStringLiteral("grace@auth.example.org");
        m_dialog->setLoginId(user);
        QVERIFY(chooseFile(fixture("auth0_export.json")));
        QCOMPARE(labelText("fileSummary"),
                 QStringLiteral("3 passkey(s) in Auth0's export format."));
        QCOMPARE(model()->index(2, Model::FormatColumn).data().toString(), QStringLiteral("Auth0"));
        QCOMPARE(model()->index(2, Model::BackupEligibleColumn).data().toString(),
                 QStringLiteral("Unknown"));

        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(waitForImport());
        QCOMPARE(labelText("importError"), QString());
        const auto stored = passkeysOf(m_client.get(), user);
        QVERIFY(stored);
        QCOMPARE(idsOf(*stored),
                 QStringList({QStringLiteral("a2V5LW9uZQ"), QStringLiteral("a2V5LXR3bw"),
                              QStringLiteral("bWZhLWtleQ")}));
        for (const UserPasskey &passkey : *stored) {
            QCOMPARE(passkey.kind, QStringLiteral("auth0"));
            QCOMPARE(passkey.rpId, QStringLiteral("auth.example.org"));
        }

        // Sent in Auth0's own fields.
        const auto requests = importRequests(m_host);
        QCOMPARE(requests.size(), 1);
        const auto body = nlohmann::json::parse(requests[0].body.toStdString());
        const auto &first = body["devices"][0]["auth0"];
        QCOMPARE(text(first["keyId"]), QStringLiteral("a2V5LW9uZQ"));
        QCOMPARE(text(first["credentialDeviceType"]), QStringLiteral("multiDevice"));
        QCOMPARE(text(first["credentialBackedUp"]), QStringLiteral("true"));
        QCOMPARE(text(first["userHandle"]), QStringLiteral("dXNlci1oYW5kbGUtMQ"));
        QVERIFY(!body["devices"][0].contains("descope"));
    }

    void aFileForAnotherUserIsPointedOut()
    {
        // An import body names its user: an empty login ID takes it.
        QVERIFY(chooseFile(fixture("import_body.json")));
        QCOMPARE(m_dialog->loginId(), QStringLiteral("grace@example.com"));
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(labelText("loginProblem"), QString());

        loginEdit()->setText(QStringLiteral("mallory@example.com"));
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(), QStringLiteral("The file is for another user."));
        QCOMPARE(labelText("loginProblem"),
                 QStringLiteral("The file is for grace@example.com, not for mallory@example.com. "
                                "Change the login ID or choose another file."));

        // Login IDs compare without regard to case.
        loginEdit()->setText(QStringLiteral("Grace@Example.com"));
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(labelText("loginProblem"), QString());

        // A typed login ID is never overwritten by the file's.
        loginEdit()->setText(QStringLiteral("mallory@example.com"));
        QVERIFY(chooseFile(fixture("import_body.json")));
        QCOMPARE(m_dialog->loginId(), QStringLiteral("mallory@example.com"));
        QVERIFY(!importButton()->isEnabled());
    }

    void aMalformedFileIsListedAndNothingIsSent()
    {
        m_dialog->setLoginId(QStringLiteral("carol@example.com"));
        QVERIFY(chooseFile(fixture("malformed.json")));
        QCOMPARE(labelText("fileSummary"),
                 QStringLiteral("No passkeys could be read from this file."));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(problemList()->isVisible());
        QCOMPARE(problemTexts(),
                 QStringList({QStringLiteral("line 4: JSON: unexpected ',' (column 27)")}));
        QCOMPARE(
            labelText("problemsTitle"),
            QStringLiteral("1 problem(s) to fix in the file before anything can be imported:"));
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(importButton()->toolTip(),
                 QStringLiteral("Fix the problems in the file, then reload it."));
        // Even asked directly, it does not send.
        m_dialog->startImport();
        QVERIFY(!m_dialog->isImporting());

        // Bad fields: the passkeys are previewed, their problems listed line by line.
        QVERIFY(chooseFile(fixture("bad_fields.json")));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(problemTexts().size(), 7);
        QCOMPARE(problemTexts().first(),
                 QStringLiteral("line 4: rpId must be a domain such as example.com, not a URL"));
        QCOMPARE(problemTexts().at(4), QStringLiteral("line 9: passkey 2 has no credentialId"));
        QCOMPARE(
            labelText("problemsTitle"),
            QStringLiteral("7 problem(s) to fix in the file before anything can be imported:"));
        QCOMPARE(model()->index(1, 0).data(Model::HasProblemsRole), QVariant(true));
        QVERIFY(!importButton()->isEnabled());

        // A problem leads to its passkey's row.
        auto *preview = child<QTableView>("previewTable");
        problemList()->setCurrentRow(4);
        QTest::keyClick(problemList(), Qt::Key_Return);
        QCOMPARE(preview->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(preview->selectionModel()->selectedRows().first().row(), 1);

        QTest::qWait(50);
        QVERIFY(importRequests(m_host).isEmpty());
        const auto stored = passkeysOf(m_client.get(), QStringLiteral("carol@example.com"));
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
    }

    // Thousands of problems need fixing at their source; the first ones show what is wrong.
    void aLongListOfProblemsIsCut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("many.json"));
        QByteArray text = "[\n";
        for (int i = 0; i < 250; ++i)
            text += "  {\"credentialId\": \"c" + QByteArray::number(i) +
                    "\", \"rpId\": \"example.com\"}" + (i < 249 ? ",\n" : "\n");
        text += "]\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
        file.close();

        QVERIFY(chooseFile(path));
        QCOMPARE(model()->rowCount(), 250);
        QCOMPARE(labelText("problemsTitle"),
                 QStringLiteral("250 problem(s) to fix in the file before anything can be "
                                "imported:"));
        QCOMPARE(problemList()->count(), 201);
        QCOMPARE(problemList()->item(199)->text(),
                 QStringLiteral("line 201: passkey 200 has no publicKey"));
        QCOMPARE(problemList()->item(200)->text(), QStringLiteral("… and 50 more."));
    }

    void aFixedFileCanBeReloaded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("passkeys.json"));
        const auto write = [&path](const QByteArray &text) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   file.write(text) == text.size();
        };
        QVERIFY(write("[\n  {\"credentialId\": \"ZGFu\", \"rpId\": \"example.com\"}\n]\n"));
        m_dialog->setLoginId(QStringLiteral("dan@example.com"));
        QVERIFY(chooseFile(path));
        QCOMPARE(problemTexts(),
                 QStringList({QStringLiteral("line 2: passkey 1 has no publicKey")}));
        QVERIFY(!importButton()->isEnabled());

        QVERIFY(write("[\n  {\"credentialId\": \"ZGFu\", \"rpId\": \"example.com\", \"publicKey\": "
                      "\"pQECAyYg\"}\n]\n"));
        QTest::mouseClick(child<QPushButton>("reloadFileButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isLoading());
        QVERIFY(!importButton()->isEnabled());
        QVERIFY(waitForLoad());
        QVERIFY(!problemList()->isVisible());
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(previewIds(), QStringList({QStringLiteral("ZGFu")}));
    }

    // Files are read off the GUI thread; a read overtaken by a later choice is dropped.
    void theLastChosenFileWins()
    {
        m_dialog->setLoginId(QStringLiteral("ivy@example.com"));
        m_dialog->loadFile(fixture("descope_devices.json"));
        m_dialog->loadFile(fixture("auth0_export.json"));
        QVERIFY(m_dialog->isLoading());
        QCOMPARE(importButton()->toolTip(), QStringLiteral("The file is being read."));
        QVERIFY(waitForLoad());
        QTest::qWait(50);
        QCOMPARE(m_dialog->file().format, PasskeyDevice::Format::Auth0);
        QCOMPARE(model()->index(0, Model::FormatColumn).data().toString(), QStringLiteral("Auth0"));
        QCOMPARE(child<QLineEdit>("fileEdit")->text(), fixture("auth0_export.json"));
        QVERIFY(importButton()->isEnabled());
    }

    void aTooLargeFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PasskeyFile::MaxBytes + 1));
        file.close();
        m_dialog->setLoginId(QStringLiteral("erin@example.com"));
        QVERIFY(chooseFile(path));
        QCOMPARE(problemTexts().size(), 1);
        QVERIFY2(problemTexts().first().contains(QStringLiteral("are refused")),
                 qPrintable(problemTexts().first()));
        QVERIFY(!importButton()->isEnabled());
    }

    // The server refuses the management key: its message is shown, nothing is lost.
    void aServerErrorIsShownAndNothingIsLost()
    {
        ClientSettings settings = clientSettingsFor(m_host);
        settings.managementKey = QStringLiteral("K2NotTheManagementKey");
        ManagementClient refused(settings);
        QVERIFY(openDialog(&refused));
        QSignalSpy imported(m_dialog.get(), &PasskeyImportDialog::imported);
        const QString user = QStringLiteral("frank@example.com");
        m_dialog->setLoginId(user);
        QVERIFY(chooseFile(fixture("descope_devices.json")));

        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(waitForImport());
        const QString error = labelText("importError");
        QVERIFY2(error.startsWith(QStringLiteral("The passkeys were not imported. ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("management key")), qPrintable(error));
        QCOMPARE(imported.size(), 0);
        QCOMPARE(labelText("importResult"), QString());

        // Everything is as it was, ready to try again.
        QCOMPARE(m_dialog->loginId(), user);
        QCOMPARE(child<QLineEdit>("fileEdit")->text(), fixture("descope_devices.json"));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(loginEdit()->isEnabled());
        QVERIFY(importButton()->isEnabled());
        QCOMPARE(importRequests(m_host).size(), 1);
        QCOMPARE(importRequests(m_host).first().status, 401);
        const auto stored = passkeysOf(m_client.get(), user);
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
        closeDialog(); // before `refused` goes
    }

    void aStoppedSandboxIsShownAndNothingIsLost()
    {
        sandbox::SandboxHost stopped;
        QVERIFY2(stopped.start({}), qPrintable(stopped.errorString()));
        ManagementClient client(clientSettingsFor(stopped));
        stopped.stop();
        QVERIFY(openDialog(&client));
        m_dialog->setLoginId(QStringLiteral("gina@example.com"));
        QVERIFY(chooseFile(fixture("auth0_export.json")));

        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(waitForImport());
        const QString error = labelText("importError");
        QVERIFY2(error.startsWith(QStringLiteral("The passkeys were not imported. ")),
                 qPrintable(error));
        QCOMPARE(labelText("importResult"), QString());
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(m_dialog->loginId(), QStringLiteral("gina@example.com"));
        QVERIFY(importButton()->isEnabled());

        // A new file clears the old error.
        QVERIFY(chooseFile(fixture("descope_devices.json")));
        QCOMPARE(labelText("importError"), QString());
        closeDialog(); // before `client` goes
    }

    void closingStopsWaiting()
    {
        QSignalSpy imported(m_dialog.get(), &PasskeyImportDialog::imported);
        m_dialog->setLoginId(QStringLiteral("hal@example.com"));
        QVERIFY(chooseFile(fixture("descope_devices.json")));
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(m_dialog->isImporting());
        m_dialog->reject();
        QVERIFY(!m_dialog->isImporting());
        QTest::qWait(200);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(labelText("importResult"), QString());
    }
};

QTEST_MAIN(TestPasskeyImportDialog)
#include "tst_passkey_import_dialog.moc"
