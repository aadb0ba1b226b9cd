// "Test connection" against a real sandbox and a few stand-in servers: a good key connects,
// a refused key and an unknown project are told apart, a closed port, a silent server, a
// self-signed certificate and a TLS handshake with a plain HTTP server each get their own
// verdict, and no verdict ever repeats the management key.

#include "ConnectionTester.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SandboxServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace descope;
using Kind = ConnectionVerdict::Kind;

namespace {

// A port on loopback that nothing listens on: bound, noted, and closed again.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QStringList requestPaths(const sandbox::SandboxHost &host)
{
    QStringList paths;
    for (const sandbox::RecordedRequest &request : host.server()->recordedRequests())
        paths.append(request.path);
    return paths;
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;

    std::optional<ConnectionVerdict> run(const Connection &connection, int timeoutMs = 10000)
    {
        ConnectionTester tester;
        tester.setTimeout(timeoutMs);
        QSignalSpy started(&tester, &ConnectionTester::started);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(connection);
        if (started.count() != 1 || !tester.isRunning())
            return std::nullopt;
        if (!finished.wait(timeoutMs * 3) || finished.count() != 1)
            return std::nullopt;
        if (tester.isRunning())
            return std::nullopt;
        const auto verdict = finished.first().first().value<ConnectionVerdict>();
        // Whatever happened, the key is never part of what the user reads.
        if (!connection.managementKey.isEmpty() &&
            verdict.message.contains(connection.managementKey))
            return std::nullopt;
        return verdict;
    }

    Connection at(const QString &url) const
    {
        Connection connection = connectionTo(m_host);
        connection.baseUrl = QUrl(url);
        return connection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionVerdict>();
        sandbox::SandboxOptions options;
        options.seedCount = 3;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void init() { m_host.server()->clearRecordedRequests(); }

    void goodKeyConnects()
    {
        const auto verdict = run(connectionTo(m_host));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::Connected);
        QVERIFY(verdict->ok());
        QVERIFY(!verdict->error);
        QVERIFY2(verdict->message.contains(m_host.projectId()), qPrintable(verdict->message));
        QVERIFY(!verdict->rateLimitTier.isEmpty());
        QCOMPARE(requestPaths(m_host), (QStringList{QStringLiteral("/v1/mgmt/license"),
                                                    QStringLiteral("/v1/mgmt/tenant/all")}));
    }

    void badKeyIsToldApartFromAnUnknownProject()
    {
        Connection connection = connectionTo(m_host);
        connection.managementKey = QStringLiteral("K2NotTheRightKeyAtAll000000001");
        const auto verdict = run(connection);
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::BadKey);
        QVERIFY(verdict->error);
        QCOMPARE(verdict->error->httpStatus, 401);
        QVERIFY2(verdict->message.contains(QStringLiteral("refused the management key")),
                 qPrintable(verdict->message));
        // The project's public keys answered, so the project exists.
        QCOMPARE(requestPaths(m_host),
                 (QStringList{QStringLiteral("/v1/mgmt/license"),
                              QStringLiteral("/v2/keys/") + m_host.projectId()}));
    }

    void unknownProjectIsNamed()
    {
        Connection connection = connectionTo(m_host);
        connection.projectId = QStringLiteral("P2NoSuchProjectAnywhere000001");
        const auto verdict = run(connection);
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::UnknownProject);
        QVERIFY2(verdict->message.contains(connection.projectId), qPrintable(verdict->message));
        QVERIFY2(verdict->message.contains(QStringLiteral("does not know the project")),
                 qPrintable(verdict->message));
    }

    void closedPortIsUnreachable()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const auto verdict = run(at(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::Unreachable);
        QCOMPARE(verdict->error->kind, ApiError::Kind::Network);
        QVERIFY2(verdict->message.contains(QStringLiteral("Cannot reach 127.0.0.1:%1").arg(port)),
                 qPrintable(verdict->message));
    }

    void unknownHostIsUnreachable()
    {
        // .invalid never resolves (RFC 2606), so this asks no real DNS server for anything.
        const auto verdict = run(at(QStringLiteral("https://descope-console-test.invalid")));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::Unreachable);
        QVERIFY2(verdict->message.contains(QStringLiteral("descope-console-test.invalid")),
                 qPrintable(verdict->message));
    }

    void silentServerIsUnreachableAfterTheTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const auto verdict =
            run(at(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), 300);
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::Unreachable);
        QCOMPARE(verdict->error->kind, ApiError::Kind::Timeout);
        QVERIFY2(verdict->message.contains(QStringLiteral("did not answer in time")),
                 qPrintable(verdict->message));
    }

    void tlsHandshakeWithAPlainHttpServerFails()
    {
        // https to a server that speaks plain HTTP: it answers the handshake with text.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
        });
        const auto verdict =
            run(at(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())));
        QVERIFY(verdict);
        QVERIFY2(verdict->kind == Kind::Tls, qPrintable(verdict->message));
        QVERIFY2(verdict->message.contains(QStringLiteral("secure connection")),
                 qPrintable(verdict->message));
    }

    void selfSignedCertificateFails()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend in this Qt build");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("No openssl program to make a certificate with");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        QProcess process;
        process.start(
            openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                      QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);

        QFile keyPem(keyFile);
        QFile certPem(certFile);
        QVERIFY(keyPem.open(QIODevice::ReadOnly) && certPem.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyPem.readAll(), QSsl::Rsa));
        configuration.setLocalCertificate(QSslCertificate(certPem.readAll()));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const auto verdict =
            run(at(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::Tls);
        QVERIFY2(verdict->message.contains(QStringLiteral("self"), Qt::CaseInsensitive),
                 qPrintable(verdict->message));
    }

    void aWebServerThatIsNotDescopeIsSaidToBeOne()
    {
        // A custom domain that points at some web site: a bare 404 without Descope's errorCode.
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost, 0));
        connect(&web, &QTcpServer::newConnection, this, [&web] {
            QTcpSocket *socket = web.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                              "Content-Length: 9\r\nConnection: close\r\n\r\nnot found");
                socket->disconnectFromHost();
            });
        });
        const auto verdict = run(at(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort())));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::NotDescope);
        QVERIFY2(verdict->message.contains(QStringLiteral("Check the base URL")),
                 qPrintable(verdict->message));
    }

    void missingSettingsAreRefusedWithoutSending()
    {
        Connection connection = connectionTo(m_host);
        connection.managementKey.clear();
        auto verdict = run(connection);
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::InvalidSettings);
        QVERIFY2(verdict->message.contains(QStringLiteral("management key is missing")),
                 qPrintable(verdict->message));

        verdict = run(at(QStringLiteral("http://auth.example.com")));
        QVERIFY(verdict);
        QCOMPARE(verdict->kind, Kind::InvalidSettings);
        QVERIFY(m_host.server()->recordedRequests().isEmpty());
    }

    void aNewTestReplacesTheOneRunning()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        Connection wrong = connectionTo(m_host);
        wrong.managementKey = QStringLiteral("K2Wrong");
        tester.test(wrong);
        tester.test(connectionTo(m_host));
        QVERIFY(finished.wait());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ConnectionVerdict>().kind, Kind::Connected);
    }

    void cancelledTestsNeverAnswer()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(connectionTo(m_host));
        QVERIFY(tester.isRunning());
        tester.cancel();
        QVERIFY(!tester.isRunning());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connection_tester.moc"
