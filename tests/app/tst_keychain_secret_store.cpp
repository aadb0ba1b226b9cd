// Management keys in the real OS keychain (the Secret Service that scripts/test starts in a
// private D-Bus session with a throw-away gnome-keyring), one entry per profile, and the path
// without a keychain: the console says so plainly and keeps keys in memory for the session,
// writing them nowhere. That path runs in a child process of this test, with no usable bus.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace descope;

namespace {

const char ChildFlag[] = "--child-without-keychain";
const QString ChildKey = QStringLiteral("K2ChildSessionOnlyManagementKey7f3c1");

// Runs one operation to its answer.
template <typename Start>
std::optional<SecretResult> await(Start start)
{
    std::optional<SecretResult> answer;
    QObject context;
    start(&context, [&answer](const SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

std::optional<SecretResult> readKey(SecretStore &store, const QString &profileId)
{
    return await([&](QObject *context, SecretStore::Callback done) {
        store.read(profileId, context, std::move(done));
    });
}

std::optional<SecretResult> writeKey(SecretStore &store, const QString &profileId,
                                     const QString &secret)
{
    return await([&](QObject *context, SecretStore::Callback done) {
        store.write(profileId, secret, context, std::move(done));
    });
}

std::optional<SecretResult> removeKey(SecretStore &store, const QString &profileId)
{
    return await([&](QObject *context, SecretStore::Callback done) {
        store.remove(profileId, context, std::move(done));
    });
}

// Every file under `root` whose bytes contain `needle` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()),
                               needle.size() * qsizetype(sizeof(char16_t)));
        if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
            found.append(file.fileName());
    }
    return found;
}

// What the child process does: everything a session does with keys, without a keychain.
// Prints what went wrong and returns non-zero on the first surprise.
int runWithoutKeychain()
{
    descope::appinfo::applyToApplication();
    auto fail = [](const char *what) {
        std::fprintf(stderr, "CHILD FAILED: %s\n", what);
        return 1;
    };
    KeychainSecretStore store(QStringLiteral("descope-keys-test-child"));
    store.setRetryDelay(50);
    QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
    if (!store.isPersistent())
        return fail("persistent before the first call");

    const auto written = writeKey(store, QStringLiteral("profile-a"), ChildKey);
    if (!written || !written->ok())
        return fail("the write did not succeed in memory");
    if (store.isPersistent())
        return fail("still claims to be persistent");
    if (persistence.count() != 1 || persistence.first().first().toBool())
        return fail("persistenceChanged(false) not emitted once");
    const QString reason = store.errorString();
    if (!reason.contains(QLatin1String("No keychain is available")) ||
        !reason.contains(QLatin1String("this session only")) || reason.contains(ChildKey))
        return fail("the reason is not plain");
    std::fprintf(stdout, "REASON: %s\n", qPrintable(reason));

    const auto read = readKey(store, QStringLiteral("profile-a"));
    if (!read || !read->ok() || read->secret != ChildKey)
        return fail("the key was not kept for the session");
    const auto other = readKey(store, QStringLiteral("profile-b"));
    if (!other || other->status != SecretResult::Status::NotFound)
        return fail("another profile's key was found");
    const auto removed = removeKey(store, QStringLiteral("profile-a"));
    if (!removed || !removed->ok())
        return fail("remove failed");
    const auto gone = readKey(store, QStringLiteral("profile-a"));
    if (!gone || gone->status != SecretResult::Status::NotFound)
        return fail("the key survived its removal");
    // Writing again keeps it in memory again, without a second announcement.
    const auto again = writeKey(store, QStringLiteral("profile-a"), ChildKey);
    if (!again || !again->ok() || persistence.count() != 1)
        return fail("a second write misbehaved");
    QSettings().sync();
    return 0;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    // Unique per run, so that parallel or interrupted runs never see each other's entries.
    QString m_service =
        QStringLiteral("descope-keys-test-%1").arg(QCoreApplication::applicationPid());
    QStringList m_profilesUsed;

    // Looks the entry up with libsecret's own tool, to see it really is in the Secret Service.
    QString lookUpWithSecretTool(const QString &profileId) const
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            return QStringLiteral("<no secret-tool>");
        QProcess process;
        process.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                             QStringLiteral("user"), KeychainSecretStore::entryKey(profileId)});
        if (!process.waitForFinished(20000))
            return QStringLiteral("<secret-tool hung>");
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // Runs this test binary without a usable D-Bus session and checks what it leaves behind.
    void runChild(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &overrides)
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                     "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = home.filePath(QLatin1String(variable));
            QVERIFY(QDir().mkpath(dir));
            environment.insert(QLatin1String(variable), dir);
        }
        // Only the file writes of the process under test should be visible in `home`.
        for (const QString &key : overrides.keys())
            environment.insert(key, overrides.value(key));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(program, arguments);
        QVERIFY2(child.waitForFinished(60000), "the child did not finish");
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(out + err));
        // Said plainly, in the log too, and never with the key.
        QVERIFY2(out.contains(QLatin1String("REASON: No keychain is available")), qPrintable(out));
        QVERIFY2(err.contains(QLatin1String("No keychain is available")), qPrintable(err));
        QVERIFY2(!out.contains(ChildKey) && !err.contains(ChildKey), "the key reached the output");
        const QStringList leaks = filesContaining(home.path(), ChildKey);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        // QtKeychain's insecure fallback would write to QSettings; it must find nothing here.
        QVERIFY(m_settings.redirect());

        // Everything below the no-keychain tests needs the real Secret Service.
        KeychainSecretStore store(m_service);
        const auto probe = readKey(store, QStringLiteral("probe"));
        QVERIFY(probe);
        const auto written = writeKey(store, QStringLiteral("probe"), QStringLiteral("probe"));
        QVERIFY(written);
        QVERIFY2(store.isPersistent(),
                 qPrintable(QStringLiteral("No Secret Service: run inside scripts/test's "
                                           "dbus-run-session with an unlocked gnome-keyring (%1)")
                                .arg(store.errorString())));
        m_profilesUsed.append(QStringLiteral("probe"));
    }

    void cleanupTestCase()
    {
        KeychainSecretStore store(m_service);
        for (const QString &profileId : std::as_const(m_profilesUsed))
            removeKey(store, profileId);
        const QStringList leaks = filesContaining(m_settings.path(), QStringLiteral("K2Keychain"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    }

    void writeReadRemoveInTheRealKeychain()
    {
        const QString profileId = QStringLiteral("3f0c9b1e-roundtrip");
        const QString key = QStringLiteral("K2KeychainRoundTrip:0123456789abcdef");
        m_profilesUsed.append(profileId);
        KeychainSecretStore store(m_service);

        const auto missing = readKey(store, profileId);
        QVERIFY(missing);
        QCOMPARE(missing->status, SecretResult::Status::NotFound);

        const auto written = writeKey(store, profileId, key);
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->errorString));
        QVERIFY(store.isPersistent());
        QVERIFY(store.errorString().isEmpty());

        // Another store, as the next session would have, finds it: it is not in our memory.
        KeychainSecretStore nextSession(m_service);
        const auto read = readKey(nextSession, profileId);
        QVERIFY(read);
        QVERIFY(read->ok());
        QCOMPARE(read->secret, key);
        QCOMPARE(lookUpWithSecretTool(profileId), key);

        const auto removed = removeKey(store, profileId);
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->errorString));
        const auto gone = readKey(nextSession, profileId);
        QVERIFY(gone);
        QCOMPARE(gone->status, SecretResult::Status::NotFound);
        QCOMPARE(lookUpWithSecretTool(profileId), QString());
        // Forgetting twice is no error.
        const auto again = removeKey(store, profileId);
        QVERIFY(again);
        QVERIFY(again->ok());
    }

    void oneEntryPerProfile()
    {
        const QString a = QStringLiteral("profile-a");
        const QString b = QStringLiteral("profile-b");
        m_profilesUsed << a << b;
        KeychainSecretStore store(m_service);
        QVERIFY(writeKey(store, a, QStringLiteral("K2KeychainA"))->ok());
        QVERIFY(writeKey(store, b, QStringLiteral("K2KeychainB"))->ok());
        QCOMPARE(readKey(store, a)->secret, QStringLiteral("K2KeychainA"));
        QCOMPARE(readKey(store, b)->secret, QStringLiteral("K2KeychainB"));

        // Writing again replaces; it does not add a second entry.
        QVERIFY(writeKey(store, a, QStringLiteral("K2KeychainA2"))->ok());
        QCOMPARE(readKey(store, a)->secret, QStringLiteral("K2KeychainA2"));

        QVERIFY(removeKey(store, a)->ok());
        QCOMPARE(readKey(store, a)->status, SecretResult::Status::NotFound);
        QCOMPARE(readKey(store, b)->secret, QStringLiteral("K2KeychainB"));

        // Another service (another application) does not see our entries.
        KeychainSecretStore stranger(m_service + QStringLiteral("-other"));
        QCOMPARE(readKey(stranger, b)->status, SecretResult::Status::NotFound);
    }

    void entryKeyIsProfileScoped()
    {
        QCOMPARE(KeychainSecretStore::entryKey(QStringLiteral("abc")),
                 QStringLiteral("management-key/abc"));
        QCOMPARE(KeychainSecretStore().service(), QStringLiteral("descope-keys"));
    }

    void aGoneContextGetsNoAnswer()
    {
        KeychainSecretStore store(m_service);
        bool answered = false;
        auto *context = new QObject;
        store.read(QStringLiteral("probe"), context,
                   [&answered](const SecretResult &) { answered = true; });
        delete context;
        // A second call on the same store answers after the first, so its answer means the
        // first one had its chance.
        QVERIFY(readKey(store, QStringLiteral("probe")));
        QTest::qWait(100);
        QVERIFY(!answered);
    }

    void withoutAnyBusKeysStayInMemory()
    {
        QProcessEnvironment overrides;
        overrides.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("unix:path=/nonexistent/descope-keys-test-bus"));
        runChild(QCoreApplication::applicationFilePath(), {QLatin1String(ChildFlag)}, overrides);
    }

    void withABusButNoSecretServiceKeysStayInMemory()
    {
        // A session bus of its own, where nothing provides the Secret Service (a desktop
        // without a keyring, a container with D-Bus).
        const QString dbusRunSession =
            QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (dbusRunSession.isEmpty())
            QSKIP("dbus-run-session is not installed");
        QTemporaryDir services;
        QVERIFY(services.isValid());
        QFile config(services.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // The standard session bus, minus the service directories that would start a keyring.
        config.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
            "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
            "<auth>EXTERNAL</auth><policy context=\"default\">"
            "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
            "<allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        runChild(dbusRunSession,
                 {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"),
                  QCoreApplication::applicationFilePath(), QLatin1String(ChildFlag)},
                 {});
    }

    void memoryStoreKeepsPrivateCopies()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QString key = QStringLiteral("K2Memory") + QString::number(42);
        QVERIFY(writeKey(store, QStringLiteral("p"), key)->ok());
        const auto read = readKey(store, QStringLiteral("p"));
        QCOMPARE(read->secret, key);
        // Removing zeroes the store's copy; what the caller holds must not change with it.
        QVERIFY(removeKey(store, QStringLiteral("p"))->ok());
        QCOMPARE(read->secret, QStringLiteral("K2Memory42"));
        QCOMPARE(key, QStringLiteral("K2Memory42"));
        QCOMPARE(readKey(store, QStringLiteral("p"))->status, SecretResult::Status::NotFound);
        QCOMPARE(store.count(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], ChildFlag) == 0)
        return runWithoutKeychain();
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_secret_store.moc"
