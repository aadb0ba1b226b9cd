// The wire JSON both ways: lenient decoding of what real servers send, decode errors that name
// the field, error bodies, exact request bodies, and the sentences errors show to people.
#include "JsonTestPrinting.h"
#include "KeyRequests.h"
#include "WireJson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <nlohmann/json.hpp>

#include <limits>

using namespace descope;
using json = nlohmann::json;

Q_DECLARE_METATYPE(descope::ApiError)

namespace {

QByteArray bytes(const json &value)
{
    const std::string text = value.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

json fullKeyDocument()
{
    QFile file(QStringLiteral(":/data/full_key_answer.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the fixture full_key_answer.json is missing");
    const QByteArray text = file.readAll();
    return json::parse(text.constData(), text.constData() + text.size());
}

// What data/full_key_answer.json says, written out by hand.
AccessKey fullKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2abcDEF0123456789");
    key.name = QStringLiteral("deploy bot");
    key.description = QStringLiteral("used by the deploy pipeline");
    key.roleNames = {QStringLiteral("Tenant Admin"), QStringLiteral("viewer")};
    key.keyTenants = {
        {QStringLiteral("T2acme"), QStringLiteral("Acme Corp"), {QStringLiteral("editor")}},
        {QStringLiteral("T2globex"), QStringLiteral("Globex"), {}},
    };
    key.active = false;
    key.createdTime = 1700000000;
    key.expireTime = 1893456000;
    key.createdBy = QStringLiteral("U2admin");
    key.clientId = QStringLiteral("C2client");
    key.boundUserId = QStringLiteral("U2bound");
    key.customClaims = {
        {QStringLiteral("team"), QStringLiteral("ops")},
        {QStringLiteral("level"), 3},
        {QStringLiteral("ratio"), 0.5},
        {QStringLiteral("sso"), true},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
    };
    key.permittedIps = {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.7")};
    key.customAttributes = {
        {QStringLiteral("costCenter"), QStringLiteral("cc-42")},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), QJsonValue::Null}}},
    };
    key.editable = false;
    return key;
}

// The full key with one field back at its unset value.
AccessKey fullKeyWithout(const QString &field)
{
    AccessKey key = fullKey();
    const AccessKey unset;
    if (field == u"name")
        key.name = unset.name;
    else if (field == u"description")
        key.description = unset.description;
    else if (field == u"roleNames")
        key.roleNames = unset.roleNames;
    else if (field == u"keyTenants")
        key.keyTenants = unset.keyTenants;
    else if (field == u"keyTenants/0/tenantId")
        key.keyTenants[0].tenantId.clear();
    else if (field == u"keyTenants/0/tenantName")
        key.keyTenants[0].tenantName.clear();
    else if (field == u"keyTenants/0/roleNames")
        key.keyTenants[0].roleNames.clear();
    else if (field == u"status")
        key.active = unset.active;
    else if (field == u"createdTime")
        key.createdTime = unset.createdTime;
    else if (field == u"expireTime")
        key.expireTime = unset.expireTime;
    else if (field == u"createdBy")
        key.createdBy = unset.createdBy;
    else if (field == u"clientId")
        key.clientId = unset.clientId;
    else if (field == u"boundUserId")
        key.boundUserId = unset.boundUserId;
    else if (field == u"customClaims")
        key.customClaims = unset.customClaims;
    else if (field == u"permittedIps")
        key.permittedIps = unset.permittedIps;
    else if (field == u"customAttributes")
        key.customAttributes = unset.customAttributes;
    else if (field == u"editable")
        key.editable = unset.editable;
    else
        qFatal("unknown field %s", qPrintable(field));
    return key;
}

// Compares field by field, so a failure says which one differs.
void compareKeys(const AccessKey &actual, const AccessKey &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.roleNames, expected.roleNames);
    QCOMPARE(actual.keyTenants.size(), expected.keyTenants.size());
    for (qsizetype i = 0; i < actual.keyTenants.size(); ++i) {
        QCOMPARE(actual.keyTenants[i].tenantId, expected.keyTenants[i].tenantId);
        QCOMPARE(actual.keyTenants[i].tenantName, expected.keyTenants[i].tenantName);
        QCOMPARE(actual.keyTenants[i].roleNames, expected.keyTenants[i].roleNames);
    }
    QCOMPARE(actual.active, expected.active);
    QCOMPARE(actual.createdTime, expected.createdTime);
    QCOMPARE(actual.expireTime, expected.expireTime);
    QCOMPARE(actual.createdBy, expected.createdBy);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.boundUserId, expected.boundUserId);
    QCOMPARE(actual.customClaims, expected.customClaims);
    QCOMPARE(actual.permittedIps, expected.permittedIps);
    QCOMPARE(actual.customAttributes, expected.customAttributes);
    QCOMPARE(actual.editable, expected.editable);
    QVERIFY(actual == expected); // nothing the field list above forgot
}

// The same key through each answer that carries keys: {"key":...}, the create answer and a
// one-key search answer. Each check runs against all three.
struct KeyDecodings
{
    Result<AccessKey> key;
    Result<AccessKey> created;
    Result<AccessKey> searched;
};

Result<AccessKey> onlyKeyOf(const Result<QList<AccessKey>> &result)
{
    if (!result)
        return result.error();
    if (result.value().size() != 1)
        return ApiError::decode(QStringLiteral("test: expected exactly one key"));
    return result.value().first();
}

KeyDecodings decodeEveryWay(const json &key)
{
    const auto created = wire::decodeCreatedKeyAnswer(bytes({{"key", key}, {"cleartext", "s"}}));
    return {wire::decodeKeyAnswer(bytes({{"key", key}})),
            created ? Result<AccessKey>(created.value().key) : Result<AccessKey>(created.error()),
            onlyKeyOf(wire::decodeSearchAnswer(bytes({{"keys", json::array({key})}})))};
}

template <typename T>
QString describe(const Result<T> &result)
{
    return result ? QStringLiteral("(decoded fine)") : result.error().description;
}

} // namespace

class TestWireJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- keys ----------------------------------------------------------------------------

    void decodesAFullKeyAnswer()
    {
        const auto result = wire::decodeKeyAnswer(bytes(fullKeyDocument()));
        QVERIFY2(result, qPrintable(describe(result)));
        compareKeys(result.value(), fullKey());
    }

    void everyUnsetSpellingReadsAsUnset_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("spelling"); // JSON text, or "absent"

        const QStringList fields = {
            QStringLiteral("name"),
            QStringLiteral("description"),
            QStringLiteral("roleNames"),
            QStringLiteral("keyTenants"),
            QStringLiteral("keyTenants/0/tenantId"),
            QStringLiteral("keyTenants/0/tenantName"),
            QStringLiteral("keyTenants/0/roleNames"),
            QStringLiteral("status"),
            QStringLiteral("createdTime"),
            QStringLiteral("expireTime"),
            QStringLiteral("createdBy"),
            QStringLiteral("clientId"),
            QStringLiteral("boundUserId"),
            QStringLiteral("customClaims"),
            QStringLiteral("permittedIps"),
            QStringLiteral("customAttributes"),
            QStringLiteral("editable"),
        };
        const QList<QByteArray> spellings = {"absent", "null", "\"\"", "[]", "{}"};
        for (const QString &field : fields) {
            for (const QByteArray &spelling : spellings)
                QTest::addRow("%s = %s", qPrintable(field), spelling.constData())
                    << field << spelling;
        }
    }

    void everyUnsetSpellingReadsAsUnset()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, spelling);
        json document = fullKeyDocument();
        const json::json_pointer pointer("/key/" + field.toStdString());
        QVERIFY(document.contains(pointer));
        if (spelling == "absent")
            document[pointer.parent_pointer()].erase(pointer.back());
        else
            document[pointer] = json::parse(spelling.toStdString());

        const KeyDecodings decoded = decodeEveryWay(document["key"]);
        for (const auto *result : {&decoded.key, &decoded.created, &decoded.searched}) {
            QVERIFY2(*result, qPrintable(describe(*result)));
            compareKeys(result->value(), fullKeyWithout(field));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void unknownFieldsAreIgnored()
    {
        json document = fullKeyDocument();
        document["requestId"] = "r-1";
        document["key"]["futureField"] = {{"deeply", {1, 2, {{"x", nullptr}}}}};
        document["key"]["expiredTime"] = "typo fields from other SDKs";
        document["key"]["keyTenants"][0]["tenantDomain"] = 7;
        document["key"]["keyTenants"][1]["extra"] = json::array({json::object(), "x"});
        const auto result = wire::decodeKeyAnswer(bytes(document));
        QVERIFY2(result, qPrintable(describe(result)));
        compareKeys(result.value(), fullKey());

        const KeyDecodings decoded = decodeEveryWay(document["key"]);
        QVERIFY2(decoded.created, qPrintable(describe(decoded.created)));
        compareKeys(decoded.created.value(), fullKey());
        QVERIFY2(decoded.searched, qPrintable(describe(decoded.searched)));
        compareKeys(decoded.searched.value(), fullKey());
    }

    void membersOfOtherAnswersAreIgnored()
    {
        const json key = fullKeyDocument()["key"];
        json other = key;
        other["id"] = "K2other";
        // A search answer's "key" and a key answer's "keys" are unknown members there; so is
        // anything nested elsewhere that looks like them.
        const json document = {{"meta", {{"keys", {1, 2}}, {"key", "x"}}},
                               {"key", other},
                               {"keys", {key}},
                               {"page", {{"keys", json::array({json::array()})}}}};
        const auto searched = wire::decodeSearchAnswer(bytes(document));
        QVERIFY2(searched, qPrintable(describe(searched)));
        QCOMPARE(searched.value().size(), 1);
        compareKeys(searched.value().first(), fullKey());

        const auto loaded = wire::decodeKeyAnswer(bytes(document));
        QVERIFY2(loaded, qPrintable(describe(loaded)));
        QCOMPARE(loaded.value().id, QStringLiteral("K2other"));
    }

    void timesAcceptIntegersNumericStringsAndWholeFloats_data()
    {
        QTest::addColumn<QByteArray>("spelling");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("integer") << QByteArray("1893456000") << qint64(1893456000);
        QTest::newRow("numeric string") << QByteArray("\"1893456000\"") << qint64(1893456000);
        QTest::newRow("signed string") << QByteArray("\"+1893456000\"") << qint64(1893456000);
        QTest::newRow("negative string") << QByteArray("\"-5\"") << qint64(-5);
        QTest::newRow("whole float") << QByteArray("1893456000.0") << qint64(1893456000);
        QTest::newRow("exponent") << QByteArray("1.893456e9") << qint64(1893456000);
        QTest::newRow("float string") << QByteArray("\"1893456000.0\"") << qint64(1893456000);
        QTest::newRow("zero: never") << QByteArray("0") << qint64(0);
        QTest::newRow("int64 max string")
            << QByteArray("\"9223372036854775807\"") << std::numeric_limits<qint64>::max();
        QTest::newRow("int64 max")
            << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
    }

    void timesAcceptIntegersNumericStringsAndWholeFloats()
    {
        QFETCH(QByteArray, spelling);
        QFETCH(qint64, expected);
        json document = fullKeyDocument();
        document["key"]["expireTime"] = json::parse(spelling.toStdString());
        document["key"]["createdTime"] = json::parse(spelling.toStdString());
        const auto result = wire::decodeKeyAnswer(bytes(document));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result.value().expireTime, expected);
        QCOMPARE(result.value().createdTime, expected);
    }

    void wrongTypesAreDecodeErrorsNamingThePath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("description");

        const auto row = [](const char *name, const char *pointer, const char *value,
                            const char *description) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QByteArray(value)
                                << QString::fromUtf8(description);
        };
        row("id number", "/key/id", "42", "key.id: expected a string, got a number");
        row("name number", "/key/name", "7", "key.name: expected a string, got a number");
        row("name object", "/key/name", "{\"a\":1}", "key.name: expected a string, got an object");
        row("name list", "/key/name", "[\"a\"]", "key.name: expected a string, got a list");
        row("roleNames object", "/key/roleNames", "{\"a\":\"b\"}",
            "key.roleNames: expected a list of strings, got an object");
        row("roleNames number", "/key/roleNames", "3",
            "key.roleNames: expected a list of strings, got a number");
        row("tenant roleNames string", "/key/keyTenants/1/roleNames", "\"editor\"",
            "key.keyTenants[1].roleNames: expected a list of strings, got a string");
        row("status object", "/key/status", "{\"active\":true}",
            "key.status: expected \"active\" or \"inactive\", got an object");
        row("createdTime list", "/key/createdTime", "[1700000000]",
            "key.createdTime: expected a number, got a list");
        row("editable list", "/key/editable", "[true]",
            "key.editable: expected true or false, got a list");
        row("editable number", "/key/editable", "1",
            "key.editable: expected true or false, got a number");
        row("customAttributes list", "/key/customAttributes", "[{\"a\":1}]",
            "key.customAttributes: expected an object, got a list");
        row("description bool", "/key/description", "true",
            "key.description: expected a string, got true");
        row("roleNames string", "/key/roleNames", "\"admin\"",
            "key.roleNames: expected a list of strings, got a string");
        row("roleNames item", "/key/roleNames/1", "5",
            "key.roleNames[1]: expected a string, got a number");
        row("roleNames null item", "/key/roleNames/0", "null",
            "key.roleNames[0]: expected a string, got null");
        row("keyTenants object", "/key/keyTenants", "{\"a\":1}",
            "key.keyTenants: expected a list, got an object");
        row("keyTenants item", "/key/keyTenants/1", "\"T2x\"",
            "key.keyTenants[1]: expected an object, got a string");
        row("tenantId", "/key/keyTenants/1/tenantId", "3",
            "key.keyTenants[1].tenantId: expected a string, got a number");
        row("tenantName", "/key/keyTenants/0/tenantName", "false",
            "key.keyTenants[0].tenantName: expected a string, got false");
        row("tenant roleNames item", "/key/keyTenants/0/roleNames/0", "[\"x\"]",
            "key.keyTenants[0].roleNames[0]: expected a string, got a list");
        row("status unknown", "/key/status", "\"expired\"",
            "key.status: expected \"active\" or \"inactive\", got \"expired\"");
        row("status number", "/key/status", "1",
            "key.status: expected \"active\" or \"inactive\", got a number");
        row("createdTime bool", "/key/createdTime", "true",
            "key.createdTime: expected a number, got true");
        row("expireTime word", "/key/expireTime", "\"soon\"",
            "key.expireTime: expected a number, got a string");
        row("expireTime fraction", "/key/expireTime", "1.5",
            "key.expireTime: expected a whole number, got 1.5");
        row("expireTime fraction string", "/key/expireTime", "\"2.25\"",
            "key.expireTime: expected a whole number, got 2.25");
        row("expireTime object", "/key/expireTime", "{\"seconds\":1}",
            "key.expireTime: expected a number, got an object");
        row("expireTime too large", "/key/expireTime", "18446744073709551615",
            "key.expireTime: the number 18446744073709551615 is too large");
        row("createdBy list", "/key/createdBy", "[\"U2\"]",
            "key.createdBy: expected a string, got a list");
        row("clientId number", "/key/clientId", "1",
            "key.clientId: expected a string, got a number");
        row("boundUserId number", "/key/boundUserId", "1",
            "key.boundUserId: expected a string, got a number");
        row("customClaims string", "/key/customClaims", "\"k=v\"",
            "key.customClaims: expected an object, got a string");
        row("customClaims list", "/key/customClaims", "[1]",
            "key.customClaims: expected an object, got a list");
        row("permittedIps item", "/key/permittedIps/0", "{}",
            "key.permittedIps[0]: expected a string, got an object");
        row("customAttributes number", "/key/customAttributes", "3",
            "key.customAttributes: expected an object, got a number");
        row("editable string", "/key/editable", "\"yes\"",
            "key.editable: expected true or false, got a string");
    }

    void wrongTypesAreDecodeErrorsNamingThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(QString, description);
        json document = fullKeyDocument();
        const json::json_pointer at(pointer.toStdString());
        QVERIFY(document.contains(at));
        document[at] = json::parse(value.toStdString());
        const KeyDecodings decoded = decodeEveryWay(document["key"]);
        for (const auto *result : {&decoded.key, &decoded.created}) {
            QVERIFY(!*result);
            QCOMPARE(result->error().kind, ApiError::Kind::Decode);
            QCOMPARE(result->error().description, description);
        }
        QVERIFY(!decoded.searched);
        QCOMPARE(decoded.searched.error().kind, ApiError::Kind::Decode);
        QVERIFY(description.startsWith(QStringLiteral("key.")));
        QCOMPARE(decoded.searched.error().description,
                 QStringLiteral("keys[0].") + description.mid(4));
    }

    void aKeyOfTheWrongTypeIsADecodeError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("description");
        QTest::newRow("string") << QByteArray("{\"key\":\"K2x\"}")
                                << QStringLiteral("key: expected an object, got a string");
        QTest::newRow("list") << QByteArray("{\"key\":[1]}")
                              << QStringLiteral("key: expected an object, got a list");
        QTest::newRow("number") << QByteArray("{\"key\":1,\"cleartext\":\"s\"}")
                                << QStringLiteral("key: expected an object, got a number");
    }

    void aKeyOfTheWrongTypeIsADecodeError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, description);
        const auto loaded = wire::decodeKeyAnswer(body);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, ApiError::Kind::Decode);
        QCOMPARE(loaded.error().description, description);
        QCOMPARE(wire::decodeCreatedKeyAnswer(body).error().description, description);
    }

    void aKeyWithoutIdIsADecodeError_data()
    {
        QTest::addColumn<QByteArray>("spelling");
        QTest::newRow("absent") << QByteArray("absent");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("empty") << QByteArray("\"\"");
    }

    void aKeyWithoutIdIsADecodeError()
    {
        QFETCH(QByteArray, spelling);
        json document = fullKeyDocument();
        if (spelling == "absent")
            document["key"].erase("id");
        else
            document["key"]["id"] = json::parse(spelling.toStdString());
        const KeyDecodings decoded = decodeEveryWay(document["key"]);
        QVERIFY(!decoded.key);
        QCOMPARE(decoded.key.error().description, QStringLiteral("key.id: missing"));
        QVERIFY(!decoded.created);
        QCOMPARE(decoded.created.error().description, QStringLiteral("key.id: missing"));
        QVERIFY(!decoded.searched);
        QCOMPARE(decoded.searched.error().description, QStringLiteral("keys[0].id: missing"));
    }

    void deeplyNestedClaimsAreRefused()
    {
        json nested = json::object();
        for (int i = 0; i < 300; ++i)
            nested = json{{"n", std::move(nested)}};
        json document = fullKeyDocument();
        document["key"]["customClaims"] = std::move(nested);
        const auto result = wire::decodeKeyAnswer(bytes(document));
        QVERIFY(!result);
        QVERIFY2(result.error().description.startsWith(
                     QStringLiteral("key.customClaims: nested more than")),
                 qPrintable(result.error().description));

        json shallower = json::array();
        for (int i = 0; i < 200; ++i)
            shallower = json::array({std::move(shallower)});
        document["key"]["customClaims"] = {{"n", shallower}};
        const auto accepted = wire::decodeKeyAnswer(bytes(document));
        QVERIFY2(accepted, qPrintable(describe(accepted)));
        QCOMPARE(wire::fromQJsonObject(accepted.value().customClaims),
                 document["key"]["customClaims"]);
    }

    void deeplyNestedUnknownMembersAreRefusedNotRecursedInto()
    {
        // Deep enough to exhaust a thread's stack if each level cost a call frame.
        const int depth = 1'000'000;
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        const auto key = wire::decodeKeyAnswer("{\"key\":{\"id\":\"K\",\"extra\":" + nested + "}}");
        QVERIFY(!key);
        QCOMPARE(key.error().description, QStringLiteral("key: nested more than 256 levels deep"));
        const auto keys = wire::decodeSearchAnswer("{\"other\":" + nested + ",\"keys\":[]}");
        QVERIFY(!keys);
        QCOMPARE(keys.error().description, QStringLiteral("nested more than 256 levels deep"));

        // Unknown members as deep as claims may be are skipped.
        const QByteArray deepEnough = QByteArray(200, '[') + QByteArray(200, ']');
        const auto accepted =
            wire::decodeKeyAnswer("{\"key\":{\"id\":\"K\",\"extra\":" + deepEnough + "}}");
        QVERIFY2(accepted, qPrintable(describe(accepted)));
        QCOMPARE(accepted.value().id, QStringLiteral("K"));
    }

    // ---- bodies that are not what was promised ----------------------------------------------

    void unparsableBodiesAreDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("description");
        const QString notJson = QStringLiteral("the answer is not valid JSON (truncated?)");
        const QByteArray full = bytes(fullKeyDocument());
        QTest::newRow("truncated mid-key") << full.left(full.size() / 2) << notJson;
        QTest::newRow("truncated at end") << full.chopped(1) << notJson;
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>") << notJson;
        QTest::newRow("trailing garbage") << QByteArray("{\"key\":{\"id\":\"K\"}} x") << notJson;
        QTest::newRow("NUL after the answer")
            << QByteArray("{\"key\":{\"id\":\"K\"}}\0x", 20) << notJson;
        QTest::newRow("not UTF-8") << QByteArray("{\"key\":{\"id\":\"K\xff\"}}") << notJson;
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("the answer is empty (expected a JSON object)");
        QTest::newRow("blank") << QByteArray(" \r\n")
                               << QStringLiteral("the answer is empty (expected a JSON object)");
        QTest::newRow("list") << QByteArray("[{\"id\":\"K\"}]")
                              << QStringLiteral("the answer is a list, not a JSON object");
        QTest::newRow("string") << QByteArray("\"ok\"")
                                << QStringLiteral("the answer is a string, not a JSON object");
        QTest::newRow("number") << QByteArray("42")
                                << QStringLiteral("the answer is a number, not a JSON object");
        QTest::newRow("null") << QByteArray("null")
                              << QStringLiteral("the answer is null, not a JSON object");
        QTest::newRow("no key") << QByteArray("{\"keys\":[]}") << QStringLiteral("key: missing");
        QTest::newRow("null key") << QByteArray("{\"key\":null}") << QStringLiteral("key: missing");
    }

    void unparsableBodiesAreDecodeErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, description);
        const auto result = wire::decodeKeyAnswer(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Decode);
        QCOMPARE(result.error().description, description);
        // Every decoder reports an unreadable body the same way.
        if (description.startsWith(QStringLiteral("the answer"))) {
            QCOMPARE(wire::decodeSearchAnswer(body).error().description, description);
            QCOMPARE(wire::decodeCreatedKeyAnswer(body).error().description, description);
            QCOMPARE(wire::decodeExchangeAnswer(body).error().description, description);
            QCOMPARE(wire::decodeTenantsAnswer(body).error().description, description);
        }
    }

    void searchAnswerNamesTheIndexOfABadKey()
    {
        json keys = json::array();
        for (int i = 0; i < 5; ++i) {
            json key = fullKeyDocument()["key"];
            key["id"] = "K" + std::to_string(i);
            keys.push_back(std::move(key));
        }
        keys[3]["expireTime"] = "next week";
        const auto result = wire::decodeSearchAnswer(bytes({{"keys", keys}}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Decode);
        QCOMPARE(result.error().description,
                 QStringLiteral("keys[3].expireTime: expected a number, got a string"));

        keys[3]["expireTime"] = 0;
        keys[2]["keyTenants"][1]["roleNames"] = {"ok", nullptr};
        QCOMPARE(wire::decodeSearchAnswer(bytes({{"keys", keys}})).error().description,
                 QStringLiteral("keys[2].keyTenants[1].roleNames[1]: expected a string, got null"));

        keys[2]["keyTenants"][1]["roleNames"] = {"ok"};
        const auto fixed = wire::decodeSearchAnswer(bytes({{"keys", keys}}));
        QVERIFY2(fixed, qPrintable(describe(fixed)));
        QCOMPARE(fixed.value().size(), 5);
        QCOMPARE(fixed.value()[4].id, QStringLiteral("K4"));
        QCOMPARE(fixed.value()[3].expireTime, 0);
        QCOMPARE(fixed.value()[2].customClaims, fullKey().customClaims);
    }

    void searchAnswerWithoutKeysIsEmpty_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("absent") << QByteArray("{}");
        QTest::newRow("null") << QByteArray("{\"keys\":null}");
        QTest::newRow("empty list") << QByteArray("{\"keys\":[]}");
        QTest::newRow("empty string") << QByteArray("{\"keys\":\"\"}");
    }

    void searchAnswerWithoutKeysIsEmpty()
    {
        QFETCH(QByteArray, body);
        const auto result = wire::decodeSearchAnswer(body);
        QVERIFY2(result, qPrintable(describe(result)));
        QVERIFY(result.value().isEmpty());
    }

    void searchAnswerOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("description");
        QTest::newRow("keys string") << QByteArray("{\"keys\":\"x\"}")
                                     << QStringLiteral("keys: expected a list, got a string");
        QTest::newRow("keys number")
            << QByteArray("{\"keys\":7}") << QStringLiteral("keys: expected a list, got a number");
        QTest::newRow("key item string")
            << QByteArray("{\"keys\":[{\"id\":\"K1\"},\"K2\"]}")
            << QStringLiteral("keys[1]: expected an object, got a string");
    }

    void searchAnswerOfTheWrongShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, description);
        const auto result = wire::decodeSearchAnswer(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Decode);
        QCOMPARE(result.error().description, description);
    }

    void createdKeyAnswerNeedsTheCleartext()
    {
        json document = fullKeyDocument();
        const auto without = wire::decodeCreatedKeyAnswer(bytes(document));
        QVERIFY(!without);
        QCOMPARE(without.error().kind, ApiError::Kind::Decode);
        QCOMPARE(without.error().description, QStringLiteral("cleartext: missing"));

        document["cleartext"] = "";
        QCOMPARE(wire::decodeCreatedKeyAnswer(bytes(document)).error().description,
                 QStringLiteral("cleartext: missing"));
        document["cleartext"] = 12;
        QCOMPARE(wire::decodeCreatedKeyAnswer(bytes(document)).error().description,
                 QStringLiteral("cleartext: expected a string, got a number"));

        document["cleartext"] = "K2abc:secret";
        const auto created = wire::decodeCreatedKeyAnswer(bytes(document));
        QVERIFY2(created, qPrintable(describe(created)));
        QCOMPARE(created.value().cleartext, QStringLiteral("K2abc:secret"));
        compareKeys(created.value().key, fullKey());
    }

    // ---- the other answers -------------------------------------------------------------------

    void decodesTenantsRolesAndLicense()
    {
        const json tenants = {{"tenants",
                               {{{"id", "T2a"}, {"name", "Acme"}, {"domains", json::array()}},
                                {{"id", "T2b"}, {"name", nullptr}}}}};
        const auto decodedTenants = wire::decodeTenantsAnswer(bytes(tenants));
        QVERIFY2(decodedTenants, qPrintable(describe(decodedTenants)));
        QCOMPARE(decodedTenants.value().size(), 2);
        QCOMPARE(decodedTenants.value()[0].id, QStringLiteral("T2a"));
        QCOMPARE(decodedTenants.value()[0].name, QStringLiteral("Acme"));
        QCOMPARE(decodedTenants.value()[1].name, QString());
        QCOMPARE(wire::decodeTenantsAnswer("{\"tenants\":[{\"name\":\"x\"}]}").error().description,
                 QStringLiteral("tenants[0].id: missing"));

        const json roles = {{"roles",
                             {{{"name", "editor"},
                               {"description", "edits"},
                               {"permissionNames", {"read", "write"}},
                               {"tenantId", "T2a"},
                               {"default", false}},
                              {{"name", "viewer"}, {"permissionNames", ""}}}}};
        const auto decodedRoles = wire::decodeRolesAnswer(bytes(roles));
        QVERIFY2(decodedRoles, qPrintable(describe(decodedRoles)));
        QCOMPARE(decodedRoles.value().size(), 2);
        QCOMPARE(decodedRoles.value()[0].name, QStringLiteral("editor"));
        QCOMPARE(decodedRoles.value()[0].description, QStringLiteral("edits"));
        QCOMPARE(decodedRoles.value()[0].permissionNames,
                 QStringList({QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(decodedRoles.value()[0].tenantId, QStringLiteral("T2a"));
        QVERIFY(decodedRoles.value()[1].permissionNames.isEmpty());
        QCOMPARE(wire::decodeRolesAnswer("{\"roles\":[{\"name\":\"a\",\"permissionNames\":[1]}]}")
                     .error()
                     .description,
                 QStringLiteral("roles[0].permissionNames[0]: expected a string, got a number"));

        const auto license = wire::decodeLicenseAnswer("{\"rateLimitTier\":\"tier3\"}");
        QVERIFY2(license, qPrintable(describe(license)));
        QCOMPARE(license.value().rateLimitTier, QStringLiteral("tier3"));
        QCOMPARE(wire::decodeLicenseAnswer("{\"rateLimitTier\":3}").error().description,
                 QStringLiteral("rateLimitTier: expected a string, got a number"));
    }

    void decodesPasskeys()
    {
        const json answer = {{"passkeys",
                              {{{"id", "Y3JlZA"},
                                {"rpId", "example.com"},
                                {"kind", "descope"},
                                {"displayName", "Imported passkey"},
                                {"createdTime", 1700000000}},
                               {{"id", "Y3JlZB"}, {"createdTime", "2023-11-14T22:13:20Z"}},
                               {{"id", "Y3JlZC"}, {"createdTime", "1700000001"}}}}};
        const auto result = wire::decodePasskeysAnswer(bytes(answer));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result.value().size(), 3);
        QCOMPARE(result.value()[0].id, QStringLiteral("Y3JlZA"));
        QCOMPARE(result.value()[0].rpId, QStringLiteral("example.com"));
        QCOMPARE(result.value()[0].kind, QStringLiteral("descope"));
        QCOMPARE(result.value()[0].displayName, QStringLiteral("Imported passkey"));
        QCOMPARE(result.value()[0].createdTime, 1700000000);
        QCOMPARE(result.value()[1].createdTime, 1700000000); // the same moment as RFC 3339
        QCOMPARE(result.value()[2].createdTime, 1700000001);
        QCOMPARE(wire::decodePasskeysAnswer("{\"passkeys\":[{\"id\":\"p\",\"createdTime\":\"x\"}]}")
                     .error()
                     .description,
                 QStringLiteral("passkeys[0].createdTime: expected a number, got a string"));
    }

    void decodesTheExchangeAnswer()
    {
        const auto result = wire::decodeExchangeAnswer(
            bytes({{"keyId", "K2a"}, {"sessionJwt", "a.b.c"}, {"expiration", "1700000600"}}));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result.value().keyId, QStringLiteral("K2a"));
        QCOMPARE(result.value().sessionJwt, QStringLiteral("a.b.c"));
        QCOMPARE(result.value().expiration, 1700000600);

        const auto noJwt = wire::decodeExchangeAnswer(bytes({{"keyId", "K2a"}}));
        QVERIFY(!noJwt);
        QCOMPARE(noJwt.error().description, QStringLiteral("sessionJwt: missing"));
        QCOMPARE(wire::decodeExchangeAnswer(bytes({{"sessionJwt", "a.b.c"}, {"expiration", "x"}}))
                     .error()
                     .description,
                 QStringLiteral("expiration: expected a number, got a string"));
    }

    void decodesJwks()
    {
        const json jwks = {
            {"keys", {{{"kid", "k1"}, {"kty", "RSA"}, {"n", "AQAB"}, {"e", "AQAB"}}}}};
        const auto result = wire::decodeJwksAnswer(bytes(jwks));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result.value(), jwks);

        const auto bare = wire::decodeJwksAnswer(bytes(jwks["keys"])); // the V1 shape
        QVERIFY2(bare, qPrintable(describe(bare)));
        QCOMPARE(bare.value(), jwks);

        QCOMPARE(wire::decodeJwksAnswer("{}").error().description, QStringLiteral("keys: missing"));
        QCOMPARE(wire::decodeJwksAnswer("{\"keys\":[1]}").error().description,
                 QStringLiteral("keys[0]: expected an object, got a number"));
        QCOMPARE(wire::decodeJwksAnswer("{\"keys\":[").error().description,
                 QStringLiteral("the answer is not valid JSON (truncated?)"));
    }

    void emptyAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("{}") << QByteArray("{}") << true;
        QTest::newRow("empty body") << QByteArray() << true;
        QTest::newRow("blank body") << QByteArray("\n") << true;
        QTest::newRow("object with fields") << QByteArray("{\"key\":{\"id\":\"K\"}}") << true;
        QTest::newRow("truncated") << QByteArray("{") << false;
        QTest::newRow("list") << QByteArray("[]") << false;
    }

    void emptyAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto result = wire::decodeEmptyAnswer(body);
        QCOMPARE(bool(result), ok);
        if (!ok)
            QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    }

    // ---- error answers ------------------------------------------------------------------------

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("message");

        QTest::newRow("descope, with errorMessage")
            << 400
            << QByteArray("{\"errorCode\":\"E011003\",\"errorDescription\":\"Request is invalid\","
                          "\"errorMessage\":\"The name field is required\"}")
            << QStringLiteral("E011003") << QStringLiteral("Request is invalid")
            << QStringLiteral("The name field is required");
        QTest::newRow("descope, without errorMessage")
            << 404
            << QByteArray("{\"errorCode\":\"E011404\",\"errorDescription\":\"Access key 'K2x' not "
                          "found\"}")
            << QStringLiteral("E011404") << QStringLiteral("Access key 'K2x' not found")
            << QString();
        QTest::newRow("java-style message")
            << 400
            << QByteArray("{\"errorCode\":\"E011002\",\"errorDescription\":\"Missing arguments\","
                          "\"message\":\"The id field is required\"}")
            << QStringLiteral("E011002") << QStringLiteral("Missing arguments")
            << QStringLiteral("The id field is required");
        QTest::newRow("rate limit")
            << 429
            << QByteArray("{\"errorCode\":\"E130429\",\"errorDescription\":\"https://"
                          "docs.descope.com/rate-limit\",\"errorMessage\":\"API rate limit "
                          "exceeded.\"}")
            << QStringLiteral("E130429") << QStringLiteral("https://docs.descope.com/rate-limit")
            << QStringLiteral("API rate limit exceeded.");
        QTest::newRow("without errorCode")
            << 500 << QByteArray("{\"errorMessage\":\"database unavailable\"}") << QString()
            << QStringLiteral("database unavailable") << QStringLiteral("database unavailable");
        QTest::newRow("only message")
            << 400 << QByteArray("{\"message\":\"bad input\"}") << QString()
            << QStringLiteral("bad input") << QStringLiteral("bad input");
        QTest::newRow("gateway error field")
            << 502 << QByteArray("{\"error\":\"upstream timed out\"}") << QString()
            << QStringLiteral("upstream timed out") << QString();
        QTest::newRow("numeric errorCode")
            << 400 << QByteArray("{\"errorCode\":1234,\"errorDescription\":\"odd\"}")
            << QStringLiteral("1234") << QStringLiteral("odd") << QString();
        QTest::newRow("empty object") << 502 << QByteArray("{}") << QString()
                                      << QStringLiteral("HTTP 502 Bad Gateway") << QString();
        QTest::newRow("html")
            << 502
            << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                          "<center><h1>502 Bad Gateway</h1></center></body></html>")
            << QString() << QStringLiteral("HTTP 502 Bad Gateway") << QString();
        QTest::newRow("empty body") << 503 << QByteArray() << QString()
                                    << QStringLiteral("HTTP 503 Service Unavailable") << QString();
        QTest::newRow("plain text")
            << 503 << QByteArray("upstream connect error or disconnect/reset before headers\n")
            << QString()
            << QStringLiteral("HTTP 503 Service Unavailable: upstream connect error or "
                              "disconnect/reset before headers")
            << QString();
        QTest::newRow("json string") << 500 << QByteArray("\"internal error\"") << QString()
                                     << QStringLiteral("internal error") << QString();
        QTest::newRow("unknown status")
            << 418 << QByteArray("[]") << QString() << QStringLiteral("HTTP 418") << QString();
        QTest::newRow("truncated json")
            << 400 << QByteArray("{\"errorCode\":\"E01") << QString()
            << QStringLiteral("HTTP 400 Bad Request: {\"errorCode\":\"E01") << QString();
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorCode);
        QFETCH(QString, description);
        QFETCH(QString, message);
        const ApiError error = wire::decodeErrorAnswer(status, body);
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.errorCode, errorCode);
        QCOMPARE(error.description, description);
        QCOMPARE(error.message, message);
        QVERIFY(!error.retryAfterSeconds); // headers are the transport's business
    }

    void longPlainTextErrorIsCut()
    {
        const QByteArray body = QByteArray("word ").repeated(100);
        const ApiError error = wire::decodeErrorAnswer(500, body);
        const QString prefix = QStringLiteral("HTTP 500 Internal Server Error: ");
        QVERIFY(error.description.startsWith(prefix));
        QCOMPARE(error.description.size(), prefix.size() + 200 + 1);
        QVERIFY(error.description.endsWith(QChar(0x2026)));
    }

    // ---- encoders -----------------------------------------------------------------------------

    void encodesCreate()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("deploy bot");
        request.expireTime = 1893456000;
        request.roleNames = {QStringLiteral("viewer")};
        request.keyTenants = {{QStringLiteral("T2a"),
                               QStringLiteral("Acme, not sent"),
                               {QStringLiteral("editor"), QStringLiteral("viewer")}}};
        request.description = QStringLiteral("ci");
        request.permittedIps = {QStringLiteral("10.0.0.0/8")};
        request.customClaims = {{QStringLiteral("team"), QStringLiteral("ops")},
                                {QStringLiteral("level"), 3}};
        request.customAttributes = {{QStringLiteral("costCenter"), QStringLiteral("cc-42")}};
        request.boundUserId = QStringLiteral("U2bound");

        const json expected = json::parse(
            "{\"name\":\"deploy bot\",\"expireTime\":1893456000,\"roleNames\":[\"viewer\"],"
            "\"keyTenants\":[{\"tenantId\":\"T2a\",\"roleNames\":[\"editor\",\"viewer\"]}],"
            "\"description\":\"ci\",\"permittedIps\":[\"10.0.0.0/8\"],"
            "\"customClaims\":{\"team\":\"ops\",\"level\":3},"
            "\"customAttributes\":{\"costCenter\":\"cc-42\"},\"userId\":\"U2bound\"}");
        const json actual = wire::encode(request);
        QCOMPARE(actual, expected);
        QVERIFY(actual["expireTime"].is_number_integer());
        QVERIFY(actual["customClaims"]["level"].is_number_integer());
    }

    void encodesAnEmptyCreateWithEveryField()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("n");
        const json expected =
            json::parse("{\"name\":\"n\",\"expireTime\":0,\"roleNames\":[],\"keyTenants\":[],"
                        "\"description\":\"\",\"permittedIps\":[],\"customClaims\":{},"
                        "\"customAttributes\":{},\"userId\":\"\"}");
        QCOMPARE(wire::encode(request), expected);
    }

    void encodesUpdateWithExplicitEmpties()
    {
        UpdateKeyRequest request;
        request.id = QStringLiteral("K2a");
        request.name = QStringLiteral("renamed");
        const json expected = json::parse(
            "{\"id\":\"K2a\",\"name\":\"renamed\",\"description\":\"\",\"roleNames\":[],"
            "\"keyTenants\":[],\"permittedIps\":[],\"customClaims\":{},"
            "\"customAttributes\":{}}");
        const json actual = wire::encode(request);
        QCOMPARE(actual, expected);
        // Explicit empties, never null: null would mean "keep" to the server.
        for (const auto &item : actual.items())
            QVERIFY2(!item.value().is_null(), item.key().c_str());
    }

    void encodesUpdateFromAKey()
    {
        const UpdateKeyRequest request = UpdateKeyRequest::fromKey(fullKey());
        QCOMPARE(request.id, fullKey().id);
        QCOMPARE(request.name, fullKey().name);
        QCOMPARE(request.description, fullKey().description);
        QCOMPARE(request.roleNames, fullKey().roleNames);
        QVERIFY(request.keyTenants == fullKey().keyTenants);
        QCOMPARE(request.permittedIps, fullKey().permittedIps);
        QCOMPARE(request.customClaims, fullKey().customClaims);
        QCOMPARE(request.customAttributes, fullKey().customAttributes);

        const json expected =
            json::parse("{\"id\":\"K2abcDEF0123456789\",\"name\":\"deploy bot\","
                        "\"description\":\"used by the deploy pipeline\","
                        "\"roleNames\":[\"Tenant Admin\",\"viewer\"],"
                        "\"keyTenants\":[{\"tenantId\":\"T2acme\",\"roleNames\":[\"editor\"]},"
                        "{\"tenantId\":\"T2globex\",\"roleNames\":[]}],"
                        "\"permittedIps\":[\"10.0.0.0/8\",\"192.168.1.7\"],"
                        "\"customClaims\":{\"team\":\"ops\",\"level\":3,\"ratio\":0.5,\"sso\":true,"
                        "\"tags\":[\"a\",\"b\"]},"
                        "\"customAttributes\":{\"costCenter\":\"cc-42\",\"nested\":{\"x\":null}}}");
        QCOMPARE(wire::encode(request), expected);
    }

    void encodesSearch_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no filters") << 0 << QByteArray("{\"tenantIds\":[]}");
        QTest::newRow("every filter")
            << 1
            << QByteArray("{\"tenantIds\":[\"T2a\",\"T2b\"],\"boundUserId\":\"U2b\","
                          "\"creatingUser\":\"ada\",\"customAttributes\":{\"costCenter\":\"cc\"},"
                          "\"text\":\"deploy\",\"sort\":[{\"field\":\"name\",\"desc\":false},"
                          "{\"field\":\"createdTime\",\"desc\":true}]}");
        QTest::newRow("text only") << 2 << QByteArray("{\"tenantIds\":[],\"text\":\"x\"}");
    }

    void encodesSearch()
    {
        QFETCH(int, variant);
        QFETCH(QByteArray, expected);
        KeySearchQuery query;
        if (variant == 1) {
            query.tenantIds = {QStringLiteral("T2a"), QStringLiteral("T2b")};
            query.boundUserId = QStringLiteral("U2b");
            query.creatingUser = QStringLiteral("ada");
            query.customAttributes = {{QStringLiteral("costCenter"), QStringLiteral("cc")}};
            query.text = QStringLiteral("deploy");
            query.sort = {{QStringLiteral("name"), false}, {QStringLiteral("createdTime"), true}};
        } else if (variant == 2) {
            query.text = QStringLiteral("x");
        }
        QCOMPARE(wire::encode(query), json::parse(expected.toStdString()));
    }

    void encodesIdsAndLoginId()
    {
        QCOMPARE(wire::encodeId(QStringLiteral("K2a")), json::parse("{\"id\":\"K2a\"}"));
        QCOMPARE(wire::encodeIds({QStringLiteral("K1"), QStringLiteral("K2")}),
                 json::parse("{\"ids\":[\"K1\",\"K2\"]}"));
        QCOMPARE(wire::encodeIds({}), json::parse("{\"ids\":[]}"));
        QCOMPARE(wire::encodeLoginId(QStringLiteral("ada@example.com")),
                 json::parse("{\"loginId\":\"ada@example.com\"}"));
    }

    void encodesExchange()
    {
        QCOMPARE(wire::encodeExchange({}, {}), json::parse("{\"loginOptions\":{}}"));
        QCOMPARE(wire::encodeExchange({}, QStringLiteral("T2a")),
                 json::parse("{\"loginOptions\":{\"selectedTenant\":\"T2a\"}}"));
        const QJsonObject claims = {{QStringLiteral("nsec-k1"), QStringLiteral("v1")},
                                    {QStringLiteral("n"), 2}};
        QCOMPARE(wire::encodeExchange(claims, {}),
                 json::parse("{\"loginOptions\":{\"customClaims\":{\"nsec-k1\":\"v1\",\"n\":2}}}"));
        QCOMPARE(wire::encodeExchange(claims, QStringLiteral("T2a")),
                 json::parse("{\"loginOptions\":{\"customClaims\":{\"nsec-k1\":\"v1\",\"n\":2},"
                             "\"selectedTenant\":\"T2a\"}}"));
    }

    void encodesPasskeyImport()
    {
        PasskeyDevice descopeDevice;
        descopeDevice.credentialId = QStringLiteral("Y3JlZA");
        descopeDevice.rpId = QStringLiteral("example.com");
        // Bytes whose base64 needs '+' and '/' and padding: standard base64, not base64url.
        descopeDevice.publicKey = QByteArray("\xfb\xef\xff\x01", 4);
        descopeDevice.attestationType = QStringLiteral("none");
        descopeDevice.aaguid = QStringLiteral("00000000-0000-0000-0000-000000000000");
        descopeDevice.transports = {QStringLiteral("internal"), QStringLiteral("hybrid")};
        descopeDevice.backupEligible = true;
        descopeDevice.backupState = false;

        PasskeyDevice auth0Device;
        auth0Device.format = PasskeyDevice::Format::Auth0;
        auth0Device.credentialId = QStringLiteral("a2V5");
        auth0Device.rpId = QStringLiteral("login.example.com");
        auth0Device.publicKey = QByteArray("\x00\x01\x02", 3);
        auth0Device.aaguid = QStringLiteral("aa");
        auth0Device.transports = {QStringLiteral("usb")};
        auth0Device.credentialDeviceType = QStringLiteral("multi_device");
        auth0Device.backupState = true;
        auth0Device.userHandle = QStringLiteral("dXNlcg");

        const json expected =
            json::parse("{\"loginId\":\"ada@example.com\",\"devices\":["
                        "{\"descope\":{\"credentialId\":\"Y3JlZA\",\"rpId\":\"example.com\","
                        "\"publicKey\":\"++//AQ==\",\"attestationType\":\"none\","
                        "\"aaguid\":\"00000000-0000-0000-0000-000000000000\","
                        "\"transports\":[\"internal\",\"hybrid\"],\"backupEligible\":true,"
                        "\"backupState\":false}},"
                        "{\"auth0\":{\"keyId\":\"a2V5\",\"rpId\":\"login.example.com\","
                        "\"publicKey\":\"AAEC\",\"aaguid\":\"aa\",\"transports\":[\"usb\"],"
                        "\"credentialDeviceType\":\"multi_device\",\"credentialBackedUp\":true,"
                        "\"userHandle\":\"dXNlcg\"}}]}");
        QCOMPARE(wire::encodePasskeyImport(QStringLiteral("ada@example.com"),
                                           {descopeDevice, auth0Device}),
                 expected);
    }

    // ---- conversions --------------------------------------------------------------------------

    void claimsRoundTripFaithfully()
    {
        const json original = json::parse(
            "{\"s\":\"text\",\"i\":42,\"neg\":-7,\"big\":9007199254740993,\"f\":2.5,"
            "\"t\":true,\"no\":false,\"nil\":null,\"list\":[1,\"two\",[3,{\"four\":4}],null],"
            "\"obj\":{\"inner\":{\"deep\":[true]}},\"empty\":{},\"none\":[],\"uni\":"
            "\"\\u00e9\\u20ac\"}");
        const QJsonObject converted = wire::toQJsonObject(original);
        QCOMPARE(converted.value(QStringLiteral("s")).toString(), QStringLiteral("text"));
        QCOMPARE(converted.value(QStringLiteral("i")).toInteger(), 42);
        QCOMPARE(converted.value(QStringLiteral("big")).toInteger(), 9007199254740993LL);
        QCOMPARE(converted.value(QStringLiteral("f")).toDouble(), 2.5);
        QVERIFY(converted.value(QStringLiteral("nil")).isNull());
        QCOMPARE(converted.value(QStringLiteral("uni")).toString(), QStringLiteral("\u00e9\u20ac"));
        QCOMPARE(converted.value(QStringLiteral("list"))
                     .toArray()
                     .at(2)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("four"))
                     .toInteger(),
                 4);

        const json back = wire::fromQJsonObject(converted);
        QCOMPARE(back, original);
        QVERIFY(back["i"].is_number_integer());
        QVERIFY(back["big"].is_number_integer()); // not squeezed through a double
        QVERIFY(back["f"].is_number_float());
        QVERIFY(back["list"][2][1]["four"].is_number_integer());

        QCOMPARE(wire::toQJsonObject(back), converted);
    }

    void conversionsOfNonObjectsAndEmpties()
    {
        QVERIFY(wire::toQJsonObject(json::array({1, 2})).isEmpty());
        QVERIFY(wire::toQJsonObject(json()).isEmpty());
        QCOMPARE(wire::fromQJsonObject({}), json::object());
        const json unsignedValue = json::parse("{\"u\":18446744073709551615}");
        QCOMPARE(wire::toQJsonObject(unsignedValue).value(QStringLiteral("u")).toDouble(),
                 18446744073709551615.0);
    }

    // ---- the sentences people read ------------------------------------------------------------

    void userMessagesStateTheEssentialFact_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QStringList>("avoids"); // facts of a different case

        const auto server = [](int status, const char *code, const char *description,
                               const char *message = "") {
            ApiError error;
            error.kind = ApiError::Kind::Server;
            error.httpStatus = status;
            error.errorCode = QString::fromUtf8(code);
            error.description = QString::fromUtf8(description);
            error.message = QString::fromUtf8(message);
            return error;
        };
        const auto other = [](ApiError::Kind kind, const char *description) {
            ApiError error;
            error.kind = kind;
            error.description = QString::fromUtf8(description);
            return error;
        };

        QTest::newRow("401 management key")
            << server(401, "E011401", "The project ID or management key is not valid")
            << QStringList{QStringLiteral("management key"), QStringLiteral("project ID"),
                           QStringLiteral("The project ID or management key is not valid")}
            << QStringList{QStringLiteral("access key")};
        QTest::newRow("401 access key")
            << server(401, "E062803", "The access key has expired")
            << QStringList{QStringLiteral("did not accept the access key"),
                           QStringLiteral("has expired")}
            << QStringList{QStringLiteral("management key")};
        QTest::newRow("403") << server(403, "E011403", "Tenant admins cannot do this")
                             << QStringList{QStringLiteral("not allowed"),
                                            QStringLiteral("Tenant admins cannot do this")}
                             << QStringList();
        QTest::newRow("404") << server(404, "E011404", "Access key 'K2gone' not found")
                             << QStringList{QStringLiteral("Access key 'K2gone' not found")}
                             << QStringList();
        QTest::newRow("400 description")
            << server(400, "E011003", "Role 'No Such Role' does not exist")
            << QStringList{QStringLiteral("refused"),
                           QStringLiteral("Role 'No Such Role' does not exist")}
            << QStringList();
        QTest::newRow("400 description and message")
            << server(400, "E011003", "Request is invalid", "The name field is required")
            << QStringList{QStringLiteral("Request is invalid"),
                           QStringLiteral("The name field is required")}
            << QStringList();
        ApiError limited = server(429, "E130429", "https://docs.descope.com/rate-limit");
        limited.retryAfterSeconds = 17;
        QTest::newRow("429 with wait")
            << limited
            << QStringList{QStringLiteral("Descope is rate-limiting requests; try again in 17 "
                                          "seconds.")}
            << QStringList();
        QTest::newRow("429 without wait")
            << server(429, "E130429", "") << QStringList{QStringLiteral("rate-limiting")}
            << QStringList();
        QTest::newRow("503") << server(503, "E011503", "Service temporarily unavailable")
                             << QStringList{QStringLiteral("trouble"), QStringLiteral("503"),
                                            QStringLiteral("Service temporarily unavailable")}
                             << QStringList{QStringLiteral("refused")};
        QTest::newRow("502 html") << server(502, "", "HTTP 502 Bad Gateway")
                                  << QStringList{QStringLiteral("HTTP 502 Bad Gateway")}
                                  << QStringList();
        QTest::newRow("network") << other(ApiError::Kind::Network, "Connection refused")
                                 << QStringList{QStringLiteral("Cannot reach"),
                                                QStringLiteral("Connection refused")}
                                 << QStringList();
        QTest::newRow("tls") << other(ApiError::Kind::Tls, "The certificate has expired")
                             << QStringList{QStringLiteral("secure connection"),
                                            QStringLiteral("The certificate has expired")}
                             << QStringList();
        QTest::newRow("timeout") << other(ApiError::Kind::Timeout, "no answer within 200 ms")
                                 << QStringList{QStringLiteral("in time")} << QStringList();
        QTest::newRow("decode")
            << other(ApiError::Kind::Decode, "keys[3].expireTime: expected a number, got a string")
            << QStringList{QStringLiteral("does not understand"),
                           QStringLiteral("keys[3].expireTime: expected a number, got a string")}
            << QStringList();
        QTest::newRow("cancelled")
            << other(ApiError::Kind::Cancelled, "cancelled")
            << QStringList{QStringLiteral("The request was cancelled.")} << QStringList();
        QTest::newRow("invalid input")
            << ApiError::invalidInput(QStringLiteral("The key needs a name."))
            << QStringList{QStringLiteral("The key needs a name.")} << QStringList();
    }

    void userMessagesStateTheEssentialFact()
    {
        QFETCH(ApiError, error);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, avoids);
        const QString text = error.userMessage();
        for (const QString &mention : mentions)
            QVERIFY2(text.contains(mention),
                     qPrintable(text + QStringLiteral(" lacks ") + mention));
        for (const QString &avoid : avoids)
            QVERIFY2(!text.contains(avoid, Qt::CaseInsensitive),
                     qPrintable(text + QStringLiteral(" mentions ") + avoid));
    }

    void userMessagesDifferByKind()
    {
        // Each kind has its own sentence, not a shared fallback.
        QStringList seen;
        for (auto kind : {ApiError::Kind::Network, ApiError::Kind::Tls, ApiError::Kind::Timeout,
                          ApiError::Kind::Decode, ApiError::Kind::Cancelled}) {
            ApiError error;
            error.kind = kind;
            const QString text = error.userMessage();
            QVERIFY(!text.isEmpty());
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.append(text);
        }
    }

    void factoriesSetKindAndDescription()
    {
        const ApiError invalid = ApiError::invalidInput(QStringLiteral("The key ID is empty."));
        QCOMPARE(invalid.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(invalid.description, QStringLiteral("The key ID is empty."));
        QCOMPARE(invalid.httpStatus, 0);
        const ApiError decode = ApiError::decode(QStringLiteral("key: missing"));
        QCOMPARE(decode.kind, ApiError::Kind::Decode);
        QCOMPARE(decode.description, QStringLiteral("key: missing"));
        QVERIFY(!decode.isNotFound());
    }
};

QTEST_GUILESS_MAIN(TestWireJson)
#include "tst_wire_json.moc"
