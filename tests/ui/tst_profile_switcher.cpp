// From profiles to live connections: the startup plans (first run, a saved profile with and
// without a stored key, the sandbox, the environment), the Profiles menu and its checks, the
// profile manager's Connect, and the notice when keys are kept for this session only.

#include "AppInfo.h"
#include "ConnectDialog.h"
#include "IsolatedSettings.h"
#include "MemorySecretStore.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProfileSwitcher.h"
#include "SandboxLauncher.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "SessionSource.h"
#include "UserPrompts.h"

#include <QAction>
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
