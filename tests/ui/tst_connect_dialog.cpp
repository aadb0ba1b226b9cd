// The connect dialog against a real sandbox, offscreen: filling it in, the base URL derived
// from the project ID or set for a custom domain, Test Connection with its progress and plain
// verdicts, saving the profile to the settings and the key to the SecretStore only (the
// settings file's bytes are searched for it), editing, and the session-only keychain notice.

#include "AppInfo.h"
#include "ConnectDialog.h"
#include "ConnectionTester.h"
#include "FieldProblemLabel.h"
#include "IsolatedSettings.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "SandboxHost.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "UserPrompts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace descope;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectDialog> m_dialog;

    template <typename T>
    T *child(const char *objectName) const
    {
        return m_dialog->findChild<T *>(QLatin1String(objectName));
    }
    QLineEdit *nameEdit() const { return child<QLineEdit>("profileNameEdit"); }
    QLineEdit *projectEdit() const { return child<QLineEdit>("projectIdEdit"); }
    SecretField *keyField() const { return child<SecretField>("managementKeyField"); }
    QLineEdit *keyEdit() const { return keyField()->lineEdit(); }
    QCheckBox *customCheck() const { return child<QCheckBox>("customBaseUrlCheck"); }
    QLineEdit *urlEdit() const { return child<QLineEdit>("baseUrlEdit"); }
    QPushButton *testButton() const { return child<QPushButton>("testConnectionButton"); }
    QPushButton *saveButton() const { return child<QPushButton>("saveButton"); }
    QString verdictTitle() const { return child<QLabel>("testVerdictTitle")->text(); }
    QString verdictText() const { return child<QLabel>("testVerdictText")->text(); }

    bool open(ConnectDialog::Mode mode)
    {
        m_dialog = std::make_unique<ConnectDialog>(mode, m_profiles.get(), m_secrets.get());
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    // Types as a user would, into the focused field.
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void fillInForTheSandbox(const QString &name, const QString &key)
    {
        type(nameEdit(), name);
        type(projectEdit(), m_host.projectId());
        type(keyEdit(), key);
        customCheck()->setChecked(true);
        type(urlEdit(), m_host.baseUrl().toString());
    }

    bool runTest()
    {
        QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
        if (!testButton()->isEnabled())
            return false;
        QTest::mouseClick(testButton(), Qt::LeftButton);
        // Progress shows while the test runs; the button waits for the verdict.
        if (!child<QProgressBar>("testProgress")->isVisible() || testButton()->isEnabled())
            return false;
        if (!verdictTitle().startsWith(QStringLiteral("Testing the connection")))
            return false;
        return finished.wait(10000) && !child<QProgressBar>("testProgress")->isVisible();
    }

    QByteArray settingsBytes() const
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        UserPrompts::setStrict(true);
        sandbox::SandboxOptions options;
        options.managementKey = QStringLiteral("K2DialogTestManagementKey:9f8e7d6c5b4a");
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void init()
    {
        IsolatedSettings::clear();
        UserPrompts::reset();
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets = std::make_unique<MemorySecretStore>();
        // Stands in for the keychain here; tst_keychain_secret_store tests the real one.
        m_secrets->setPersistent(true);
    }

    void cleanup()
    {
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        m_dialog.reset();
    }

    void firstRunFillTestAndSave()
    {
        QVERIFY(open(ConnectDialog::Mode::FirstRun));
        QCOMPARE(saveButton()->text(), QStringLiteral("&Connect"));
        QVERIFY(child<QPushButton>("useSandboxButton")->isVisible());
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());
        QVERIFY(keyField()->isEditable());
        QVERIFY(!keyField()->copyButton()->isVisible());

        fillInForTheSandbox(QStringLiteral("Local sandbox"), m_host.managementKey());
        QCOMPARE_SECRET(keyField()->secret(), m_host.managementKey());
        QVERIFY(runTest());
        QCOMPARE(verdictTitle(), QStringLiteral("Connected"));
        QVERIFY2(verdictText().contains(m_host.projectId()), qPrintable(verdictText()));

        QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
        QVERIFY(saveButton()->isEnabled());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_dialog->isVisible());

        // The profile's metadata went to the settings; the key to the SecretStore.
        const ConnectionProfile profile = m_dialog->savedProfile();
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(m_profiles->findById(profile.id)->name, QStringLiteral("Local sandbox"));
        QCOMPARE(profile.baseUrlOverride, m_host.baseUrl());
        QCOMPARE(m_secrets->count(), 1);
        QCOMPARE_SECRET(m_secrets->secret(profile.id), m_host.managementKey());

        const Connection connection = m_dialog->connection();
        QCOMPARE(connection.displayName, QStringLiteral("Local sandbox"));
        QCOMPARE(connection.projectId, m_host.projectId());
        QCOMPARE(connection.baseUrl, m_host.baseUrl());
        QCOMPARE_SECRET(connection.managementKey, m_host.managementKey());

        const QByteArray bytes = settingsBytes();
        QVERIFY2(bytes.contains(m_host.projectId().toUtf8()), bytes.constData());
        QVERIFY2(!bytes.contains(m_host.managementKey().toUtf8()), bytes.constData());
        QVERIFY(!bytes.contains("K2DialogTest"));
        // The form no longer holds the key; the connection keeps its own copy.
        QVERIFY(keyField()->isEmpty());
        m_dialog.reset();
        QCOMPARE_SECRET(connection.managementKey, m_host.managementKey());
    }

    void badKeyAndUnknownProjectAreToldApart()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        fillInForTheSandbox(QStringLiteral("Wrong"), QStringLiteral("K2NotTheKey"));
        QVERIFY(runTest());
        QCOMPARE(verdictTitle(), QStringLiteral("Management key refused"));
        QVERIFY2(verdictText().contains(QStringLiteral("copied completely")),
                 qPrintable(verdictText()));
        QVERIFY(!verdictText().contains(QStringLiteral("K2NotTheKey")));

        // Editing the form makes the verdict stale: it goes.
        type(keyEdit(), m_host.managementKey());
        QVERIFY(verdictTitle().isEmpty());
        type(projectEdit(), QStringLiteral("P2NoSuchProject"));
        QVERIFY(runTest());
        QCOMPARE(verdictTitle(), QStringLiteral("Unknown project"));
        QVERIFY(verdictText().contains(QStringLiteral("P2NoSuchProject")));
    }

    void unreachableServerIsSaid()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        fillInForTheSandbox(QStringLiteral("Nowhere"), m_host.managementKey());
        type(urlEdit(), QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(runTest());
        QCOMPARE(verdictTitle(), QStringLiteral("Server unreachable"));
        QVERIFY(verdictText().contains(QStringLiteral("Cannot reach 127.0.0.1:1")));
    }

    void baseUrlIsDerivedFromTheProjectIdUntilCustom()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        QVERIFY(urlEdit()->isReadOnly());
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://api.descope.com"));
        type(projectEdit(), QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z"));
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://api.use1.descope.com"));
        QVERIFY(urlEdit()->isReadOnly());

        customCheck()->setChecked(true);
        QVERIFY(!urlEdit()->isReadOnly());
        type(urlEdit(), QStringLiteral("http://auth.example.com"));
        QVERIFY2(child<FieldProblemLabel>("baseUrlProblem")
                     ->problem()
                     .contains(QStringLiteral("https://")),
                 qPrintable(child<FieldProblemLabel>("baseUrlProblem")->problem()));
        QCOMPARE(m_dialog->formProfile().baseUrlOverride,
                 QUrl(QStringLiteral("http://auth.example.com")));
        type(nameEdit(), QStringLiteral("Custom"));
        type(keyEdit(), QStringLiteral("K2Some"));
        // Plain http to a real host would put the key on the wire in the clear.
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());
        type(urlEdit(), QStringLiteral("https://auth.example.com"));
        QVERIFY(saveButton()->isEnabled());

        // Unticking goes back to the derived URL, and saves no override.
        customCheck()->setChecked(false);
        QCOMPARE(urlEdit()->text(), QStringLiteral("https://api.use1.descope.com"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->savedProfile().baseUrlOverride.isEmpty());
        QCOMPARE(m_dialog->savedProfile().baseUrl(),
                 QUrl(QStringLiteral("https://api.use1.descope.com")));
    }

    void problemsKeepSaveDisabled()
    {
        ConnectionProfile existing;
        existing.name = QStringLiteral("Production");
        existing.projectId = QStringLiteral("P2prod");
        QVERIFY(m_profiles->save(existing));

        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        type(nameEdit(), QStringLiteral("production"));
        type(projectEdit(), QStringLiteral("P2other"));
        QVERIFY(!saveButton()->isEnabled());
        QCOMPARE(child<FieldProblemLabel>("nameProblem")->problem(),
                 QStringLiteral("There is already a profile named “Production”."));
        QTest::keyClick(nameEdit(), Qt::Key_Return);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_profiles->savedProfiles().size(), 1);

        type(nameEdit(), QStringLiteral("Staging"));
        QVERIFY(child<FieldProblemLabel>("nameProblem")->problem().isEmpty());
        type(projectEdit(), QStringLiteral("P2:bad"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(child<FieldProblemLabel>("projectIdProblem")
                    ->problem()
                    .contains(QStringLiteral("cannot contain")));
        type(projectEdit(), QStringLiteral("P2staging"));
        // A new profile may be saved without a key; connecting will ask for it.
        QVERIFY(saveButton()->isEnabled());
        QTest::keyClick(nameEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_profiles->savedProfiles().size(), 2);
        QCOMPARE(m_secrets->count(), 0);
    }

    // A new profile with a key is saved to be connected to, and the button says so; without
    // a key it is only saved.
    void aNewProfileWithAKeyIsSavedToConnect()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        fillInForTheSandbox(QStringLiteral("Local"), QString());
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(saveButton()->text(), QStringLiteral("&Save"));
        type(keyEdit(), m_host.managementKey());
        QCOMPARE(saveButton()->text(), QStringLiteral("Save and &Connect"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->connectRequested());
        const Connection connection = m_dialog->connection();
        QCOMPARE(connection.projectId, m_host.projectId());
        QCOMPARE(connection.baseUrl, m_host.baseUrl());
        QCOMPARE_SECRET(connection.managementKey, m_host.managementKey());
    }

    void aNewProfileWithoutAKeyIsOnlySaved()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        fillInForTheSandbox(QStringLiteral("Local"), QString());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->connectRequested());
        QVERIFY(m_profiles->findByName(QStringLiteral("Local")));
    }

    void firstRunNeedsAKey()
    {
        QVERIFY(open(ConnectDialog::Mode::FirstRun));
        type(nameEdit(), QStringLiteral("Prod"));
        type(projectEdit(), QStringLiteral("P2prod"));
        QVERIFY(!saveButton()->isEnabled());
        type(keyEdit(), QStringLiteral("K2x"));
        QVERIFY(saveButton()->isEnabled());
    }

    void keyIsMaskedWithReveal()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        type(keyEdit(), QStringLiteral("K2SecretTyped"));
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(keyEdit()->displayText() != QStringLiteral("K2SecretTyped"));
        keyField()->revealButton()->click();
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE_SECRET(keyEdit()->displayText(), QStringLiteral("K2SecretTyped"));
    }

    void sandboxButtonChoosesTheSandbox()
    {
        QVERIFY(open(ConnectDialog::Mode::FirstRun));
        QTest::mouseClick(child<QPushButton>("useSandboxButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->sandboxChosen());
        QVERIFY(m_profiles->savedProfiles().isEmpty());
        QCOMPARE(m_secrets->count(), 0);
    }

    void editingShowsTheStoredKeyAndKeepsItUnlessChanged()
    {
        ConnectionProfile draft;
        draft.name = QStringLiteral("Staging");
        draft.projectId = m_host.projectId();
        draft.baseUrlOverride = m_host.baseUrl();
        const auto saved = m_profiles->save(draft);
        QVERIFY(saved);
        m_secrets->store(saved->id, m_host.managementKey());

        QVERIFY(open(ConnectDialog::Mode::EditProfile));
        m_dialog->setProfile(*saved);
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(nameEdit()->text(), QStringLiteral("Staging"));
        QVERIFY(customCheck()->isChecked());
        QCOMPARE(urlEdit()->text(), m_host.baseUrl().toString());
        QCOMPARE_SECRET(keyField()->secret(), m_host.managementKey());
        QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
        // The stored key tests as it is.
        QVERIFY(runTest());
        QCOMPARE(verdictTitle(), QStringLiteral("Connected"));

        type(nameEdit(), QStringLiteral("Staging EU"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        // Renamed in place: same id, same key entry.
        QCOMPARE(m_dialog->savedProfile().id, saved->id);
        QCOMPARE(m_profiles->findById(saved->id)->name, QStringLiteral("Staging EU"));
        QCOMPARE_SECRET(m_secrets->secret(saved->id), m_host.managementKey());
        QCOMPARE(m_profiles->savedProfiles().size(), 1);
    }

    void emptyingTheKeyForgetsIt()
    {
        ConnectionProfile draft;
        draft.name = QStringLiteral("Staging");
        draft.projectId = QStringLiteral("P2staging");
        const auto saved = m_profiles->save(draft);
        QVERIFY(saved);
        m_secrets->store(saved->id, QStringLiteral("K2Old"));

        QVERIFY(open(ConnectDialog::Mode::EditProfile));
        m_dialog->setProfile(*saved);
        QTRY_VERIFY(!m_dialog->isBusy());
        keyEdit()->setFocus();
        keyEdit()->selectAll();
        QTest::keyClick(keyEdit(), Qt::Key_Delete);
        QVERIFY(keyField()->isEmpty());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_secrets->contains(saved->id));
    }

    void enterKeyModeAsksForTheMissingKey()
    {
        ConnectionProfile draft;
        draft.name = QStringLiteral("Sandbox copy");
        draft.projectId = m_host.projectId();
        draft.baseUrlOverride = m_host.baseUrl();
        const auto saved = m_profiles->save(draft);
        QVERIFY(saved);

        QVERIFY(open(ConnectDialog::Mode::EnterKey));
        m_dialog->setProfile(*saved);
        m_dialog->setMessage(QStringLiteral("No management key is stored."));
        QTRY_VERIFY(!m_dialog->isBusy());
        QVERIFY(child<QLabel>("connectMessage")->isVisible());
        QCOMPARE(saveButton()->text(), QStringLiteral("&Connect"));
        QVERIFY(!saveButton()->isEnabled());
        type(keyEdit(), m_host.managementKey());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE_SECRET(m_secrets->secret(saved->id), m_host.managementKey());
        QCOMPARE_SECRET(m_dialog->connection().managementKey, m_host.managementKey());
        QCOMPARE(m_dialog->connection().baseUrl, m_host.baseUrl());
    }

    void withoutAKeychainTheNoteSaysSessionOnly()
    {
        m_secrets->setPersistent(false);
        m_secrets->setSessionOnlyReason(
            QStringLiteral("No keychain is available (test). Management keys are kept in memory "
                           "for this session only, and must be entered again next time."));
        QVERIFY(open(ConnectDialog::Mode::FirstRun));
        const auto *note = child<QLabel>("keychainNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("this session only")),
                 qPrintable(note->text()));

        fillInForTheSandbox(QStringLiteral("Session"), m_host.managementKey());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE_SECRET(m_dialog->connection().managementKey, m_host.managementKey());
        QVERIFY(!settingsBytes().contains(m_host.managementKey().toUtf8()));
    }

    void keychainNoteFollowsTheStore()
    {
        QVERIFY(open(ConnectDialog::Mode::NewProfile));
        const auto *note = child<QLabel>("keychainNote");
        QVERIFY(note->text().contains(QStringLiteral("system keychain")));
        m_secrets->setSessionOnlyReason(QStringLiteral("Kept for this session only."));
        m_secrets->setPersistent(false);
        QCOMPARE(note->text(), QStringLiteral("Kept for this session only."));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connect_dialog.moc"
