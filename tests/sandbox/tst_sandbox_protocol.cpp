// What every endpoint shares: authentication, JSON answers with errorCode, routing, and the
// project calls (tenants, roles, license) the console and the SDKs make.

#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QTest>

using nlohmann::json;

class TestSandboxProtocol : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    static void addManagementEndpoints()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const char *posts[] = {
            "accesskey/create",         "accesskey/search",           "accesskey/update",
            "accesskey/activate",       "accesskey/deactivate",       "accesskey/delete",
            "accesskey/activate/batch", "accesskey/deactivate/batch", "accesskey/delete/batch",
            "accesskey/rotate",         "user/passkeys/import",       "user/passkeys/list"};
        for (const char *path : posts)
            QTest::addRow("POST %s", path)
                << QByteArray("POST") << QStringLiteral("/v1/mgmt/") + QString::fromLatin1(path);
        const char *gets[] = {"accesskey?id=K2x", "tenant/all", "role/all", "license"};
        for (const char *path : gets)
            QTest::addRow("GET %s", path)
                << QByteArray("GET") << QStringLiteral("/v1/mgmt/") + QString::fromLatin1(path);
    }

    static void verifyJsonError(const HttpTestClient::Response &response, int status)
    {
        QCOMPARE(response.status, status);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const json body = response.json();
        QVERIFY2(body.is_object(), response.body.constData());
        QVERIFY(body["errorCode"].get<std::string>().starts_with("E"));
        QVERIFY(!body["errorDescription"].get<std::string>().empty());
        QVERIFY(body.contains("errorMessage"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void managementCallsNeedTheManagementKey_data() { addManagementEndpoints(); }

    void managementCallsNeedTheManagementKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const QByteArray project = m_sandbox.projectId().toUtf8();
        const QByteArray key = m_sandbox.host().managementKey().toUtf8();
        for (const QByteArray &authorization :
             {HttpTestClient::NoAuthorization, QByteArray("Basic abc"),
              QByteArray("Bearer " + project), QByteArray("Bearer " + project + ":wrong"),
              QByteArray("Bearer P2other:" + key),
              QByteArray("Bearer " + project + ':' + key + ":x")}) {
            const auto response = m_sandbox.client().send(method, path, "{}", authorization);
            verifyJsonError(response, 401);
            QCOMPARE(errorCodeOf(response), "E011401");
        }
    }

    void managementCallsAcceptTheManagementKey_data() { addManagementEndpoints(); }

    void managementCallsAcceptTheManagementKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto response = m_sandbox.client().send(method, path, "{}", {});
        QVERIFY2(response.status != 401, response.body.constData());
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(response.json().is_object(), response.body.constData());
    }

    void unknownPathsAndMethodsAnswerJsonErrors()
    {
        verifyJsonError(m_sandbox.client().post(QStringLiteral("/v1/mgmt/nothing"), json::object()),
                        404);
        verifyJsonError(m_sandbox.client().get(QStringLiteral("/v1/mgmt/accesskey/create")), 405);
        verifyJsonError(
            m_sandbox.client().send("DELETE", QStringLiteral("/v1/mgmt/accesskey"), {}, {}), 405);
    }

    void malformedBodiesAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{name:") << "not valid JSON";
        // A plain literal: moc mis-reads raw strings with unbalanced quotes.
        QTest::newRow("truncated") << QByteArray("{\"name\":\"ab") << "not valid JSON";
        QTest::newRow("array") << QByteArray(R"(["name"])") << "must be a JSON object";
        QTest::newRow("string") << QByteArray(R"("name")") << "must be a JSON object";
    }

    void malformedBodiesAreRefusedClearly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto response =
            m_sandbox.client().postRaw(QStringLiteral("/v1/mgmt/accesskey/create"), body);
        verifyJsonError(response, 400);
        QCOMPARE(errorCodeOf(response), "E011001");
        QVERIFY(QString::fromStdString(descriptionOf(response)).contains(mentions));
    }

    void tenantsAreListed()
    {
        const auto response = m_sandbox.client().get(QStringLiteral("/v1/mgmt/tenant/all"));
        QCOMPARE(response.status, 200);
        const json tenants = response.json()["tenants"];
        QCOMPARE(tenants.size(), 5u);
        QCOMPARE(tenants[0]["id"], "T2AcmeCorp0000000000000000001");
        QCOMPARE(tenants[0]["name"], "Acme Corp");
        for (const auto &tenant : tenants)
            QVERIFY(!tenant["name"].get<std::string>().empty());
    }

    void rolesAreListedWithPermissions()
    {
        const auto response = m_sandbox.client().get(QStringLiteral("/v1/mgmt/role/all"));
        QCOMPARE(response.status, 200);
        const json roles = response.json()["roles"];
        QCOMPARE(roles.size(), 6u);
        const auto editor = std::find_if(roles.begin(), roles.end(),
                                         [](const json &role) { return role["name"] == "Editor"; });
        QVERIFY(editor != roles.end());
        QCOMPARE((*editor)["permissionNames"], json({"Read", "Write"}));
        QVERIFY((*editor)["createdTime"].get<long long>() > 0);
    }

    void licenseAnswersARateLimitTier()
    {
        const auto response = m_sandbox.client().get(QStringLiteral("/v1/mgmt/license"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json({{"rateLimitTier", "tier1"}}));
    }

    void requestsAreRecordedWithoutSecrets()
    {
        m_sandbox.host().server()->clearRecordedRequests();
        m_sandbox.client().post(QStringLiteral("/v1/mgmt/accesskey/search"), {{"text", "x"}});
        const auto requests = m_sandbox.host().server()->recordedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path, QStringLiteral("/v1/mgmt/accesskey/search"));
        QCOMPARE(requests[0].body, QByteArray(R"({"text":"x"})"));
        QCOMPARE(requests[0].status, 200);
        QByteArray authorization;
        for (const auto &[name, value] : requests[0].headers) {
            if (name == "authorization")
                authorization = value;
        }
        QCOMPARE(authorization, "Bearer " + m_sandbox.projectId().toUtf8() + ":<redacted>");
    }
};

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
