// Decoding and verifying session tokens, without a server: malformed tokens are refused with a
// reason, and only RS256 with a known kid verifies.

#include "Jwt.h"

#include <QTest>

using namespace descope;

namespace {

QByteArray part(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "three";
        QTest::newRow("two parts") << QByteArray("a.b") << "three";
        QTest::newRow("header not json") << part("nope") + '.' + part("{}") + ".c2ln"
                                         << "header";
        QTest::newRow("payload not object") << part("{}") + '.' + part("[1]") + ".c2ln"
                                            << "payload";
        QTest::newRow("bad base64") << part("{}") + '.' + part("{}") + ".***"
                                    << "signature";
    }

    void malformedTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!decodeJwt(token, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void decodesHeaderAndClaims()
    {
        QString error;
        const auto jwt = decodeJwt(part(R"({"alg":"RS256","kid":"k1"})") + '.' +
                                       part(R"({"sub":"K2","nsec":{"a":1}})") + ".c2ln",
                                   &error);
        QVERIFY2(jwt, qPrintable(error));
        QCOMPARE(jwt->header["kid"].get<std::string>(), std::string("k1"));
        QCOMPARE(jwt->claims["nsec"]["a"].get<int>(), 1);
        QCOMPARE(jwt->signature, QByteArray("sig"));
    }

    void onlyRs256WithAKnownKeyVerifies()
    {
        QString error;
        const nlohmann::json jwks = {
            {"keys", {{{"kid", "k1"}, {"kty", "RSA"}, {"n", "AQAB"}, {"e", "AQAB"}}}}};
        auto hs256 =
            decodeJwt(part(R"({"alg":"HS256","kid":"k1"})") + '.' + part("{}") + ".c2ln", &error);
        QVERIFY(hs256);
        QVERIFY(!verifyJwtSignature(*hs256, jwks, &error));
        QVERIFY(error.contains(QStringLiteral("HS256")));

        auto unknownKid =
            decodeJwt(part(R"({"alg":"RS256","kid":"k9"})") + '.' + part("{}") + ".c2ln", &error);
        QVERIFY(!verifyJwtSignature(*unknownKid, jwks, &error));
        QVERIFY(error.contains(QStringLiteral("k9")));

        auto badSignature =
            decodeJwt(part(R"({"alg":"RS256","kid":"k1"})") + '.' + part("{}") + ".c2ln", &error);
        QVERIFY(!verifyJwtSignature(*badSignature, jwks, &error));
    }
};

QTEST_APPLESS_MAIN(TestJwt)
#include "tst_jwt.moc"
