// Exchanging a key for a session JWT, decoded and verified against the project's JWKS.

#include "ClientFixture.h"
#include "KeyExchange.h"

#include <QDateTime>
#include <QTest>

using namespace descope;

class TestKeyExchange : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_sandbox;

    CreatedKey createKey()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("exchange me");
        request.roleNames = {QStringLiteral("Viewer")};
        request.customClaims = {{QStringLiteral("k1"), QStringLiteral("v1")}};
        return await<CreatedKey>([&](auto *context, auto callback) {
                   m_sandbox.client().createKey(request, context, callback);
               })
            ->value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void exchangeVerifiesAndDecodes()
    {
        const CreatedKey created = createKey();
        KeyExchange exchange(&m_sandbox.client());
        const QJsonObject claims = {{QStringLiteral("scope"), QStringLiteral("read")}};
        const auto result = await<ExchangeResult>([&](auto *context, auto callback) {
            exchange.exchange(created.cleartext, claims, {}, context, callback);
        });
        QVERIFY(result && *result);
        const ExchangeResult &token = result->value();
        QVERIFY2(token.signatureVerified, qPrintable(token.verificationProblem));
        QCOMPARE(token.keyId, created.key.id);
        QCOMPARE(token.header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(token.claims.value(QStringLiteral("sub")).toString(), created.key.id);
        QCOMPARE(token.claims.value(QStringLiteral("k1")).toString(), QStringLiteral("v1"));
        QCOMPARE(token.claims.value(QStringLiteral("nsec")).toObject(), claims);
        QVERIFY(token.expiration > QDateTime::currentSecsSinceEpoch());
    }

    void keysAreFetchedOnceAndAgainForAnUnknownKid()
    {
        const CreatedKey created = createKey();
        KeyExchange exchange(&m_sandbox.client());
        m_sandbox.server().clearRecordedRequests();
        for (int i = 0; i < 2; ++i) {
            const auto result = await<ExchangeResult>([&](auto *context, auto callback) {
                exchange.exchange(created.cleartext, {}, {}, context, callback);
            });
            QVERIFY(result->value().signatureVerified);
        }
        int jwksFetches = 0;
        for (const auto &request : m_sandbox.server().recordedRequests())
            jwksFetches += request.path.startsWith(QStringLiteral("/v2/keys/")) ? 1 : 0;
        QCOMPARE(jwksFetches, 1);
    }

    void refusedExchangeIsAnError()
    {
        KeyExchange exchange(&m_sandbox.client());
        const auto result = await<ExchangeResult>([&](auto *context, auto callback) {
            exchange.exchange(QStringLiteral("K2nobody.c2VjcmV0"), {}, {}, context, callback);
        });
        QVERIFY(!*result);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().errorCode, QStringLiteral("E062803"));
        const auto empty = await<ExchangeResult>([&](auto *context, auto callback) {
            exchange.exchange(QStringLiteral("  "), {}, {}, context, callback);
        });
        QCOMPARE(empty->error().kind, ApiError::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestKeyExchange)
#include "tst_key_exchange.moc"
