// What the client puts on the wire, compared with what Descope's SDKs send for the same call
// (paths, methods, headers, body keys; ../shared/descope-api.md), as the sandbox saw it; and
// that the client's log never carries a secret.

#include "ApiLogging.h"
#include "ClientFixture.h"

#include <QTest>

#include <set>

using namespace descope;
using nlohmann::json;

namespace {

std::set<std::string> keysOf(const QByteArray &body)
{
    std::set<std::string> keys;
    const json parsed =
        json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (parsed.is_object()) {
        for (const auto &item : parsed.items())
            keys.insert(item.key());
    }
    return keys;
}

QByteArray header(const sandbox::RecordedRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key == name)
            return value;
    }
    return {};
}

QStringList captured;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}

} // namespace

class TestClientRequests : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_sandbox;

    // Runs one call and returns the one request the sandbox received for it.
    template <typename T, typename Call>
    sandbox::RecordedRequest sent(Call &&call)
    {
        m_sandbox.server().clearRecordedRequests();
        await<T>(std::forward<Call>(call));
        const auto requests = m_sandbox.server().recordedRequests();
        if (requests.size() != 1)
            qWarning("expected one request, saw %lld", qlonglong(requests.size()));
        return requests.value(0);
    }

    void verifyManagementHeaders(const sandbox::RecordedRequest &request)
    {
        QCOMPARE(header(request, "authorization"),
                 "Bearer " + m_sandbox.host().projectId().toUtf8() + ":<redacted>");
        QCOMPARE(header(request, "x-descope-sdk-name"), QByteArray("descope-key-console"));
        QVERIFY(!header(request, "x-descope-sdk-version").isEmpty());
        QCOMPARE(header(request, "x-descope-project-id"), m_sandbox.host().projectId().toUtf8());
        if (!request.body.isEmpty())
            QCOMPARE(header(request, "content-type"), QByteArray("application/json"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void createSendsTheSdkFields()
    {
        CreateKeyRequest create;
        create.name = QStringLiteral("wire");
        const auto request = sent<CreatedKey>([&](auto *context, auto callback) {
            m_sandbox.client().createKey(create, context, callback);
        });
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v1/mgmt/accesskey/create"));
        verifyManagementHeaders(request);
        const std::set<std::string> expected = {"name",         "expireTime",       "roleNames",
                                                "keyTenants",   "description",      "permittedIps",
                                                "customClaims", "customAttributes", "userId"};
        QCOMPARE(keysOf(request.body), expected);
    }

    void loadUsesTheIdQueryParameter()
    {
        const auto request = sent<AccessKey>([&](auto *context, auto callback) {
            m_sandbox.client().loadKey(QStringLiteral("K2abc"), context, callback);
        });
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QStringLiteral("/v1/mgmt/accesskey"));
        QCOMPARE(request.query, QStringLiteral("id=K2abc"));
        QVERIFY(request.body.isEmpty());
        verifyManagementHeaders(request);
    }

    void updateSendsTheCompleteState()
    {
        UpdateKeyRequest update;
        update.id = QStringLiteral("K2abc");
        update.name = QStringLiteral("n");
        const auto request = sent<AccessKey>([&](auto *context, auto callback) {
            m_sandbox.client().updateKey(update, context, callback);
        });
        QCOMPARE(request.path, QStringLiteral("/v1/mgmt/accesskey/update"));
        const std::set<std::string> expected = {
            "id",         "name",         "description",  "roleNames",
            "keyTenants", "permittedIps", "customClaims", "customAttributes"};
        QCOMPARE(keysOf(request.body), expected);
        const json body = json::parse(request.body.toStdString());
        QCOMPARE(body["description"], "");
        QCOMPARE(body["roleNames"], json::array());
        QCOMPARE(body["customClaims"], json::object());
    }

    void searchSendsItsFilters()
    {
        KeySearchQuery query;
        query.tenantIds = {QStringLiteral("T2x")};
        query.creatingUser = QStringLiteral("ada");
        const auto request = sent<QList<AccessKey>>([&](auto *context, auto callback) {
            m_sandbox.client().searchKeys(query, context, callback);
        });
        QCOMPARE(request.path, QStringLiteral("/v1/mgmt/accesskey/search"));
        const json body = json::parse(request.body.toStdString());
        QCOMPARE(body["tenantIds"], json({"T2x"}));
        QCOMPARE(body["creatingUser"], "ada");
    }

    void singleAndBatchActionsSendIdAndIds_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("batch");
        for (const char *action : {"activate", "deactivate", "delete"}) {
            QTest::addRow("%s", action) << QString::fromLatin1(action) << false;
            QTest::addRow("%s batch", action) << QString::fromLatin1(action) << true;
        }
        QTest::addRow("rotate") << QStringLiteral("rotate") << false;
    }

    void singleAndBatchActionsSendIdAndIds()
    {
        QFETCH(QString, action);
        QFETCH(bool, batch);
        using Single =
            ApiJob *(ManagementClient::*)(const QString &, const QObject *, Callback<Done>);
        using Many =
            ApiJob *(ManagementClient::*)(const QStringList &, const QObject *, Callback<Done>);
        const std::map<QString, std::pair<Single, Many>> methods = {
            {QStringLiteral("activate"),
             {&ManagementClient::activateKey, &ManagementClient::activateKeys}},
            {QStringLiteral("deactivate"),
             {&ManagementClient::deactivateKey, &ManagementClient::deactivateKeys}},
            {QStringLiteral("delete"),
             {&ManagementClient::deleteKey, &ManagementClient::deleteKeys}}};
        sandbox::RecordedRequest request;
        if (action == u"rotate") {
            request = sent<CreatedKey>([&](auto *context, auto callback) {
                m_sandbox.client().rotateKey(QStringLiteral("K2a"), context, callback);
            });
        } else if (batch) {
            request = sent<Done>([&](auto *context, auto callback) {
                (m_sandbox.client().*methods.at(action).second)(
                    {QStringLiteral("K2a"), QStringLiteral("K2b")}, context, callback);
            });
        } else {
            request = sent<Done>([&](auto *context, auto callback) {
                (m_sandbox.client().*methods.at(action).first)(QStringLiteral("K2a"), context,
                                                               callback);
            });
        }
        QCOMPARE(request.path, QStringLiteral("/v1/mgmt/accesskey/") + action +
                                   (batch ? QStringLiteral("/batch") : QString()));
        verifyManagementHeaders(request);
        const json body = json::parse(request.body.toStdString());
        QCOMPARE(body, batch ? json({{"ids", {"K2a", "K2b"}}}) : json({{"id", "K2a"}}));
    }

    void exchangeAndJwksAuthenticateAsTheSdksDo()
    {
        CreateKeyRequest create;
        create.name = QStringLiteral("exchanging");
        const QString cleartext = await<CreatedKey>([&](auto *context, auto callback) {
                                      m_sandbox.client().createKey(create, context, callback);
                                  })
                                      ->value()
                                      .cleartext;
        const auto exchange = sent<wire::ExchangeAnswer>([&](auto *context, auto callback) {
            m_sandbox.client().exchangeRaw(cleartext, {}, {}, context, callback);
        });
        QCOMPARE(exchange.path, QStringLiteral("/v1/auth/accesskey/exchange"));
        QCOMPARE(header(exchange, "authorization"),
                 "Bearer " + m_sandbox.host().projectId().toUtf8() + ":<redacted>");
        QCOMPARE(exchange.status, 200);
        QCOMPARE(json::parse(exchange.body.toStdString()),
                 json({{"loginOptions", json::object()}}));

        const auto keys = sent<nlohmann::json>(
            [&](auto *context, auto callback) { m_sandbox.client().jwks(context, callback); });
        QCOMPARE(keys.method, QByteArray("GET"));
        QCOMPARE(keys.path, QStringLiteral("/v2/keys/") + m_sandbox.host().projectId());
        QCOMPARE(header(keys, "authorization"), "Bearer " + m_sandbox.host().projectId().toUtf8());
    }

    void theLogNeverCarriesASecret()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("descope.api.body.info=true"));
        captured.clear();
        const auto previous = qInstallMessageHandler(captureMessages);
        CreateKeyRequest create;
        create.name = QStringLiteral("logged");
        const auto created = await<CreatedKey>([&](auto *context, auto callback) {
            m_sandbox.client().createKey(create, context, callback);
        });
        const QString cleartext = created->value().cleartext;
        const auto exchanged = await<wire::ExchangeAnswer>([&](auto *context, auto callback) {
            m_sandbox.client().exchangeRaw(cleartext, {}, {}, context, callback);
        });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(exchanged && !exchanged->value().sessionJwt.isEmpty());
        const QString log = captured.join(u'\n');
        QVERIFY(log.contains(QStringLiteral("/v1/mgmt/accesskey/create"))); // it did log
        QVERIFY(log.contains(QStringLiteral("<redacted")));
        QVERIFY(!log.contains(cleartext));
        QVERIFY(!log.contains(cleartext.section(u'.', 1)));
        QVERIFY(!log.contains(exchanged->value().sessionJwt.section(u'.', 2)));
        QVERIFY(!log.contains(m_sandbox.host().managementKey()));
    }

    void redactionCoversNestedSecretsAndStrayTokens()
    {
        const QByteArray body =
            R"({"key":{"id":"K2"},"cleartext":"K2.secret","nested":[{"sessionJwt":"a.b.c"}],"note":"eyJhbGciOi.eyJzdWIi.sig"})";
        const QByteArray redacted = redactedForLog(body);
        QVERIFY(!redacted.contains("K2.secret"));
        QVERIFY(!redacted.contains("a.b.c"));
        QVERIFY(!redacted.contains("eyJzdWIi"));
        QVERIFY(redacted.contains("\"id\":\"K2\""));
        QCOMPARE(redactedForLog("not json at all"), QByteArray("<15 bytes, not JSON>"));
    }
};

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_client_requests.moc"
