// Connection profiles in QSettings: metadata only, the built-in sandbox first and untouchable,
// unique names, natural order, validation, the profile used last, and a file that holds
// nothing but what a profile is.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace descope;

namespace {

ConnectionProfile profile(const QString &name, const QString &projectId = QStringLiteral("P2abc"))
{
    ConnectionProfile p;
    p.name = name;
    p.projectId = projectId;
    return p;
}

QStringList names(const QList<ConnectionProfile> &profiles)
{
    QStringList result;
    for (const ConnectionProfile &p : profiles)
        result.append(p.name);
    return result;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
    }

    void init() { IsolatedSettings::clear(); }

    void startsWithTheSandboxOnly()
    {
        const ProfileStore store;
        const QList<ConnectionProfile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(profiles.first().isSandbox);
        QCOMPARE(profiles.first().id, QLatin1String(ConnectionProfile::SandboxId));
        QCOMPARE(profiles.first().name, QStringLiteral("Sandbox"));
        QVERIFY(store.savedProfiles().isEmpty());
        QVERIFY(store.lastUsedId().isEmpty());
    }

    void saveAssignsAnIdAndSurvivesANewInstance()
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::changed);
        ConnectionProfile draft = profile(QStringLiteral("  Production  "),
                                          QStringLiteral(" Puse12aAc4T2V93bddihGEx2Ryhc8e5Z "));
        draft.baseUrlOverride = QUrl(QStringLiteral("https://auth.example.com"));
        const auto saved = store.save(draft);
        QVERIFY(saved);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!saved->id.isEmpty());
        QCOMPARE(saved->name, QStringLiteral("Production"));
        QCOMPARE(saved->projectId, QStringLiteral("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z"));

        const ProfileStore other;
        const auto found = other.findById(saved->id);
        QVERIFY(found);
        QCOMPARE(*found, *saved);
        QCOMPARE(found->baseUrl(), QUrl(QStringLiteral("https://auth.example.com")));
        QVERIFY(!found->isSandbox);
        QCOMPARE(other.findByName(QStringLiteral("PRODUCTION"))->id, saved->id);
    }

    void baseUrlIsDerivedWithoutOverride()
    {
        ProfileStore store;
        const auto saved = store.save(
            profile(QStringLiteral("EU"), QStringLiteral("Peuw12aAc4T2V93bddihGEx2Ryhc8e5Z")));
        QVERIFY(saved);
        QVERIFY(saved->baseUrlOverride.isEmpty());
        QCOMPARE(store.findById(saved->id)->baseUrl(),
                 QUrl(QStringLiteral("https://api.euw1.descope.com")));
        QCOMPARE(saved->connection(QStringLiteral("k")).baseUrl,
                 QUrl(QStringLiteral("https://api.euw1.descope.com")));
        QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("baseUrl")));
    }

    void profilesComeInNaturalNameOrderAfterTheSandbox()
    {
        ProfileStore store;
        for (const char *name : {"project 10", "Project 2", "alpha"})
            QVERIFY(store.save(profile(QLatin1String(name))));
        QCOMPARE(names(store.profiles()),
                 (QStringList{QStringLiteral("Sandbox"), QStringLiteral("alpha"),
                              QStringLiteral("Project 2"), QStringLiteral("project 10")}));
    }

    void problemsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("P2abc") << QString()
                                 << QStringLiteral("needs a name");
        QTest::newRow("name in use") << QStringLiteral("STAGING") << QStringLiteral("P2abc")
                                     << QString() << QStringLiteral("already a profile");
        QTest::newRow("sandbox name") << QStringLiteral("sandbox") << QStringLiteral("P2abc")
                                      << QString() << QStringLiteral("already a profile");
        QTest::newRow("no project") << QStringLiteral("New") << QStringLiteral(" ") << QString()
                                    << QStringLiteral("project ID is missing");
        QTest::newRow("colon") << QStringLiteral("New") << QStringLiteral("P2:x") << QString()
                               << QStringLiteral("cannot contain");
        QTest::newRow("plain http")
            << QStringLiteral("New") << QStringLiteral("P2abc")
            << QStringLiteral("http://auth.example.com") << QStringLiteral("https://");
        QTest::newRow("no host") << QStringLiteral("New") << QStringLiteral("P2abc")
                                 << QStringLiteral("https://") << QStringLiteral("host");
    }

    void problemsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, projectId);
        QFETCH(QString, baseUrl);
        QFETCH(QString, expected);
        ProfileStore store;
        QVERIFY(store.save(profile(QStringLiteral("Staging"))));
        ConnectionProfile draft = profile(name, projectId);
        draft.baseUrlOverride = QUrl(baseUrl);
        const QString problem = store.problem(draft);
        QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
        QSignalSpy changed(&store, &ProfileStore::changed);
        QVERIFY(!store.save(draft));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.savedProfiles().size(), 1);
    }

    void loopbackHttpIsAllowed()
    {
        ProfileStore store;
        ConnectionProfile draft = profile(QStringLiteral("Local"));
        draft.baseUrlOverride = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY2(store.problem(draft).isEmpty(), qPrintable(store.problem(draft)));
    }

    void theSandboxCannotBeSavedOrRemoved()
    {
        ProfileStore store;
        ConnectionProfile sandbox = ConnectionProfile::sandbox();
        sandbox.projectId = QStringLiteral("P2abc");
        QVERIFY(!store.problem(sandbox).isEmpty());
        QVERIFY(!store.save(sandbox));
        ConnectionProfile impostor = profile(QStringLiteral("Mine"));
        impostor.id = QLatin1String(ConnectionProfile::SandboxId);
        QVERIFY(!store.save(impostor));
        QVERIFY(!store.remove(QLatin1String(ConnectionProfile::SandboxId)));
        QCOMPARE(store.profiles().size(), 1);
    }

    void savingTheSameIdReplacesAndKeepsTheId()
    {
        ProfileStore store;
        auto saved = store.save(profile(QStringLiteral("Old name")));
        QVERIFY(saved);
        ConnectionProfile renamed = *saved;
        renamed.name = QStringLiteral("New name");
        renamed.projectId = QStringLiteral("P2other");
        QVERIFY(store.problem(renamed).isEmpty());
        QVERIFY(store.save(renamed));
        QCOMPARE(store.savedProfiles().size(), 1);
        QCOMPARE(store.findById(saved->id)->name, QStringLiteral("New name"));
        QCOMPARE(store.findById(saved->id)->projectId, QStringLiteral("P2other"));
        QVERIFY(!store.findByName(QStringLiteral("Old name")));
        // Its own name in another case is no clash with itself.
        renamed.name = QStringLiteral("NEW NAME");
        QVERIFY(store.save(renamed));
    }

    void removeForgetsTheProfileAndTheLastUse()
    {
        ProfileStore store;
        const auto a = store.save(profile(QStringLiteral("A")));
        const auto b = store.save(profile(QStringLiteral("B")));
        QVERIFY(a && b);
        store.setLastUsedId(a->id);
        QCOMPARE(store.lastUsedId(), a->id);
        QSignalSpy changed(&store, &ProfileStore::changed);
        QVERIFY(store.remove(a->id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(names(store.savedProfiles()), QStringList{QStringLiteral("B")});
        QVERIFY(store.lastUsedId().isEmpty());
        QVERIFY(!store.remove(a->id));
        QCOMPARE(changed.count(), 1);
    }

    void lastUsedMayBeTheSandboxButNotAStranger()
    {
        ProfileStore store;
        store.setLastUsedId(QLatin1String(ConnectionProfile::SandboxId));
        QCOMPARE(ProfileStore().lastUsedId(), QLatin1String(ConnectionProfile::SandboxId));
        store.setLastUsedId(QStringLiteral("no-such-profile"));
        QVERIFY(store.lastUsedId().isEmpty());
        store.setLastUsedId({});
        QVERIFY(!QSettings().contains(QStringLiteral("Profiles/lastUsed")));
    }

    void rowsWithoutIdOrNameAreSkipped()
    {
        {
            QSettings settings;
            settings.beginWriteArray(QStringLiteral("Profiles/list"), 3);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("No id"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("id"), QStringLiteral("x1"));
            settings.setArrayIndex(2);
            settings.setValue(QStringLiteral("id"), QStringLiteral("x2"));
            settings.setValue(QStringLiteral("name"), QStringLiteral("Good"));
            settings.setValue(QStringLiteral("projectId"), QStringLiteral("P2abc"));
            settings.endArray();
        }
        const ProfileStore store;
        QCOMPARE(names(store.savedProfiles()), QStringList{QStringLiteral("Good")});
    }

    void theFileHoldsMetadataOnly()
    {
        ProfileStore store;
        ConnectionProfile draft = profile(QStringLiteral("Custom"));
        draft.baseUrlOverride = QUrl(QStringLiteral("https://auth.example.com"));
        const auto saved = store.save(draft);
        QVERIFY(saved);
        store.setLastUsedId(saved->id);
        QSettings settings;
        settings.sync();
        QStringList keys = settings.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("Profiles/lastUsed"),
                                    QStringLiteral("Profiles/list/1/baseUrl"),
                                    QStringLiteral("Profiles/list/1/id"),
                                    QStringLiteral("Profiles/list/1/name"),
                                    QStringLiteral("Profiles/list/1/projectId"),
                                    QStringLiteral("Profiles/list/size")}));
        QVERIFY2(settings.fileName().startsWith(m_settings.path()),
                 qPrintable(settings.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
