// Every call of ManagementClient against the sandbox over loopback, and the ways calls fail.

#include "ClientFixture.h"
#include "HttpTestClient.h"
#include "KeyListAnswers.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace descope;

namespace {

const QString Acme = QStringLiteral("T2AcmeCorp0000000000000000001");

CreateKeyRequest namedKey(const QString &name)
{
    CreateKeyRequest request;
    request.name = name;
    return request;
}

// A loopback server that answers every request with the same raw bytes: the sandbox never
// sends malformed answers, so this is the one place a canned reply is needed.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                socket->write(m_answer);
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QByteArray m_answer;
};

} // namespace

class TestManagementClient : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_sandbox;

    Result<CreatedKey> create(const CreateKeyRequest &request)
    {
        return *await<CreatedKey>([&](auto *context, auto callback) {
            m_sandbox.client().createKey(request, context, callback);
        });
    }
    Result<AccessKey> load(const QString &id)
    {
        return *await<AccessKey>([&](auto *context, auto callback) {
            m_sandbox.client().loadKey(id, context, callback);
        });
    }
    Result<QList<AccessKey>> search(const KeySearchQuery &query)
    {
        return *await<QList<AccessKey>>([&](auto *context, auto callback) {
            m_sandbox.client().searchKeys(query, context, callback);
        });
    }

    // A search answered with `body` under a Content-Length of `length`, read in small batches.
    Result<QList<AccessKey>> searchCannedAnswer(const QByteArray &body, qsizetype length)
    {
        CannedServer canned(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(length) + "\r\n\r\n" + body);
        ClientSettings settings = m_sandbox.settings();
        settings.baseUrl = canned.url();
        settings.streamBatchBytes = 2048;
        m_sandbox.setClient(settings);
        return search({});
    }

