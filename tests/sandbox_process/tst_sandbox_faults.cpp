// The sandbox's fault switches: answer latency, deliberate 503s and the 429 rate limit.

#include "HttpTestClient.h"
#include "InProcessSandbox.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using nlohmann::json;
using sandbox_process::InProcessSandbox;

namespace {

const QString SearchPath = QStringLiteral("/v1/mgmt/accesskey/search");

sandbox::SandboxOptions withLatency(int latencyMs)
{
    sandbox::SandboxOptions options;
    options.latencyMs = latencyMs;
    return options;
}

sandbox::SandboxOptions withFailRate(double failRate)
{
    sandbox::SandboxOptions options;
    options.failRate = failRate;
    return options;
}

sandbox::SandboxOptions withRateLimit(int perSecond)
{
    sandbox::SandboxOptions options;
    options.rateLimitPerSecond = perSecond;
    return options;
}

HttpTestClient::Response search(const HttpTestClient &client, int timeoutMs = 30000)
{
    return client.send("POST", SearchPath, QByteArrayLiteral("{}"), {}, timeoutMs);
}

QString errorCodeOf(const HttpTestClient::Response &response)
{
    const json body = response.json();
    return body.is_object() && body.contains("errorCode") && body["errorCode"].is_string()
               ? QString::fromStdString(body["errorCode"].get<std::string>())
               : QString();
}

// The statuses of `count` searches, in order.
QList<int> searchStatuses(const HttpTestClient &client, int count)
{
    QList<int> statuses;
    for (int i = 0; i < count; ++i)
        statuses.append(search(client).status);
    return statuses;
}

} // namespace

class SandboxFaultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyDelaysEveryAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("search") << QByteArrayLiteral("POST") << SearchPath
                                << QByteArrayLiteral("{}");
        QTest::newRow("jwks") << QByteArrayLiteral("GET")
                              << QStringLiteral("/v2/keys/") +
                                     QString::fromLatin1(sandbox::DefaultProjectId)
                              << QByteArray();
        QTest::newRow("unknown key")
            << QByteArrayLiteral("GET") << QStringLiteral("/v1/mgmt/accesskey?id=K2NoSuchKey")
            << QByteArray();
    }

    void latencyDelaysEveryAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const auto running = InProcessSandbox::start(withLatency(300));
        QVERIFY(running);

        QElapsedTimer timer;
        timer.start();
        const auto response = running->client->send(method, path, body, {});
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(response.status != 0, qPrintable(response.networkError));
        QVERIFY2(elapsed >= 300, qPrintable(QStringLiteral("answered after %1 ms").arg(elapsed)));
    }

    void clientTimeoutShorterThanLatencyGetsNoAnswer()
    {
        const auto running = InProcessSandbox::start(withLatency(300));
        QVERIFY(running);
        const HttpTestClient &client = *running->client;

        const auto abandoned = search(client, 100);
        QCOMPARE(abandoned.status, 0);
        QVERIFY(!abandoned.networkError.isEmpty());

        // Let the delayed answer meet the closed connection, then ask again.
        QTest::qWait(500);
        for (int i = 0; i < 3; ++i) {
            const auto response = search(client);
            QCOMPARE(response.status, 200);
            QVERIFY(response.json().contains("keys"));
        }
    }

    void failRateOneFailsEveryRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        const QByteArray management; // HttpTestClient's default
        QTest::newRow("search") << QByteArrayLiteral("POST") << SearchPath
                                << QByteArrayLiteral("{}") << management;
        QTest::newRow("create") << QByteArrayLiteral("POST")
                                << QStringLiteral("/v1/mgmt/accesskey/create")
                                << QByteArrayLiteral(R"({"name":"never made"})") << management;
        QTest::newRow("load") << QByteArrayLiteral("GET")
                              << QStringLiteral("/v1/mgmt/accesskey?id=K2Missing") << QByteArray()
                              << management;
        QTest::newRow("license") << QByteArrayLiteral("GET") << QStringLiteral("/v1/mgmt/license")
                                 << QByteArray() << management;
        QTest::newRow("jwks") << QByteArrayLiteral("GET")
                              << QStringLiteral("/v2/keys/") +
                                     QString::fromLatin1(sandbox::DefaultProjectId)
                              << QByteArray() << HttpTestClient::NoAuthorization;
        QTest::newRow("exchange") << QByteArrayLiteral("POST")
                                  << QStringLiteral("/v1/auth/accesskey/exchange")
                                  << QByteArrayLiteral("{}")
                                  << QByteArrayLiteral("Bearer P2Whatever:K2Bogus.secret");
        QTest::newRow("no authorization")
            << QByteArrayLiteral("POST") << SearchPath << QByteArrayLiteral("{}")
            << HttpTestClient::NoAuthorization;
        QTest::newRow("unknown path") << QByteArrayLiteral("GET") << QStringLiteral("/v1/nowhere")
                                      << QByteArray() << management;
    }

    void failRateOneFailsEveryRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        const auto running = InProcessSandbox::start(withFailRate(1.0));
        QVERIFY(running);

        for (int i = 0; i < 5; ++i) {
            const auto response = running->client->send(method, path, body, authorization);
            QCOMPARE(response.status, 503);
            QVERIFY2(errorCodeOf(response).startsWith(u'E'), response.body.constData());
        }
    }

    void failRateHalfFailsSomeAndServesSome()
    {
        const auto running = InProcessSandbox::start(withFailRate(0.5));
        QVERIFY(running);

        const QList<int> statuses = searchStatuses(*running->client, 40);
        const auto failed = statuses.count(503);
        const auto served = statuses.count(200);
        QCOMPARE(failed + served, qsizetype(40));
        QVERIFY2(failed > 0, "no request failed");
        QVERIFY2(served > 0, "no request was served");
    }

    void failRateStreamIsRepeatable()
    {
        QList<int> runs[2];
        for (auto &statuses : runs) {
            const auto running = InProcessSandbox::start(withFailRate(0.5));
            QVERIFY(running);
            statuses = searchStatuses(*running->client, 40);
        }
        QCOMPARE(runs[1], runs[0]);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        const auto running = InProcessSandbox::start(withRateLimit(3));
        QVERIFY(running);
        const HttpTestClient &client = *running->client;
        // Past the window that began at start-up, so the four requests share one window.
        QTest::qWait(1100);

        const QList<int> statuses = searchStatuses(client, 3);
        QCOMPARE(statuses, (QList<int>{200, 200, 200}));
        const auto limited = search(client);
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorCodeOf(limited), QStringLiteral("E130429"));
        bool isInteger = false;
        const int retryAfter = limited.header("Retry-After").toInt(&isInteger);
        QVERIFY2(isInteger, limited.header("Retry-After").constData());
        QVERIFY(retryAfter >= 1);

        QTest::qWait(retryAfter * 1000);
        const auto again = search(client);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().contains("keys"));
    }
};

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandbox_faults.moc"
