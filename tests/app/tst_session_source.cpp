// What the console connects to at startup: --sandbox, then --profile NAME, then the SDKs'
// environment variables (a one-off session that saves nothing), then the profile used last,
// and otherwise the first-run dialog.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "ProfileStore.h"
#include "SecretCompare.h"
#include "SessionSource.h"

#include <QSettings>
#include <QTest>

using namespace descope;
using Kind = StartupPlan::Kind;

namespace {

const QString ProjectId = QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z");
const QString ManagementKey = QStringLiteral("K2EnvironmentManagementKey0001");

CommandLineOptions options(const QStringList &arguments = {})
{
    return CommandLine::parse(QStringList{QStringLiteral("descope-keys")} + arguments);
}

QProcessEnvironment environment(const QString &projectId, const QString &key,
                                const QString &baseUrl = {})
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    if (!projectId.isNull())
        env.insert(QStringLiteral("DESCOPE_PROJECT_ID"), projectId);
    if (!key.isNull())
        env.insert(QStringLiteral("DESCOPE_MANAGEMENT_KEY"), key);
    if (!baseUrl.isNull())
        env.insert(QStringLiteral("DESCOPE_BASE_URL"), baseUrl);
    return env;
}

} // namespace

class TestSessionSource : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    ProfileStore m_profiles;
    ConnectionProfile m_staging;

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
    }

    void init()
    {
        IsolatedSettings::clear();
        ConnectionProfile staging;
        staging.name = QStringLiteral("Staging");
        staging.projectId = QStringLiteral("P2staging");
        const auto saved = m_profiles.save(staging);
        QVERIFY(saved);
        m_staging = *saved;
    }

    void nothingToGoOnIsAFirstRun()
    {
        const StartupPlan plan = SessionSource::plan(options(), environment({}, {}), m_profiles);
        QCOMPARE(plan.kind, Kind::FirstRun);
        QVERIFY(plan.message.isEmpty());
    }

    void theLastUsedProfileIsUsed()
    {
        m_profiles.setLastUsedId(m_staging.id);
        const StartupPlan plan = SessionSource::plan(options(), environment({}, {}), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QCOMPARE(plan.profile, m_staging);
    }

    void theSandboxCanBeTheLastUsed()
    {
        m_profiles.setLastUsedId(QLatin1String(ConnectionProfile::SandboxId));
        const StartupPlan plan = SessionSource::plan(options(), environment({}, {}), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QVERIFY(plan.profile.isSandbox);
    }

    void sandboxOptionWinsOverEverything()
    {
        m_profiles.setLastUsedId(m_staging.id);
        const StartupPlan plan =
            SessionSource::plan(options({QStringLiteral("--sandbox")}),
                                environment(ProjectId, ManagementKey), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QVERIFY(plan.profile.isSandbox);
    }

    void profileOptionWinsOverEnvironmentAndLastUse()
    {
        m_profiles.setLastUsedId(QLatin1String(ConnectionProfile::SandboxId));
        const StartupPlan plan =
            SessionSource::plan(options({QStringLiteral("--profile"), QStringLiteral("staging")}),
                                environment(ProjectId, ManagementKey), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QCOMPARE(plan.profile, m_staging);
    }

    void profileOptionNamesTheSandbox()
    {
        const StartupPlan plan = SessionSource::plan(options({QStringLiteral("--profile=Sandbox")}),
                                                     environment({}, {}), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QVERIFY(plan.profile.isSandbox);
    }

    void unknownProfileIsAnErrorThatListsTheProfiles()
    {
        const StartupPlan plan = SessionSource::plan(options({QStringLiteral("--profile=Prod")}),
                                                     environment({}, {}), m_profiles);
        QCOMPARE(plan.kind, Kind::Error);
        QVERIFY2(plan.message.contains(QStringLiteral("“Prod”")), qPrintable(plan.message));
        QVERIFY2(plan.message.contains(QStringLiteral("Sandbox, Staging")),
                 qPrintable(plan.message));
    }

    void environmentIsAOneOffSession()
    {
        m_profiles.setLastUsedId(m_staging.id);
        const QByteArray before = settingsBytes();
        const StartupPlan plan =
            SessionSource::plan(options(), environment(ProjectId, ManagementKey), m_profiles);
        QCOMPARE(plan.kind, Kind::Environment);
        QCOMPARE(plan.connection.projectId, ProjectId);
        QCOMPARE_SECRET(plan.connection.managementKey, ManagementKey);
        // Derived from the region, as the SDKs do.
        QCOMPARE(plan.connection.baseUrl, QUrl(QStringLiteral("https://api.use1.descope.com")));
        QVERIFY(!plan.connection.isSandbox);
        QVERIFY(plan.connection.isValid());
        QVERIFY(!plan.message.contains(ManagementKey));
        // Nothing saved: not a profile, not a last use, not the key.
        QCOMPARE(settingsBytes(), before);
        QCOMPARE(m_profiles.savedProfiles().size(), 1);
        QCOMPARE(m_profiles.lastUsedId(), m_staging.id);
    }

    void environmentBaseUrlOverrides()
    {
        const StartupPlan plan = SessionSource::plan(
            options(),
            environment(ProjectId, ManagementKey, QStringLiteral("https://auth.example.com")),
            m_profiles);
        QCOMPARE(plan.kind, Kind::Environment);
        QCOMPARE(plan.connection.baseUrl, QUrl(QStringLiteral("https://auth.example.com")));
    }

    void environmentBaseUrlIsChecked()
    {
        const StartupPlan plan = SessionSource::plan(
            options(),
            environment(ProjectId, ManagementKey, QStringLiteral("http://auth.example.com")),
            m_profiles);
        QCOMPARE(plan.kind, Kind::Error);
        QVERIFY2(plan.message.startsWith(QStringLiteral("DESCOPE_BASE_URL")),
                 qPrintable(plan.message));
        QVERIFY(!plan.message.contains(ManagementKey));
    }

    void halfAnEnvironmentIsIgnoredWithANotice_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("missing");
        QTest::newRow("no key") << ProjectId << QString()
                                << QStringLiteral("DESCOPE_MANAGEMENT_KEY");
        QTest::newRow("blank key")
            << ProjectId << QStringLiteral(" ") << QStringLiteral("DESCOPE_MANAGEMENT_KEY");
        QTest::newRow("no project")
            << QString() << ManagementKey << QStringLiteral("DESCOPE_PROJECT_ID");
    }

    void halfAnEnvironmentIsIgnoredWithANotice()
    {
        QFETCH(QString, projectId);
        QFETCH(QString, key);
        QFETCH(QString, missing);
        StartupPlan plan = SessionSource::plan(options(), environment(projectId, key), m_profiles);
        QCOMPARE(plan.kind, Kind::FirstRun);
        QVERIFY2(plan.message.contains(missing + QStringLiteral(" is not")),
                 qPrintable(plan.message));
        QVERIFY(!plan.message.contains(ManagementKey));

        m_profiles.setLastUsedId(m_staging.id);
        plan = SessionSource::plan(options(), environment(projectId, key), m_profiles);
        QCOMPARE(plan.kind, Kind::Profile);
        QCOMPARE(plan.profile, m_staging);
        QVERIFY(plan.message.contains(missing));
    }

    void aRemovedLastUsedProfileMeansFirstRun()
    {
        m_profiles.setLastUsedId(m_staging.id);
        QVERIFY(m_profiles.remove(m_staging.id));
        QCOMPARE(SessionSource::plan(options(), environment({}, {}), m_profiles).kind,
                 Kind::FirstRun);
    }
};

QTEST_GUILESS_MAIN(TestSessionSource)
#include "tst_session_source.moc"