private Q_SLOTS:
    void init() { QVERIFY(m_sandbox.start()); }

    void createLoadAndSearch()
    {
        CreateKeyRequest request = namedKey(QStringLiteral("ci-deployer"));
        request.keyTenants = {{Acme, {}, {QStringLiteral("Viewer")}}};
        request.description = QStringLiteral("deploys");
        request.permittedIps = {QStringLiteral("10.0.0.0/8")};
        request.customClaims = {{QStringLiteral("team"), QStringLiteral("platform")}};
        request.boundUserId = QStringLiteral("U2user");
        request.expireTime = 1900000000;
        const auto created = create(request);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().userMessage()));
        QVERIFY(!created.value().cleartext.isEmpty());
        const AccessKey &key = created.value().key;
        QCOMPARE(key.name, request.name);
        QCOMPARE(key.keyTenants.size(), 1);
        QCOMPARE(key.keyTenants[0].tenantName, QStringLiteral("Acme Corp"));
        QCOMPARE(key.boundUserId, request.boundUserId);
        QCOMPARE(key.expireTime, 1900000000);
        QCOMPARE(key.customClaims, request.customClaims);

        const auto loaded = load(key.id);
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), key);

        KeySearchQuery query;
        query.tenantIds = {Acme};
        query.boundUserId = QStringLiteral("U2user");
        const auto found = search(query);
        QVERIFY(found);
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value()[0].id, key.id);
    }

    void updateSendsTheWholeStateSoClearingWorks()
    {
        CreateKeyRequest request = namedKey(QStringLiteral("to-clear"));
        request.description = QStringLiteral("old");
        request.roleNames = {QStringLiteral("Viewer")};
        request.permittedIps = {QStringLiteral("10.1.1.1")};
        const AccessKey key = create(request).value().key;

        UpdateKeyRequest update = UpdateKeyRequest::fromKey(key);
        update.name = QStringLiteral("renamed");
        update.description.clear();
        update.permittedIps.clear();
        const auto updated = *await<AccessKey>([&](auto *context, auto callback) {
            m_sandbox.client().updateKey(update, context, callback);
        });
        QVERIFY(updated);
        QCOMPARE(updated.value().name, QStringLiteral("renamed"));
        QCOMPARE(updated.value().description, QString());
        QCOMPARE(updated.value().permittedIps, QStringList());
        QCOMPARE(updated.value().roleNames, QStringList{QStringLiteral("Viewer")});
        QCOMPARE(load(key.id).value(), updated.value());
    }

    void activateDeactivateRotateDelete()
    {
        const CreatedKey created = create(namedKey(QStringLiteral("life"))).value();
        const QString id = created.key.id;
        auto action = [&](auto method) {
            return *await<Done>([&](auto *context, auto callback) {
                (m_sandbox.client().*method)(id, context, callback);
            });
        };
        QVERIFY(action(&ManagementClient::deactivateKey));
        QVERIFY(!load(id).value().active);
        QVERIFY(action(&ManagementClient::activateKey));
        QVERIFY(load(id).value().active);

        const auto rotated = *await<CreatedKey>([&](auto *context, auto callback) {
            m_sandbox.client().rotateKey(id, context, callback);
        });
        QVERIFY(rotated);
        QCOMPARE(rotated.value().key.id, id);
        QVERIFY(rotated.value().cleartext != created.cleartext);

        QVERIFY(action(&ManagementClient::deleteKey));
        const auto gone = load(id);
        QVERIFY(!gone);
        QVERIFY(gone.error().isNotFound());
        QVERIFY(gone.error().userMessage().contains(id));
    }

    void batchCallsChangeEveryKey()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(create(namedKey(QStringLiteral("batch %1").arg(i))).value().key.id);
        const auto deactivated = *await<Done>([&](auto *context, auto callback) {
            m_sandbox.client().deactivateKeys(ids, context, callback);
        });
        QVERIFY(deactivated);
        for (const QString &id : ids)
            QVERIFY(!load(id).value().active);
        QVERIFY(*await<Done>([&](auto *context, auto callback) {
            m_sandbox.client().activateKeys(ids, context, callback);
        }));
        QVERIFY(load(ids[0]).value().active);
        QVERIFY(*await<Done>([&](auto *context, auto callback) {
            m_sandbox.client().deleteKeys(ids, context, callback);
        }));
        QVERIFY(load(ids[2]).error().isNotFound());
    }

    void projectCalls()
    {
        const auto tenants = *await<QList<Tenant>>(
            [&](auto *context, auto callback) { m_sandbox.client().tenants(context, callback); });
        QVERIFY(tenants);
        QCOMPARE(tenants.value().size(), 5);
        QCOMPARE(tenants.value()[0].name, QStringLiteral("Acme Corp"));
        const auto roles = *await<QList<Role>>(
            [&](auto *context, auto callback) { m_sandbox.client().roles(context, callback); });
        QVERIFY(roles);
        QCOMPARE(roles.value().size(), 6);
        const auto license = *await<License>(
            [&](auto *context, auto callback) { m_sandbox.client().license(context, callback); });
        QVERIFY(license);
        QCOMPARE(license.value().rateLimitTier, QStringLiteral("tier1"));
    }

    void passkeyImportAndList()
    {
        PasskeyDevice device;
        device.credentialId = QStringLiteral("Y3JlZA");
        device.rpId = QStringLiteral("example.com");
        device.publicKey = QByteArray("\x01\x02\x03\x04", 4);
        device.transports = {QStringLiteral("internal")};
        const auto imported = *await<Done>([&](auto *context, auto callback) {
            m_sandbox.client().importPasskeys(QStringLiteral("ada@example.com"), {device}, context,
                                              callback);
        });
        QVERIFY(imported);
        const auto listed = *await<QList<UserPasskey>>([&](auto *context, auto callback) {
            m_sandbox.client().userPasskeys(QStringLiteral("ada@example.com"), context, callback);
        });
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value()[0].id, device.credentialId);
        QCOMPARE(listed.value()[0].rpId, device.rpId);
    }

    void badManagementKeyIsUnauthorized()
    {
        ClientSettings settings = m_sandbox.settings();
        settings.managementKey = QStringLiteral("wrong");
        m_sandbox.setClient(settings);
        const auto answer = search({});
        QVERIFY(!answer);
        QVERIFY(answer.error().isUnauthorized());
        QCOMPARE(answer.error().errorCode, QStringLiteral("E011401"));
        QVERIFY(answer.error().userMessage().contains(QStringLiteral("management key"),
                                                      Qt::CaseInsensitive));
    }

    void validationErrorsCarryTheServersReason()
    {
        CreateKeyRequest request = namedKey(QStringLiteral("bad"));
        request.roleNames = {QStringLiteral("No Such Role")};
        const auto answer = create(request);
        QVERIFY(!answer);
        QCOMPARE(answer.error().httpStatus, 400);
        QVERIFY(answer.error().userMessage().contains(QStringLiteral("No Such Role")));
    }

    void invalidInputIsRefusedBeforeSending()
    {
        m_sandbox.server().clearRecordedRequests();
        QCOMPARE(create(namedKey(QStringLiteral("  "))).error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(load(QString()).error().kind, ApiError::Kind::InvalidInput);
        const auto noIds = *await<Done>([&](auto *context, auto callback) {
            m_sandbox.client().deleteKeys({}, context, callback);
        });
        QCOMPARE(noIds.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(m_sandbox.server().recordedRequests().size(), 0);
    }

    void readsWaitOutARateLimitWritesDoNot()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerSecond = 1;
        QVERIFY(m_sandbox.start(options));
        QTest::qWait(1100); // a fresh one-second window
        QVERIFY(search({}));
        QVERIFY(search({})); // waited for Retry-After, then succeeded
        const auto write = create(namedKey(QStringLiteral("limited")));
        QVERIFY(!write);
        QVERIFY(write.error().isRateLimited());
        QVERIFY(write.error().retryAfterSeconds.value_or(0) >= 1);
        QVERIFY(write.error().userMessage().contains(
            QString::number(*write.error().retryAfterSeconds)));
        int searches = 0;
        for (const auto &request : m_sandbox.server().recordedRequests())
            searches += request.path.endsWith(QStringLiteral("/search")) ? 1 : 0;
        QCOMPARE(searches, 3); // the second search was sent twice
    }

    void readsRetryServiceTroubleWritesNever()
    {
        sandbox::SandboxOptions options;
        options.failRate = 1.0;
        QVERIFY(m_sandbox.start(options));
        const auto read = search({});
        QVERIFY(!read);
        QCOMPARE(read.error().httpStatus, 503);
        QCOMPARE(m_sandbox.server().recordedRequests().size(), 4); // 1 + 3 retries

        m_sandbox.server().clearRecordedRequests();
        const auto write = create(namedKey(QStringLiteral("never twice")));
        QVERIFY(!write);
        QCOMPARE(write.error().httpStatus, 503);
        QCOMPARE(m_sandbox.server().recordedRequests().size(), 1);
    }

    void slowServerTimesOut()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 1500;
        QVERIFY(m_sandbox.start(options));
        ClientSettings settings = m_sandbox.settings();
        settings.timeoutMs = 200;
        settings.retry.delaysMs.clear();
        m_sandbox.setClient(settings);
        const auto answer = search({});
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, ApiError::Kind::Timeout);
        QVERIFY(answer.error().userMessage().contains(QStringLiteral("time"), Qt::CaseInsensitive));
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ClientSettings settings = m_sandbox.settings();
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_sandbox.setClient(settings);
        const auto answer = search({});
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, ApiError::Kind::Network);
    }

    void malformedAndTruncatedAnswersAreDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("malformed")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 9\r\n\r\n{\"keys\":7");
        QTest::newRow("truncated")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 9\r\n\r\n{\"keys\":[");
        QTest::newRow("wrong type") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n"
                                                  "{\"keys\":\"x\"}");
    }

    void malformedAndTruncatedAnswersAreDecodeErrors()
    {
        QFETCH(QByteArray, answer);
        CannedServer canned(answer);
        ClientSettings settings = m_sandbox.settings();
        settings.baseUrl = canned.url();
        m_sandbox.setClient(settings);
        const auto result = search({});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    }

    void largeAnswersAreReadInBatchesAsTheyArrive()
    {
        sandbox::SandboxOptions options;
        options.seedCount = 300;
        QVERIFY(m_sandbox.start(options));
        ClientSettings settings = m_sandbox.settings();
        settings.streamBatchBytes = 2048; // about five keys a batch
        settings.streamBacklogBytes = 8192;
        m_sandbox.setClient(settings);
        const HttpTestClient raw(m_sandbox.host().baseUrl(), m_sandbox.host().projectId(),
                                 m_sandbox.host().managementKey());
        const QByteArray answer =
            raw.post(QStringLiteral("/v1/mgmt/accesskey/search"), nlohmann::json::object()).body;
        QVERIFY(answer.size() > 50 * settings.streamBatchBytes);
        const auto whole = wire::decodeSearchAnswer(answer);
        QVERIFY(whole);
        QCOMPARE(whole.value().size(), 300);

        const auto streamed = search({});
        QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error().description));
        QVERIFY(streamed.value() == whole.value());
    }

    void aBadKeyInAnAnswerReadAsItArrivesIsNamed()
    {
        QByteArray body = keyListAnswer(400);
        const qsizetype key350 = body.indexOf("\"id\":\"K350\"");
        body.replace(body.indexOf("\"status\":\"active\"", key350), 17, "\"status\":12345678");
        const auto result = searchCannedAnswer(body, body.size());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Decode);
        QCOMPARE(result.error().description,
                 QStringLiteral("keys[350].status: expected \"active\" or \"inactive\", got a "
                                "number"));
    }

    void anAnswerCutShortIsANetworkError()
    {
        const QByteArray body = keyListAnswer(400);
        const auto result = searchCannedAnswer(body, body.size() + 1000);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Network);
    }

    void httpsIsRequiredOffLoopback()
    {
        ClientSettings settings = m_sandbox.settings();
        settings.baseUrl = QUrl(QStringLiteral("http://api.example.com"));
        m_sandbox.setClient(settings);
        QVERIFY(m_sandbox.client().configurationProblem().contains(QStringLiteral("https")));
        const auto answer = search({});
        QCOMPARE(answer.error().kind, ApiError::Kind::InvalidInput);
    }

    void cancelAnswersOnceWithCancelled()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 1000;
        QVERIFY(m_sandbox.start(options));
        int calls = 0;
        std::optional<ApiError> error;
        QObject context;
        ApiJob *job = m_sandbox.client().searchKeys({}, &context,
                                                    [&](const Result<QList<AccessKey>> &answer) {
                                                        ++calls;
                                                        if (!answer)
                                                            error = answer.error();
                                                    });
        QTest::qWait(50);
        job->cancel();
        QTest::qWait(1200);
        QCOMPARE(calls, 1);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::Cancelled);
    }

    void noCallbackAfterTheContextIsGone()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = 300;
        QVERIFY(m_sandbox.start(options));
        int calls = 0;
        auto *context = new QObject;
        m_sandbox.client().searchKeys({}, context, [&](const auto &) { ++calls; });
        delete context;
        QTest::qWait(600);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestManagementClient)
#include "tst_management_client.moc"
