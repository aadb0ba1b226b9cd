// User passkey import and the list call that shows what arrived.

#include "SandboxFixture.h"

#include <QTest>

using nlohmann::json;

namespace {

json descopeDevice(const std::string &credentialId)
{
    return {{"descope",
             {{"credentialId", credentialId},
              {"rpId", "example.com"},
              {"publicKey", "pQECAyYgASFYIBq0Yw=="},
              {"attestationType", "none"},
              {"aaguid", "adce0002-35bc-c60a-648b-0b25f1f05503"},
              {"transports", {"internal", "hybrid"}},
              {"backupEligible", true},
              {"backupState", false}}}};
}

json auth0Device(const std::string &keyId)
{
    return {{"auth0",
             {{"keyId", keyId},
              {"rpId", "login.example.com"},
              {"publicKey", "pQECAyYgASFYIBq0Yw"},
              {"credentialDeviceType", "multiDevice"},
              {"credentialBackedUp", true},
              {"userHandle", "dXNlcg"}}}};
}

} // namespace

class TestSandboxPasskeys : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    HttpTestClient::Response import(const json &body)
    {
        return m_sandbox.client().post(QStringLiteral("/v1/mgmt/user/passkeys/import"), body);
    }
    json list(const std::string &loginId)
    {
        return m_sandbox.client()
            .post(QStringLiteral("/v1/mgmt/user/passkeys/list"), {{"loginId", loginId}})
            .json();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void importStoresDescopeAndAuth0Devices()
    {
        const auto response =
            import({{"loginId", "ada@example.com"},
                    {"devices", {descopeDevice("Y3JlZDE"), auth0Device("a2V5")}}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json::object());

        const json passkeys = list("ada@example.com")["passkeys"];
        QCOMPARE(passkeys.size(), 2u);
        QCOMPARE(passkeys[0]["id"], "Y3JlZDE");
        QCOMPARE(passkeys[0]["rpId"], "example.com");
        QCOMPARE(passkeys[0]["kind"], "descope");
        QCOMPARE(passkeys[0]["transports"], json({"internal", "hybrid"}));
        QCOMPARE(passkeys[0]["backupEligible"], true);
        QCOMPARE(passkeys[1]["id"], "a2V5");
        QCOMPARE(passkeys[1]["kind"], "auth0");
        QCOMPARE(passkeys[1]["backupState"], true);
        QVERIFY(passkeys[1]["createdTime"].get<long long>() > 0);
        QCOMPARE(list("someone-else@example.com")["passkeys"], json::array());
    }

    void reimportReplacesTheSameCredential()
    {
        import({{"loginId", "bob"}, { "devices", { descopeDevice("c2FtZQ") } }});
        json device = descopeDevice("c2FtZQ");
        device["descope"]["rpId"] = "other.example.com";
        QCOMPARE(import({{"loginId", "bob"}, {"devices", {device}}}).status, 200);
        const json passkeys = list("bob")["passkeys"];
        QCOMPARE(passkeys.size(), 1u);
        QCOMPARE(passkeys[0]["rpId"], "other.example.com");
    }

    void badImportsNameTheFieldAndStoreNothing_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no login")
            << R"({"devices":[{"auth0":{"keyId":"a","rpId":"r","publicKey":"AA=="}}]})"
            << "loginId";
        QTest::newRow("no devices") << R"({"loginId":"carol"})"
                                    << "devices";
        QTest::newRow("neither kind") << R"({"loginId":"carol","devices":[{}]})"
                                      << "devices[0]";
        QTest::newRow("both kinds")
            << R"({"loginId":"carol","devices":[{"descope":{},"auth0":{}}]})"
            << "exactly one";
        QTest::newRow("no credential id")
            << R"({"loginId":"carol","devices":[{"descope":{"rpId":"r","publicKey":"AA=="}}]})"
            << "devices[0].descope.credentialId";
        QTest::newRow("bad public key")
            << R"({"loginId":"carol","devices":[{"auth0":{"keyId":"k","rpId":"r","publicKey":"%%%"}}]})"
            << "devices[0].auth0.publicKey";
        QTest::newRow("second device bad")
            << R"({"loginId":"carol","devices":[{"auth0":{"keyId":"k","rpId":"r","publicKey":"AA=="}},{"auth0":{"keyId":"k2","publicKey":"AA=="}}]})"
            << "devices[1].auth0.rpId";
        QTest::newRow("duplicate credential")
            << R"({"loginId":"carol","devices":[{"auth0":{"keyId":"k","rpId":"r","publicKey":"AA=="}},{"auth0":{"keyId":"k","rpId":"r","publicKey":"AA=="}}]})"
            << "more than once";
    }

    void badImportsNameTheFieldAndStoreNothing()
    {
        QFETCH(QString, body);
        QFETCH(QString, mentions);
        const auto response = m_sandbox.client().postRaw(
            QStringLiteral("/v1/mgmt/user/passkeys/import"), body.toUtf8());
        QCOMPARE(response.status, 400);
        QVERIFY2(QString::fromStdString(descriptionOf(response)).contains(mentions),
                 response.body.constData());
        QCOMPARE(list("carol")["passkeys"], json::array());
    }
};

QTEST_GUILESS_MAIN(TestSandboxPasskeys)
#include "tst_sandbox_passkeys.moc"
