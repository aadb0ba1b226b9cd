// The access-key exchange and the project's public keys: real RS256 tokens that verify.

#include "Jwt.h"
#include "SandboxFixture.h"

#include <QTest>

using nlohmann::json;

namespace {
const std::string Acme = "T2AcmeCorp0000000000000000001";
}

class TestSandboxExchange : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    HttpTestClient::Response exchange(const std::string &cleartext, const QByteArray &body = "{}")
    {
        return m_sandbox.client().send("POST", QStringLiteral("/v1/auth/accesskey/exchange"), body,
                                       m_sandbox.client().accessKeyAuthorization(cleartext));
    }

    std::string cleartextFor(const json &body) { return m_sandbox.create(body)["cleartext"]; }

    json jwks()
    {
        return m_sandbox.client()
            .get(QStringLiteral("/v2/keys/") + m_sandbox.projectId(),
                 HttpTestClient::NoAuthorization)
            .json();
    }

    // Decodes and verifies the session JWT of an exchange answer; fails the test otherwise.
    json verifiedClaims(const HttpTestClient::Response &response)
    {
        const json body = response.json();
        QString error;
        const auto jwt = descope::decodeJwt(
            QByteArray::fromStdString(body.value("sessionJwt", std::string())), &error);
        if (!jwt) {
            qWarning("not a JWT: %s", qPrintable(error));
            return {};
        }
        if (!descope::verifyJwtSignature(*jwt, jwks(), &error)) {
            qWarning("signature: %s", qPrintable(error));
            return {};
        }
        return jwt->claims;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void exchangeAnswersAVerifiableSessionToken()
    {
        const json created = m_sandbox.create({{"name", "exchanger"},
                                               {"roleNames", {"Editor", "Viewer"}},
                                               {"customClaims", {{"k1", "v1"}, {"level", 3}}}});
        const long long before = SandboxFixture::now();
        const auto response =
            exchange(created["cleartext"], R"({"loginOptions":{"customClaims":{"nsec-k1":"x"}}})");
        QCOMPARE(response.status, 200);
        const json body = response.json();
        QCOMPARE(body["keyId"], created["key"]["id"]);

        const json claims = verifiedClaims(response);
        QVERIFY(!claims.empty());
        QCOMPARE(claims["sub"], created["key"]["id"]);
        const std::string issuer = claims["iss"];
        QVERIFY(issuer.ends_with("/" + m_sandbox.projectId().toStdString()));
        QVERIFY(claims["iat"].get<long long>() >= before);
        QCOMPARE(claims["exp"].get<long long>(), claims["iat"].get<long long>() + 600);
        QCOMPARE(body["expiration"], claims["exp"]);
        QCOMPARE(claims["roles"], json({"Editor", "Viewer"}));
        QCOMPARE(claims["permissions"], json({"Read", "Write"}));
        QCOMPARE(claims["k1"], "v1");
        QCOMPARE(claims["level"], 3);
        QCOMPARE(claims["nsec"], json({{"nsec-k1", "x"}}));
        QVERIFY(!claims.contains("aud"));
    }

    void tokenHeaderNamesTheKeyOfTheJwks()
    {
        const auto response = exchange(cleartextFor({{"name", "header"}}));
        QString error;
        const auto jwt = descope::decodeJwt(
            QByteArray::fromStdString(response.json()["sessionJwt"].get<std::string>()), &error);
        QVERIFY2(jwt, qPrintable(error));
        QCOMPARE(jwt->header["alg"], "RS256");
        QCOMPARE(jwt->header["typ"], "JWT");
        const json keys = jwks()["keys"];
        QCOMPARE(keys.size(), 1u);
        QCOMPARE(jwt->header["kid"], keys[0]["kid"]);
        QCOMPARE(keys[0]["alg"], "RS256");
        QCOMPARE(keys[0]["use"], "sig");
        QCOMPARE(keys[0]["kty"], "RSA");
        QCOMPARE(keys[0]["e"], "AQAB");
    }

    void tamperedTokenDoesNotVerify()
    {
        const auto response = exchange(cleartextFor({{"name", "tamper"}}));
        std::string token = response.json()["sessionJwt"];
        QString error;
        auto jwt = descope::decodeJwt(QByteArray::fromStdString(token), &error);
        QVERIFY(jwt);
        jwt->signingInput[int(jwt->signingInput.size()) - 2] ^= 1;
        QVERIFY(!descope::verifyJwtSignature(*jwt, jwks(), &error));
    }

    void tenantKeysCarryTenantsAndSelectedTenant()
    {
        const std::string cleartext =
            cleartextFor({{"name", "tenant-exchange"},
                          {"keyTenants", {{{"tenantId", Acme}, {"roleNames", {"Viewer"}}}}}});
        const auto response = exchange(cleartext, R"({"loginOptions":{"selectedTenant":")" +
                                                      QByteArray::fromStdString(Acme) + R"("}})");
        QCOMPARE(response.status, 200);
        const json claims = verifiedClaims(response);
        QCOMPARE(claims["tenants"][Acme]["roles"], json({"Viewer"}));
        QCOMPARE(claims["tenants"][Acme]["permissions"], json({"Read"}));
        QCOMPARE(claims["dct"], Acme);
        QVERIFY(!claims.contains("roles"));

        const auto outsider = exchange(
            cleartext, R"({"loginOptions":{"selectedTenant":"T2Globex000000000000000000002"}})");
        QCOMPARE(outsider.status, 400);
    }

    void everyClientSpellingOfNoOptionsIsAccepted_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no body (Swift)") << QByteArray();
        QTest::newRow("{} (Go, JS)") << QByteArray("{}");
        QTest::newRow("empty options (Python)") << QByteArray(R"({"loginOptions":{}})");
        QTest::newRow("null options (Java)") << QByteArray(R"({"loginOptions":null})");
    }

    void everyClientSpellingOfNoOptionsIsAccepted()
    {
        QFETCH(QByteArray, body);
        const auto response = exchange(cleartextFor({{"name", "spelling"}}), body);
        QCOMPARE(response.status, 200);
        QVERIFY(!verifiedClaims(response).contains("nsec"));
    }

    void registeredClaimsCannotBeOverriddenByKeyClaims()
    {
        const json created = m_sandbox.create(
            {{"name", "sneaky"}, {"customClaims", {{"sub", "admin"}, {"exp", 1}}}});
        const json claims = verifiedClaims(exchange(created["cleartext"]));
        QCOMPARE(claims["sub"], created["key"]["id"]);
        QVERIFY(claims["exp"].get<long long>() > SandboxFixture::now());
    }

    void tokenNeverOutlivesItsKey()
    {
        const long long expiry = SandboxFixture::now() + 100;
        const json claims =
            verifiedClaims(exchange(cleartextFor({{"name", "short"}, {"expireTime", expiry}})));
        QCOMPARE(claims["exp"].get<long long>(), expiry);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("no header") << 401 << "E062802"
                                   << "Bearer"
                                   << "none";
        QTest::newRow("no key") << 401 << "E062802"
                                << "missing"
                                << "empty";
        QTest::newRow("other project") << 401 << "E062803"
                                       << "project"
                                       << "project";
        QTest::newRow("unknown key") << 401 << "E062803"
                                     << "invalid"
                                     << "unknown";
        QTest::newRow("wrong secret") << 401 << "E062803"
                                      << "invalid"
                                      << "tampered";
        QTest::newRow("inactive") << 401 << "E062803"
                                  << "inactive"
                                  << "inactive";
        QTest::newRow("expired") << 401 << "E062803"
                                 << "expired"
                                 << "expired";
        QTest::newRow("ip not permitted") << 403 << "E062803"
                                          << "127.0.0.1"
                                          << "ip";
    }

    void refusals()
    {
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QFETCH(QString, mentions);
        QFETCH(QString, scenario);
        const json created = m_sandbox.create(
            {{"name", "refused"},
             {"permittedIps",
              scenario == u"ip" ? json({"10.0.0.0/8", "192.168.1.1"}) : json::array()},
             {"expireTime", scenario == u"expired" ? SandboxFixture::now() - 5 : 0}});
        const std::string cleartext = created["cleartext"];
        if (scenario == u"inactive")
            m_sandbox.client().post(QStringLiteral("/v1/mgmt/accesskey/deactivate"),
                                    {{"id", created["key"]["id"]}});

        const QByteArray project = m_sandbox.projectId().toUtf8();
        QByteArray authorization = "Bearer " + project + ':' + QByteArray::fromStdString(cleartext);
        if (scenario == u"none")
            authorization = HttpTestClient::NoAuthorization;
        else if (scenario == u"empty")
            authorization = "Bearer " + project + ':';
        else if (scenario == u"project")
            authorization = "Bearer P2other:" + QByteArray::fromStdString(cleartext);
        else if (scenario == u"unknown")
            authorization = "Bearer " + project + ":K2nobody.c2VjcmV0";
        else if (scenario == u"tampered")
            authorization.chop(2);

        const auto response = m_sandbox.client().send(
            "POST", QStringLiteral("/v1/auth/accesskey/exchange"), "{}", authorization);
        QCOMPARE(response.status, status);
        QCOMPARE(QString::fromStdString(errorCodeOf(response)), errorCode);
        QVERIFY2(
            QString::fromStdString(descriptionOf(response)).contains(mentions, Qt::CaseInsensitive),
            response.body.constData());
        QVERIFY(!response.json().contains("sessionJwt"));
    }

    void permittedIpsAdmitMatchingCallers_data()
    {
        QTest::addColumn<QString>("permitted");
        QTest::newRow("exact address") << "127.0.0.1";
        QTest::newRow("cidr") << "127.0.0.0/8";
        QTest::newRow("among others") << "10.1.2.3";
    }

    void permittedIpsAdmitMatchingCallers()
    {
        QFETCH(QString, permitted);
        json ips = {permitted.toStdString()};
        if (permitted == u"10.1.2.3")
            ips.push_back("127.0.0.1/32");
        const auto response = exchange(cleartextFor({{"name", "ip-ok"}, {"permittedIps", ips}}));
        QCOMPARE(response.status, 200);
    }

    void jwksIsPublicAndPerProject()
    {
        const auto v2 = m_sandbox.client().get(QStringLiteral("/v2/keys/") + m_sandbox.projectId(),
                                               HttpTestClient::NoAuthorization);
        QCOMPARE(v2.status, 200);
        QVERIFY(v2.json()["keys"].is_array());
        const auto v1 = m_sandbox.client().get(QStringLiteral("/v1/keys/") + m_sandbox.projectId(),
                                               HttpTestClient::NoAuthorization);
        QCOMPARE(v1.status, 200);
        QVERIFY(v1.json().is_array());
        QCOMPARE(v1.json()[0], v2.json()["keys"][0]);
        const auto other = m_sandbox.client().get(QStringLiteral("/v2/keys/P2someoneelse"),
                                                  HttpTestClient::NoAuthorization);
        QCOMPARE(other.status, 404);
        QCOMPARE(errorCodeOf(other), "E011404");
    }
};

QTEST_GUILESS_MAIN(TestSandboxExchange)
#include "tst_sandbox_exchange.moc"
