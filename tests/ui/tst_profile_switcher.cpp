// From profiles to live connections: the startup plans (first run, a saved profile with and
// without a stored key, the sandbox, the environment), the Profiles menu and its checks, the
// profile manager's Connect, a new profile connecting a real window to a sandbox's project, and
// the notice when keys are kept for this session only.

#include "AppInfo.h"
#include "ConnectDialog.h"
#include "IsolatedSettings.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfileSwitcher.h"
#include "ProjectSession.h"
#include "SandboxHost.h"
#include "SandboxLauncher.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "SessionSource.h"
#include "UserPrompts.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace descope;

namespace {

const QString StoredKey = QStringLiteral("K2SwitcherStoredKey:1234");

} // namespace

class TestProfileSwitcher : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    QTemporaryDir m_sandboxDir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<QWidget> m_window;
    ProfileSwitcher *m_switcher = nullptr;
    ConnectionProfile m_staging;

    QAction *menuAction(const QString &objectName) const
    {
        return m_switcher->menu()->findChild<QAction *>(objectName);
    }
    QStringList checkedEntries() const
    {
        QStringList checked;
        for (const QAction *action : m_switcher->menu()->actions()) {
            if (action->isChecked() && action->isVisible())
                checked.append(action->text());
        }
        return checked;
    }
    static Connection chosen(const QSignalSpy &spy)
    {
        return spy.last().first().value<Connection>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandboxDir.isValid());
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        UserPrompts::setStrict(true);
        m_sandbox = std::make_unique<SandboxLauncher>(m_sandboxDir.path());
    }

    void init()
    {
        IsolatedSettings::clear();
        UserPrompts::reset();
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_secrets->setPersistent(true);
        ConnectionProfile staging;
        staging.name = QStringLiteral("Staging & QA");
        staging.projectId = QStringLiteral("P2staging");
        m_staging = *m_profiles->save(staging);
        m_window = std::make_unique<QWidget>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_switcher =
            new ProfileSwitcher(m_profiles.get(), m_secrets.get(), m_sandbox.get(), m_window.get());
    }

    void cleanup()
    {
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        m_window.reset();
        m_switcher = nullptr;
    }

    void menuListsTheProfilesAndTheActions()
    {
        QMenu *menu = m_switcher->menu();
        QCOMPARE(menu->objectName(), QStringLiteral("profilesMenu"));
        QCOMPARE(menu->title(), QStringLiteral("&Profiles"));
        QVERIFY(menuAction(QStringLiteral("profileAction_sandbox")));
        QAction *staging = menuAction(QStringLiteral("profileAction_") + m_staging.id);
        QVERIFY(staging);
        // '&' in a name is shown, not taken for a mnemonic.
        QCOMPARE(staging->text(), QStringLiteral("Staging && QA"));
        QVERIFY(menuAction(QStringLiteral("actionNewProfile")));
        QVERIFY(menuAction(QStringLiteral("actionManageProfiles")));
        QVERIFY(!menuAction(QStringLiteral("profileAction_environment"))->isVisible());
        QVERIFY(checkedEntries().isEmpty());

        ConnectionProfile other;
        other.name = QStringLiteral("Production");
        other.projectId = QStringLiteral("P2prod");
        const auto saved = m_profiles->save(other);
        QVERIFY(menuAction(QStringLiteral("profileAction_") + saved->id));
    }

    void storedKeyConnectsWithoutAsking()
    {
        m_secrets->store(m_staging.id, StoredKey);
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        StartupPlan plan;
        plan.kind = StartupPlan::Kind::Profile;
        plan.profile = m_staging;
        m_switcher->start(plan);
        QVERIFY(connections.wait());
        const Connection connection = chosen(connections);
        QCOMPARE(connection.displayName, QStringLiteral("Staging & QA"));
        QCOMPARE(connection.projectId, QStringLiteral("P2staging"));
        QCOMPARE_SECRET(connection.managementKey, StoredKey);
        QCOMPARE(connection.baseUrl, QUrl(QStringLiteral("https://api.descope.com")));
        QVERIFY(!m_switcher->connectDialog());
        QCOMPARE(m_switcher->activeProfileId(), m_staging.id);
        QCOMPARE(m_profiles->lastUsedId(), m_staging.id);
        QCOMPARE(checkedEntries(), QStringList{QStringLiteral("Staging && QA")});
    }

    void missingKeyIsAskedFor()
    {
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        m_switcher->connectTo(m_staging);
        QTRY_VERIFY(m_switcher->connectDialog());
        ConnectDialog *dialog = m_switcher->connectDialog();
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::EnterKey);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("connectMessage"))
                    ->text()
                    .contains(QStringLiteral("No management key is stored for “Staging & QA”")));
        dialog->findChild<SecretField *>(QStringLiteral("managementKeyField"))
            ->lineEdit()
            ->setText(StoredKey);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(connections.count(), 1);
        QCOMPARE_SECRET(chosen(connections).managementKey, StoredKey);
        QCOMPARE_SECRET(m_secrets->secret(m_staging.id), StoredKey);
        QCOMPARE(m_switcher->activeProfileId(), m_staging.id);
    }

    void cancellingTheKeyLeavesThingsAsTheyWere()
    {
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        menuAction(QStringLiteral("profileAction_") + m_staging.id)->trigger();
        QTRY_VERIFY(m_switcher->connectDialog());
        m_switcher->connectDialog()->reject();
        QTRY_VERIFY(!m_switcher->connectDialog());
        QCOMPARE(connections.count(), 0);
        QVERIFY(m_switcher->activeProfileId().isEmpty());
        QVERIFY(checkedEntries().isEmpty());
    }

    void firstRunConnectsAndRemembers()
    {
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        m_switcher->start(StartupPlan{});
        ConnectDialog *dialog = m_switcher->connectDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::FirstRun);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Production"));
        dialog->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))
            ->setText(QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z"));
        dialog->findChild<SecretField *>(QStringLiteral("managementKeyField"))
            ->lineEdit()
            ->setText(StoredKey);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(connections.count(), 1);
        const Connection connection = chosen(connections);
        QCOMPARE(connection.displayName, QStringLiteral("Production"));
        QCOMPARE(connection.baseUrl, QUrl(QStringLiteral("https://api.use1.descope.com")));
        QCOMPARE_SECRET(connection.managementKey, StoredKey);
        const auto saved = m_profiles->findByName(QStringLiteral("Production"));
        QVERIFY(saved);
        QCOMPARE(m_profiles->lastUsedId(), saved->id);
        QCOMPARE(checkedEntries(), QStringList{QStringLiteral("Production")});
    }

    void firstRunCanChooseTheSandbox()
    {
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        m_switcher->start(StartupPlan{});
        QVERIFY(m_switcher->connectDialog());
        QTRY_VERIFY(m_switcher->connectDialog()->isVisible());
        QTest::mouseClick(m_switcher->connectDialog()->findChild<QPushButton *>(
                              QStringLiteral("useSandboxButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(connections.count(), 1);
        const Connection connection = chosen(connections);
        QVERIFY(connection.isSandbox);
        QVERIFY(connection.isValid());
        QVERIFY(m_sandbox->isRunning());
        QCOMPARE(connection.baseUrl, m_sandbox->connection().baseUrl);
        QCOMPARE(m_profiles->lastUsedId(), QLatin1String(ConnectionProfile::SandboxId));
        QCOMPARE(checkedEntries(), QStringList{QStringLiteral("Sandbox")});
    }

    void environmentSessionIsOneOff()
    {
        m_profiles->setLastUsedId(m_staging.id);
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        QSignalSpy notices(m_switcher, &ProfileSwitcher::notice);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DESCOPE_PROJECT_ID"), QStringLiteral("P2env"));
        environment.insert(QStringLiteral("DESCOPE_MANAGEMENT_KEY"), QStringLiteral("K2Env"));
        const StartupPlan plan = SessionSource::plan(
            CommandLine::parse({QStringLiteral("descope-keys")}), environment, *m_profiles);
        m_switcher->start(plan);
        QCOMPARE(connections.count(), 1);
        QCOMPARE(chosen(connections).projectId, QStringLiteral("P2env"));
        QCOMPARE_SECRET(chosen(connections).managementKey, QStringLiteral("K2Env"));
        QVERIFY(m_switcher->isEnvironmentSession());
        QCOMPARE(notices.count(), 1);
        QVERIFY(!notices.first().first().toString().contains(QStringLiteral("K2Env")));
        QVERIFY(menuAction(QStringLiteral("profileAction_environment"))->isVisible());
        QCOMPARE(checkedEntries(), QStringList{QStringLiteral("Environment (this session only)")});
        // Nothing about it is remembered.
        QCOMPARE(m_profiles->lastUsedId(), m_staging.id);
        QCOMPARE(m_profiles->savedProfiles().size(), 1);
        QCOMPARE(m_secrets->count(), 0);

        // Choosing a profile ends the one-off session.
        m_secrets->store(m_staging.id, StoredKey);
        menuAction(QStringLiteral("profileAction_") + m_staging.id)->trigger();
        QTRY_COMPARE(connections.count(), 2);
        QVERIFY(!m_switcher->isEnvironmentSession());
        QVERIFY(!menuAction(QStringLiteral("profileAction_environment"))->isVisible());
    }

    void managerConnects()
    {
        m_secrets->store(m_staging.id, StoredKey);
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        menuAction(QStringLiteral("actionManageProfiles"))->trigger();
        ProfileManagerDialog *manager = m_switcher->managerDialog();
        QVERIFY(manager);
        manager->selectProfile(m_staging.id);
        QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("connectProfileButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(connections.count(), 1);
        QCOMPARE_SECRET(chosen(connections).managementKey, StoredKey);
        QTRY_VERIFY(!m_switcher->managerDialog());
    }

    // Saving a new profile with its key connects the window to it, as app/main.cpp wires the
    // switcher to the window: from Profiles › New Profile… and from the profile manager's
    // Add…, against a sandbox; without a key the profile is only saved.
    void aNewProfileConnectsTheWindow_data()
    {
        QTest::addColumn<bool>("throughTheManager");
        QTest::newRow("New Profile…") << false;
        QTest::newRow("Manage Profiles…, Add…") << true;
    }

    void aNewProfileConnectsTheWindow()
    {
        QFETCH(bool, throughTheManager);
        sandbox::SandboxHost host;
        sandbox::SandboxOptions options;
        options.seedCount = 4;
        QVERIFY2(host.start(options), qPrintable(host.errorString()));
        MainWindow window;
        auto *switcher =
            new ProfileSwitcher(m_profiles.get(), m_secrets.get(), m_sandbox.get(), &window);
        QObject::connect(switcher, &ProfileSwitcher::connectionChosen, &window,
                         &MainWindow::setConnection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConnectDialog *dialog = nullptr;
        if (throughTheManager) {
            switcher->manageProfiles();
            QVERIFY(switcher->managerDialog());
            QTest::mouseClick(switcher->managerDialog()->findChild<QPushButton *>(
                                  QStringLiteral("addProfileButton")),
                              Qt::LeftButton);
            dialog = switcher->managerDialog()->profileDialog();
        } else {
            switcher->menu()->findChild<QAction *>(QStringLiteral("actionNewProfile"))->trigger();
            dialog = switcher->connectDialog();
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::NewProfile);
        QTRY_VERIFY(dialog->isVisible());
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Local"));
        dialog->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))->setText(host.projectId());
        dialog->findChild<QCheckBox *>(QStringLiteral("customBaseUrlCheck"))->setChecked(true);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        url->selectAll();
        QTest::keyClicks(url, host.baseUrl().toString());
        QCOMPARE(save->text(), QStringLiteral("&Save"));
        // Typed, as a user would: the dialog wipes what its key field held when it closes.
        QTest::keyClicks(
            dialog->findChild<SecretField *>(QStringLiteral("managementKeyField"))->lineEdit(),
            host.managementKey());
        QCOMPARE(save->text(), QStringLiteral("Save and &Connect"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        // The window shows the new project's keys.
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->hasLoaded() &&
                                     !window.session()->isLoading(),
                                 10000);
        QCOMPARE(window.session()->connection().projectId, host.projectId());
        QCOMPARE(window.session()->connection().baseUrl, host.baseUrl());
        QCOMPARE_SECRET(window.session()->connection().managementKey, host.managementKey());
        QCOMPARE(window.session()->keys()->rowCount(), options.seedCount);
        const auto saved = m_profiles->findByName(QStringLiteral("Local"));
        QVERIFY(saved);
        QCOMPARE(switcher->activeProfileId(), saved->id);
        QCOMPARE(m_profiles->lastUsedId(), saved->id);
        QCOMPARE_SECRET(m_secrets->secret(saved->id), host.managementKey());
        QVERIFY(switcher->menu()
                    ->findChild<QAction *>(QStringLiteral("profileAction_") + saved->id)
                    ->isChecked());
        // The manager closes, as its Connect does.
        QTRY_VERIFY(!switcher->managerDialog());
        QTRY_VERIFY(!switcher->connectDialog());
    }

    void aNewProfileWithoutAKeyIsOnlySaved()
    {
        QSignalSpy connections(m_switcher, &ProfileSwitcher::connectionChosen);
        m_switcher->manageProfiles();
        ProfileManagerDialog *manager = m_switcher->managerDialog();
        QVERIFY(manager);
        QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("addProfileButton")),
                          Qt::LeftButton);
        ConnectDialog *dialog = manager->profileDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Later"));
        dialog->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))
            ->setText(QStringLiteral("P2later"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text(), QStringLiteral("&Save"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!manager->profileDialog());
        const auto later = m_profiles->findByName(QStringLiteral("Later"));
        QVERIFY(later);
        QCOMPARE(manager->selectedProfileId(), later->id);
        QVERIFY(manager->isVisible());
        QTest::qWait(50);
        QCOMPARE(connections.count(), 0);
        QVERIFY(m_switcher->activeProfileId().isEmpty());
        QVERIFY(!m_switcher->connectDialog()); // nobody asks for the key it was saved without
    }

    void sessionOnlyKeysAreAnnounced()
    {
        QSignalSpy notices(m_switcher, &ProfileSwitcher::notice);
        m_secrets->setSessionOnlyReason(QStringLiteral("No keychain: this session only."));
        m_secrets->setPersistent(false);
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.first().first().toString(),
                 QStringLiteral("No keychain: this session only."));
        m_secrets->store(m_staging.id, StoredKey);
        m_switcher->connectTo(m_staging);
        QTRY_COMPARE(notices.count(), 2);
    }
};

QTEST_MAIN(TestProfileSwitcher)
#include "tst_profile_switcher.moc"
