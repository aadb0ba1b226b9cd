#include "AppInfo.h"
#include "HttpTestClient.h"
#include "SandboxLauncher.h"
#include "SandboxOptions.h"
#include "SecretCompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using descope::Connection;
using descope::SandboxLauncher;

namespace {

// Every message logged while a launcher runs, to prove the management key is never among them.
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&capturedMutex);
        captured.append(QString::fromUtf8(context.category ? context.category : "") +
                        QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

    // The IDs of every key the sandbox lists, or an empty set after a failed QVERIFY.
    static QSet<QString> searchKeyIds(const Connection &connection, int *count)
    {
        *count = -1;
        HttpTestClient client(connection.baseUrl, connection.projectId, connection.managementKey);
        const HttpTestClient::Response response =
            client.post(QStringLiteral("/v1/mgmt/accesskey/search"), nlohmann::json::object());
        if (response.status != 200) {
            qWarning() << "search answered" << response.status << response.networkError
                       << response.body;
            return {};
        }
        const nlohmann::json body = response.json();
        if (!body.is_object() || !body.contains("keys") || !body["keys"].is_array()) {
            qWarning() << "search body has no keys array:" << response.body;
            return {};
        }
        QSet<QString> ids;
        for (const auto &key : body["keys"])
            ids.insert(QString::fromStdString(key.value("id", std::string())));
        *count = int(body["keys"].size());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        // QStandardPaths reads XDG_DATA_HOME on every call, so AppDataLocation lands in here.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
        descope::appinfo::applyToApplication();
    }

    void defaultDirectoryIsTheApplicationDataLocation()
    {
        const QString expected =
            m_dataHome.path() + QStringLiteral("/Descope Key Console/descope-keys");
        QCOMPARE(SandboxLauncher::defaultDataDirectory(), expected);
        const SandboxLauncher launcher;
        QCOMPARE(launcher.dataDirectory(), expected);
        QCOMPARE(launcher.databasePath(), expected + QStringLiteral("/sandbox.sqlite"));
    }

    void connectionIsInvalidBeforeStart()
    {
        const SandboxLauncher launcher;
        QVERIFY(!launcher.isRunning());
        QVERIFY(!launcher.connection().isValid());
        QVERIFY(launcher.connection().managementKey.isEmpty());
    }

    void startsOnLoopbackAndServesSeededKeys()
    {
        SandboxLauncher launcher; // the default directory, which does not exist yet
        QVERIFY(!QFileInfo::exists(launcher.dataDirectory()));
        QVERIFY2(launcher.start(), qPrintable(launcher.errorString()));
        QVERIFY(launcher.isRunning());
        QVERIFY(launcher.errorString().isEmpty());
        QVERIFY(QFileInfo(launcher.databasePath()).isFile());

        const Connection connection = launcher.connection();
        QVERIFY(connection.isValid());
        QVERIFY(connection.isSandbox);
        QCOMPARE(connection.displayName, QStringLiteral("Sandbox"));
        QCOMPARE(connection.projectId, QLatin1String(sandbox::DefaultProjectId));
        QCOMPARE_SECRET(connection.managementKey, QLatin1String(sandbox::DefaultManagementKey));
        QCOMPARE(connection.baseUrl.scheme(), QStringLiteral("http"));
        QVERIFY2(QHostAddress(connection.baseUrl.host()).isLoopback(),
                 qPrintable(connection.baseUrl.toString()));
        QVERIFY(connection.baseUrl.port() > 0);

        int count = 0;
        const QSet<QString> ids = searchKeyIds(connection, &count);
        QCOMPARE(count, SandboxLauncher::SeedCount);
        QCOMPARE(ids.size(), SandboxLauncher::SeedCount);

        launcher.stop();
        QVERIFY(!launcher.isRunning());
        QVERIFY(!launcher.connection().isValid());
    }

    void seedsOnlyTheFirstTime()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString dataDirectory = directory.filePath(QStringLiteral("nested/data"));

        QSet<QString> firstIds;
        {
            SandboxLauncher launcher(dataDirectory);
            QVERIFY2(launcher.start(), qPrintable(launcher.errorString()));
            int count = 0;
            firstIds = searchKeyIds(launcher.connection(), &count);
            QCOMPARE(count, SandboxLauncher::SeedCount);
        } // the destructor stops the sandbox

        SandboxLauncher launcher(dataDirectory);
        QVERIFY2(launcher.start(), qPrintable(launcher.errorString()));
        int count = 0;
        const QSet<QString> secondIds = searchKeyIds(launcher.connection(), &count);
        // Seeding again would add 36 more keys, or replace them with fresh random IDs.
        QCOMPARE(count, SandboxLauncher::SeedCount);
        QCOMPARE(secondIds, firstIds);

        // start() on a running launcher restarts it on the same database.
        QVERIFY2(launcher.start(), qPrintable(launcher.errorString()));
        QCOMPARE(searchKeyIds(launcher.connection(), &count), firstIds);
    }

    void reportsADirectoryThatCannotBeCreated()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString blocker = directory.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        SandboxLauncher launcher(blocker + QStringLiteral("/data"));
        QVERIFY(!launcher.start());
        QVERIFY(!launcher.isRunning());
        QVERIFY(!launcher.connection().isValid());
        QVERIFY2(launcher.errorString().contains(QDir::toNativeSeparators(blocker)),
                 qPrintable(launcher.errorString()));
    }

    void reportsADatabaseThatCannotBeOpened()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        // A directory where the database file should be: SQLite cannot open it.
        QVERIFY(QDir(directory.path()).mkpath(QStringLiteral("sandbox.sqlite/inside")));

        SandboxLauncher launcher(directory.path());
        QVERIFY(!launcher.start());
        QVERIFY(!launcher.isRunning());
        QVERIFY(!launcher.connection().isValid());
        QVERIFY2(launcher.errorString().contains(QStringLiteral("sandbox.sqlite")),
                 qPrintable(launcher.errorString()));
    }

    void neverLogsTheManagementKey()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        {
            const QMutexLocker locker(&capturedMutex);
            captured.clear();
        }
        previousHandler = qInstallMessageHandler(captureMessage);
        QString key;
        {
            SandboxLauncher launcher(directory.path());
            const bool started = launcher.start();
            key = launcher.connection().managementKey;
            int count = 0;
            searchKeyIds(launcher.connection(), &count);
            SandboxLauncher failing(directory.filePath(QStringLiteral("sandbox.sqlite/x")));
            failing.start(); // fails: logs a warning, which must not carry the key either
            launcher.stop();
            qInstallMessageHandler(previousHandler);
            QVERIFY(started);
        }
        QVERIFY(!key.isEmpty());
        const QMutexLocker locker(&capturedMutex);
        QVERIFY2(!captured.isEmpty(), "the launcher logs nothing: this test would prove nothing");
        for (qsizetype i = 0; i < captured.size(); ++i) {
            // The message itself is not printed: it holds the key when this fails.
            QVERIFY2(!captured.at(i).contains(key),
                     qPrintable(QStringLiteral("logged message %1 of %2 contains the key")
                                    .arg(i + 1)
                                    .arg(captured.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandbox_launcher.moc"
