// The key editor's form as a plain value: permitted IPs and CIDR ranges, custom claims in rows
// and as JSON text, reserved and repeated names, expiry presets, project and tenant roles, and
// the create and update requests it turns into.

#include "IpRange.h"
#include "KeyForm.h"
#include "KeyFormClaims.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <string>

// The sandbox's own rule (sandbox/KeyRequests.cpp), to show that every entry the console accepts
// is one the server accepts too. Declared here because sandbox/KeyRequests.h shares its file
// name with api/KeyRequests.h.
namespace sandbox {
bool isIpOrCidr(const std::string &address);
}

using namespace descope;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
// 2026-03-01 12:00:00 UTC
const qint64 Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

QStringList reasons(const QList<FieldProblem> &problems)
{
    QStringList list;
    for (const FieldProblem &problem : problems)
        list.append(problem.reason);
    return list;
}

QList<FieldProblem> problemsOf(const QList<FieldProblem> &problems, KeyField field)
{
    QList<FieldProblem> found;
    for (const FieldProblem &problem : problems) {
        if (problem.field == field)
            found.append(problem);
    }
    return found;
}

KeyForm validForm()
{
    KeyForm form;
    form.name = QStringLiteral("ci-deployer");
    return form;
}

AccessKey existingKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2Existing");
    key.name = QStringLiteral("billing-export");
    key.description = QStringLiteral("Nightly export");
    key.keyTenants = {{QStringLiteral("T2Acme"),
                       QStringLiteral("Acme Corp"),
                       {QStringLiteral("Viewer"), QStringLiteral("Billing")}}};
    key.expireTime = Now - Day; // already expired: still editable
    key.boundUserId = QStringLiteral("U2Alice");
    key.permittedIps = {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::1")};
    key.customClaims = {{QStringLiteral("plan"), QStringLiteral("gold")},
                        {QStringLiteral("seats"), qint64(9007199254740993LL)},
                        {QStringLiteral("ratio"), 0.1},
                        {QStringLiteral("beta"), true},
                        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("rps"), 5}}},
                        {QStringLiteral("regions"), QJsonArray{QStringLiteral("eu")}},
                        {QStringLiteral("nothing"), QJsonValue(QJsonValue::Null)}};
    key.customAttributes = {{QStringLiteral("costCenter"), QStringLiteral("CC-42")}};
    return key;
}

ClaimRow row(const char *name, ClaimRow::Type type, const char *value)
{
    return {QString::fromUtf8(name), type, QString::fromUtf8(value)};
}

} // namespace

class TestKeyForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedAddressesAndRanges_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("v4") << "10.0.0.1";
        QTest::newRow("v4 zeros") << "0.0.0.0";
        QTest::newRow("v4 broadcast") << "255.255.255.255";
        QTest::newRow("v4 cidr") << "10.0.0.0/8";
        QTest::newRow("v4 host route") << "10.0.0.1/32";
        QTest::newRow("v4 everything") << "0.0.0.0/0";
        QTest::newRow("v4 cidr with host bits") << "10.1.2.3/8";
        QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001";
        QTest::newRow("v6 compressed") << "2001:db8::1";
        QTest::newRow("v6 upper case") << "2001:DB8::ABCD";
        QTest::newRow("v6 unspecified") << "::";
        QTest::newRow("v6 loopback") << "::1";
        QTest::newRow("v6 trailing gap") << "1:2:3:4:5:6:7::";
        QTest::newRow("v6 eight groups") << "1:2:3:4:5:6:7:8";
        QTest::newRow("v6 mapped v4") << "::ffff:192.0.2.1";
        QTest::newRow("v6 six groups and v4") << "1:2:3:4:5:6:192.0.2.1";
        QTest::newRow("v6 cidr") << "2001:db8::/32";
        QTest::newRow("v6 longest prefix") << "2001:db8::1/128";
        QTest::newRow("v6 everything") << "::/0";
    }

    void acceptedAddressesAndRanges()
    {
        QFETCH(QString, entry);
        QCOMPARE(ipRangeProblem(entry), QString());
        QVERIFY(isIpRange(entry));
        QVERIFY2(sandbox::isIpOrCidr(entry.toStdString()), "the sandbox refuses what we send");
    }

    void refusedAddressesSayWhy_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("reason");
        QTest::newRow("octet above 255")
            << "10.0.0.300"
            << "10.0.0.300 is not an IPv4 address: 300 is more than 255";
        QTest::newRow("v4 prefix too long") << "10.0.0.0/33"
                                            << "/33 is too long for IPv4";
        QTest::newRow("v6 prefix too long") << "2001:db8::/129"
                                            << "/129 is too long for IPv6";
        QTest::newRow("v4 prefix on the edge") << "10.0.0.0/99"
                                               << "/99 is too long for IPv4";
        QTest::newRow("leading zero, octal to some")
            << "010.0.0.1"
            << "010.0.0.1 is not an IPv4 address: 010 has a leading zero, which some systems "
               "read as octal";
        QTest::newRow("prefix with a leading zero") << "10.0.0.0/08"
                                                    << "/08 has a leading zero: write /8";
        QTest::newRow("three numbers")
            << "1.2.3"
            << "1.2.3 is not an IPv4 address: it needs four numbers separated by dots";
        QTest::newRow("five numbers")
            << "1.2.3.4.5"
            << "1.2.3.4.5 is not an IPv4 address: it needs four numbers separated by dots";
        QTest::newRow("empty octet")
            << "1..2.3"
            << "1..2.3 is not an IPv4 address: a number is missing between dots";
        QTest::newRow("hex octet") << "0x10.0.0.1"
                                   << "0x10.0.0.1 is not an IP address or CIDR range";
        QTest::newRow("host name") << "localhost"
                                   << "localhost is not an IP address or CIDR range";
        QTest::newRow("zone id")
            << "fe80::1%eth0"
            << "fe80::1%eth0: zone IDs such as %eth0 name a local interface and are not allowed "
               "in permitted IPs";
        QTest::newRow("zone id in a range")
            << "fe80::%2/64"
            << "fe80::%2: zone IDs such as %2 name a local interface and are not allowed in "
               "permitted IPs";
        QTest::newRow("brackets") << "[::1]"
                                  << "[::1]: write the address without brackets";
        QTest::newRow("two gaps") << "1::2::3"
                                  << "1::2::3 is not an IPv6 address: '::' may appear only once";
        QTest::newRow("seven groups")
            << "1:2:3:4:5:6:7"
            << "1:2:3:4:5:6:7 is not an IPv6 address: it has 7 groups; it needs 8, or '::' for "
               "a run of zeros";
        QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9"
                                     << "1:2:3:4:5:6:7:8:9 is not an IPv6 address: it has 9 "
                                        "groups, not 8";
        QTest::newRow("a gap with eight groups")
            << "1:2:3:4:5:6:7::8"
            << "1:2:3:4:5:6:7::8 is not an IPv6 address: it has too many groups";
        QTest::newRow("five hex digits")
            << "2001:db8:00001::1"
            << "2001:db8:00001::1 is not an IPv6 address: 00001 has more than four hex digits";
        QTest::newRow("not hex") << "2001:db8::g"
                                 << "2001:db8::g is not an IPv6 address: 'g' is not a hex digit";
        QTest::newRow("single leading colon")
            << ":1::2"
            << ":1::2 is not an IPv6 address: a group is missing between colons";
        QTest::newRow("bad embedded v4")
            << "::ffff:1.2.3.300"
            << "::ffff:1.2.3.300 is not an IPv6 address: 1.2.3.300 is not an IPv4 address: 300 "
               "is more than 255";
        QTest::newRow("v4 part not last")
            << "::1.2.3.4:1"
            << "::1.2.3.4:1 is not an IPv6 address: an IPv4 part may only come last";
        QTest::newRow("no prefix") << "10.0.0.0/"
                                   << "10.0.0.0/ has no prefix length after the /";
        QTest::newRow("two slashes") << "10.0.0.0/8/8"
                                     << "10.0.0.0/8/8 has more than one /";
        QTest::newRow("netmask") << "10.0.0.0/255.0.0.0"
                                 << "/255.0.0.0 is not a prefix length: use a number from 0 to 32";
        QTest::newRow("v6 netmask words")
            << "::/ab"
            << "/ab is not a prefix length: use a number from 0 to 128";
        QTest::newRow("no address") << "/8"
                                    << "The address before the / is missing";
        QTest::newRow("blanks around") << " 10.0.0.1"
                                       << "Remove the spaces around 10.0.0.1";
        QTest::newRow("two on a line")
            << "10.0.0.1 10.0.0.2"
            << "10.0.0.1 10.0.0.2 contains a space: put one address on each line";
        QTest::newRow("empty") << ""
                               << "An address is required";
    }

    void refusedAddressesSayWhy()
    {
        QFETCH(QString, entry);
        QFETCH(QString, reason);
        QCOMPARE(ipRangeProblem(entry), reason);
        QVERIFY(!isIpRange(entry));
    }

    void permittedIpsAreCheckedPerLine()
    {
        KeyForm form = validForm();
        form.permittedIps = {QStringLiteral(" 10.0.0.1 "),  QString(),
                             QStringLiteral("10.0.0.300"),  QStringLiteral("2001:DB8::1"),
                             QStringLiteral("2001:db8::1"), QStringLiteral("   ")};
        const QList<FieldProblem> problems = form.problems(Now);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0), (FieldProblem{KeyField::PermittedIps, 2,
                                               QStringLiteral("10.0.0.300 is not an IPv4 address: "
                                                              "300 is more than 255")}));
        QCOMPARE(problems.at(1), (FieldProblem{KeyField::PermittedIps, 4,
                                               QStringLiteral("2001:db8::1 is listed twice")}));
        // Blank lines and surrounding blanks never reach the server.
        form.permittedIps.removeAt(4);
        form.permittedIps.removeAt(2);
        QVERIFY(form.problems(Now).isEmpty());
        QCOMPARE(form.toCreateRequest(Now).permittedIps,
                 QStringList({QStringLiteral("10.0.0.1"), QStringLiteral("2001:DB8::1")}));
    }

    void claimRowsOfEveryType()
    {
        const QList<ClaimRow> rows = {
            row("plan", ClaimRow::Type::String, " gold "),
            row("empty", ClaimRow::Type::String, ""),
            row("seats", ClaimRow::Type::Number, "42"),
            row("big", ClaimRow::Type::Number, "9007199254740993"),
            row("negative", ClaimRow::Type::Number, " -3.5 "),
            row("thousand", ClaimRow::Type::Number, "1e3"),
            row("beta", ClaimRow::Type::Boolean, "true"),
            row("legacy", ClaimRow::Type::Boolean, "false"),
            row("limits", ClaimRow::Type::Json, "{\"rps\": 5, \"burst\": [1, 2]}"),
            row("regions", ClaimRow::Type::Json, "[\"eu\", \"us\"]"),
            row("nothing", ClaimRow::Type::Json, "null"),
            row("quoted", ClaimRow::Type::Json, "\"text\""),
            row("  spaced  ", ClaimRow::Type::String, "name trimmed"),
            row("", ClaimRow::Type::String, ""), // a blank row is skipped
        };
        const ParsedClaims parsed = claims::fromRows(rows);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).reason));
        const QJsonObject expected =
            QJsonDocument::fromJson(R"({"plan": " gold ", "empty": "", "seats": 42,
                "big": 9007199254740993, "negative": -3.5, "thousand": 1000, "beta": true,
                "legacy": false, "limits": {"rps": 5, "burst": [1, 2]}, "regions": ["eu", "us"],
                "nothing": null, "quoted": "text", "spaced": "name trimmed"})")
                .object();
        QCOMPARE(parsed.claims, expected);
        // Integers stay integers, exactly, beyond what a double holds.
        QCOMPARE(parsed.claims.value(QStringLiteral("big")).toVariant().toLongLong(),
                 9007199254740993LL);
    }

    void claimRowProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("aboutName");
        const int string = int(ClaimRow::Type::String);
        const int number = int(ClaimRow::Type::Number);
        const int boolean = int(ClaimRow::Type::Boolean);
        const int json = int(ClaimRow::Type::Json);
        QTest::newRow("letters") << "n" << number << "abc"
                                 << "Not a number: abc" << false;
        QTest::newRow("comma") << "n" << number << "1,5"
                               << "Not a number: 1,5" << false;
        QTest::newRow("hex") << "n" << number << "0x10"
                             << "Not a number: 0x10" << false;
        QTest::newRow("nan") << "n" << number << "NaN"
                             << "Not a number: NaN" << false;
        QTest::newRow("leading zero") << "n" << number << "01"
                                      << "Not a number: 01" << false;
        QTest::newRow("plus") << "n" << number << "+1"
                              << "Not a number: +1" << false;
        QTest::newRow("no number") << "n" << number << " "
                                   << "A number is required" << false;
        QTest::newRow("beyond 64 bits")
            << "n" << number << "99999999999999999999"
            << "99999999999999999999 is too large to keep exactly; make the claim a string"
            << false;
        QTest::newRow("infinite") << "n" << number << "1e999"
                                  << "1e999 is too large to keep exactly; make the claim a string"
                                  << false;
        QTest::newRow("yes") << "b" << boolean << "yes"
                             << "Not true or false: yes" << false;
        QTest::newRow("broken json") << "j" << json << "{\"a\": }"
                                     << "JSON: unexpected '}' at line 1, column 7" << false;
        QTest::newRow("no json") << "j" << json << ""
                                 << "A JSON value is required" << false;
        QTest::newRow("bare word") << "j" << json << "gold"
                                   << "JSON: unexpected 'gold' at line 1, column 1" << false;
        QTest::newRow("no name") << "" << string << "value"
                                 << "A claim name is required" << true;
        QTest::newRow("registered claim")
            << "exp" << number << "1"
            << "exp is a registered JWT claim: Descope sets it in every session token" << true;
        QTest::newRow("descope claim")
            << "tenants" << string << "x"
            << "tenants is reserved: Descope puts its own tenants claim in session tokens" << true;
        QTest::newRow("reserved, trimmed")
            << " sub " << string << "x"
            << "sub is a registered JWT claim: Descope sets it in every session token" << true;
    }

    void claimRowProblems()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QFETCH(bool, aboutName);
        const QList<ClaimRow> rows = {row("fine", ClaimRow::Type::String, "ok"),
                                      {name, ClaimRow::Type(type), value}};
        const ParsedClaims parsed = claims::fromRows(rows);
        QCOMPARE(parsed.problems, (QList<ClaimProblem>{{1, reason, aboutName}}));
    }

    void reservedNamesAreTheTokensOwn()
    {
        const QStringList reserved = claims::reservedNames();
        for (const char *name :
             {"iss", "sub", "aud", "exp", "nbf", "iat", "jti", "roles", "permissions", "tenants",
              "dct", "nsec", "dsub", "amr", "drn", "rexp"}) {
            QVERIFY2(reserved.contains(QLatin1String(name)), name);
            QVERIFY2(!claims::reservedReason(QLatin1String(name)).isEmpty(), name);
        }
        // Claim names are case-sensitive in JWTs: "Exp" is the key's own.
        QCOMPARE(claims::reservedReason(QStringLiteral("Exp")), QString());
        QCOMPARE(claims::reservedReason(QStringLiteral("plan")), QString());
    }

    void repeatedClaimNamesAreMarkedWhereTheyRepeat()
    {
        const QList<ClaimRow> rows = {row("plan", ClaimRow::Type::String, "gold"),
                                      row("seats", ClaimRow::Type::Number, "3"),
                                      row(" plan", ClaimRow::Type::String, "silver")};
        const ParsedClaims parsed = claims::fromRows(rows);
        QCOMPARE(parsed.problems,
                 (QList<ClaimProblem>{
                     {2, QStringLiteral("Claim name repeated: plan is in an earlier row"), true}}));
    }

    void jsonTextProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trailing comma") << "{\"a\": 1,\n    }"
                                        << "JSON: unexpected '}' at line 2, column 5";
        QTest::newRow("unclosed") << "{\"a\": 1"
                                  << "JSON: unexpected end of text at line 1, "
                                     "column 8";
        QTest::newRow("no colon") << "{\"a\" 1}"
                                  << "JSON: unexpected '1' at line 1, column 6";
        QTest::newRow("misspelt literal") << "{\n  \"a\": tru\n}"
                                          << "JSON: unexpected 'tru' at line 2, column 8";
        QTest::newRow("unquoted name") << "{plan: 1}"
                                       << "JSON: unexpected 'plan' at line 1, "
                                          "column 2";
        QTest::newRow("line break in a string")
            << "{\"a\": \"x\ny\"}"
            << "JSON: unexpected line break in a string (write \\n) at line 1, column 9";
        QTest::newRow("unknown escape") << "{\"a\": \"\\q\"}"
                                        << "JSON: invalid escape '\\q' at line 1, column 8";
        QTest::newRow("short unicode escape")
            << "{\"a\": \"\\u12\"}"
            << "JSON: invalid escape: \\u needs four hex digits at line 1, column 8";
        QTest::newRow("never ends") << "{\"a\": \"abc"
                                    << "JSON: a string that never ends at line 1, column 7";
        QTest::newRow("leading zero") << "{\"a\": 01}"
                                      << "JSON: invalid number '01' at line 1, "
                                         "column 7";
        QTest::newRow("huge") << "{\"a\": 1e999}"
                              << "JSON: the number 1e999 is too large to keep exactly (write it "
                                 "as a string) at line 1, column 7";
        QTest::newRow("text after") << "{\"a\": 1} x"
                                    << "JSON: unexpected 'x' at line 1, column 10";
        QTest::newRow("repeated name") << "{\"a\": 1,\n \"a\": 2}"
                                       << "JSON: claim name 'a' repeated at line 2, column 2";
        QTest::newRow("repeated nested name") << "{\"a\": {\"b\": 1, \"b\": 2}}"
                                              << "JSON: name 'b' repeated at line 1, column 16";
        QTest::newRow("an array") << "[1, 2]"
                                  << "JSON: the claims must be one object, such as {\"plan\": "
                                     "\"gold\"}";
        QTest::newRow("a string") << "\"plan\""
                                  << "JSON: the claims must be one object, such as {\"plan\": "
                                     "\"gold\"}";
        QTest::newRow("reserved")
            << "{\"plan\": 1, \"iat\": 2}"
            << "iat is a registered JWT claim: Descope sets it in every session token";
        QTest::newRow("empty name") << "{\"\": 1}"
                                    << "A claim name is required: \"\" is not one";
    }

    void jsonTextProblems()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const ParsedClaims parsed = claims::fromText(text);
        QCOMPARE(parsed.problems, (QList<ClaimProblem>{{-1, reason}}));
        QVERIFY(parsed.claims.isEmpty());
    }

    void jsonTextThatIsFine()
    {
        QVERIFY(claims::fromText(QString()).ok());
        QVERIFY(claims::fromText(QStringLiteral(" \n ")).claims.isEmpty());
        const QString text = QStringLiteral(
            "{\n  \"plan\": \"gold\\u00e9\",\n  \"n\": -0.5e-3,\n  \"deep\": {\"x\": [true, null, "
            "{}]},\n  \"empty\": []\n}");
        const ParsedClaims parsed = claims::fromText(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).reason));
        QCOMPARE(parsed.claims.value(QStringLiteral("plan")).toString(),
                 QStringLiteral("gold\u00e9"));
        QCOMPARE(parsed.claims.value(QStringLiteral("n")).toDouble(), -0.0005);
        QCOMPARE(parsed.claims, QJsonDocument::fromJson(text.toUtf8()).object());
        // Too deep to be a claim anyone means to type, and the checker's recursion stays bounded.
        const QString deep =
            QStringLiteral("{\"a\":") + QString(100, u'[') + QString(100, u']') + u'}';
        QVERIFY(claims::fromText(deep).problems.value(0).reason.contains(
            QStringLiteral("nested more than 64 level(s) deep")));
    }

    void claimsConvertBetweenViewsWithoutLosingWhatWasTyped()
    {
        KeyForm form = validForm();
        const QList<ClaimRow> typed = {row("plan", ClaimRow::Type::String, "gold"),
                                       row("seats", ClaimRow::Type::Number, "3"),
                                       row("beta", ClaimRow::Type::Boolean, "true")};
        form.claimRows = typed;
        form.setClaimsView(KeyForm::ClaimsView::Text);
        QCOMPARE(form.claimsView, KeyForm::ClaimsView::Text);
        QCOMPARE(QJsonDocument::fromJson(form.claimsText.toUtf8()).object(),
                 QJsonDocument::fromJson(R"({"plan":"gold","seats":3,"beta":true})").object());
        QVERIFY(form.claimsViewsAgree());
        // Back without touching the text: the rows are as typed, in their order.
        form.setClaimsView(KeyForm::ClaimsView::Rows);
        QCOMPARE(form.claimRows, typed);

        // Broken text stays as typed and the rows keep theirs, both ways.
        form.setClaimsView(KeyForm::ClaimsView::Text);
        const QString broken = QStringLiteral("{\"plan\": \"platinum\",\n}");
        form.claimsText = broken;
        QCOMPARE(reasons(form.problems(Now)),
                 QStringList({QStringLiteral("JSON: unexpected '}' at line 2, column 1")}));
        form.setClaimsView(KeyForm::ClaimsView::Rows);
        QCOMPARE(form.claimRows, typed);
        QVERIFY(!form.claimsViewsAgree());
        QVERIFY(form.problems(Now).isEmpty()); // only the view shown is saved
        form.setClaimsView(KeyForm::ClaimsView::Text);
        QCOMPARE(form.claimsText, broken);

        // Invalid rows likewise.
        form.setClaimsView(KeyForm::ClaimsView::Rows);
        form.claimRows.append(row("extra", ClaimRow::Type::Number, "three"));
        form.setClaimsView(KeyForm::ClaimsView::Text);
        QCOMPARE(form.claimsText, broken);
        form.setClaimsView(KeyForm::ClaimsView::Rows);
        QCOMPARE(form.claimRows.size(), 4);
        QCOMPARE(reasons(form.problems(Now)), QStringList({QStringLiteral("Not a number: three")}));

        // Rows fixed and valid replace the abandoned text when they are left.
        form.claimRows[3].value = QStringLiteral("3");
        form.setClaimsView(KeyForm::ClaimsView::Text);
        QVERIFY(form.claimsViewsAgree());
        QCOMPARE(form.parsedClaims().claims.value(QStringLiteral("extra")).toInt(), 3);
    }

    void expiryPresets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("30 days") << int(KeyForm::ExpiryPreset::Days30) << Now + 30 * Day;
        QTest::newRow("60 days") << int(KeyForm::ExpiryPreset::Days60) << Now + 60 * Day;
        QTest::newRow("90 days") << int(KeyForm::ExpiryPreset::Days90) << Now + 90 * Day;
        QTest::newRow("one year")
            << int(KeyForm::ExpiryPreset::OneYear)
            << QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("never") << int(KeyForm::ExpiryPreset::Never) << qint64(0);
    }

    void expiryPresets()
    {
        QFETCH(int, preset);
        QFETCH(qint64, expected);
        KeyForm form = validForm();
        form.expiryPreset = KeyForm::ExpiryPreset(preset);
        form.customExpiry = Now - Day; // ignored unless the preset is Custom
        QCOMPARE(form.expireTime(Now), expected);
        QVERIFY(form.problems(Now).isEmpty());
        QCOMPARE(form.toCreateRequest(Now).expireTime, expected);
    }

    void aYearFromALeapDay()
    {
        const qint64 leapDay =
            QDateTime(QDate(2028, 2, 29), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(KeyForm::presetExpiry(KeyForm::ExpiryPreset::OneYear, leapDay),
                 QDateTime(QDate(2029, 2, 28), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void customExpiries()
    {
        KeyForm form = validForm();
        form.expiryPreset = KeyForm::ExpiryPreset::Custom;
        form.customExpiry = Now + 3600;
        QVERIFY(form.problems(Now).isEmpty());
        QCOMPARE(form.toCreateRequest(Now).expireTime, Now + 3600);

        form.customExpiry = Now - 60;
        QCOMPARE(form.problems(Now),
                 (QList<FieldProblem>{
                     {KeyField::Expiry, -1, QStringLiteral("The expiry is in the past")}}));
        form.customExpiry = Now; // expiring the moment it is made is no use either
        QCOMPARE(reasons(form.problems(Now)),
                 QStringList({QStringLiteral("The expiry is in the past")}));
        form.customExpiry = 0;
        QCOMPARE(reasons(form.problems(Now)),
                 QStringList({QStringLiteral("Choose a date and time")}));

        form.customExpiry = KeyForm::LatestExpiry;
        QVERIFY(form.problems(Now).isEmpty());
        form.customExpiry = KeyForm::LatestExpiry + 1;
        QCOMPARE(problemsOf(form.problems(Now), KeyField::Expiry).size(), 1);
        QVERIFY(form.problems(Now).at(0).reason.contains(QLatin1String("2038")));
        // A preset can pass the limit too, late enough.
        form.expiryPreset = KeyForm::ExpiryPreset::OneYear;
        QCOMPARE(
            problemsOf(form.problems(KeyForm::LatestExpiry - 30 * Day), KeyField::Expiry).size(),
            1);
    }

    void nameIsRequired()
    {
        KeyForm form;
        QCOMPARE(form.problems(Now),
                 (QList<FieldProblem>{{KeyField::Name, -1, QStringLiteral("A name is required")}}));
        form.name = QStringLiteral("   ");
        QCOMPARE(reasons(form.problems(Now)), QStringList({QStringLiteral("A name is required")}));
        form.name = QStringLiteral("  ci  ");
        QVERIFY(form.problems(Now).isEmpty());
        QCOMPARE(form.toCreateRequest(Now).name, QStringLiteral("ci"));
    }

    void boundUserIdHasNoSpaces()
    {
        KeyForm form = validForm();
        form.boundUserId = QStringLiteral(" U2Alice ");
        QVERIFY(form.problems(Now).isEmpty());
        QCOMPARE(form.toCreateRequest(Now).boundUserId, QStringLiteral("U2Alice"));
        form.boundUserId = QStringLiteral("U2 Alice");
        QCOMPARE(form.problems(Now),
                 (QList<FieldProblem>{
                     {KeyField::BoundUser, -1, QStringLiteral("A user ID has no spaces in it")}}));
    }

    void projectRolesOrTenantRoles()
    {
        KeyForm form = validForm();
        form.projectRoles = {QStringLiteral("Viewer"), QStringLiteral("Editor")};
        form.tenantRoles = {
            {QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {QStringLiteral("Billing")}}};

        form.roleScope = KeyForm::RoleScope::Project;
        CreateKeyRequest request = form.toCreateRequest(Now);
        QCOMPARE(request.roleNames, form.projectRoles);
        QVERIFY(request.keyTenants.isEmpty());

        form.roleScope = KeyForm::RoleScope::Tenants;
        request = form.toCreateRequest(Now);
        QVERIFY(request.roleNames.isEmpty());
        // The tenant's name is for display; only its ID and roles are sent.
        QCOMPARE(request.keyTenants,
                 (QList<KeyTenant>{{QStringLiteral("T2Acme"), {}, {QStringLiteral("Billing")}}}));
    }

    void tenantEntriesNeedATenantOnce()
    {
        KeyForm form = validForm();
        form.roleScope = KeyForm::RoleScope::Tenants;
        form.tenantRoles = {
            {QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {QStringLiteral("Viewer")}},
            {QString(), QString(), {QStringLiteral("Viewer")}},
            {QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {QStringLiteral("Editor")}},
            {QStringLiteral("T2Globex"), QStringLiteral("Globex"), {}}, // a tenant, no roles yet
        };
        QCOMPARE(form.problems(Now),
                 (QList<FieldProblem>{
                     {KeyField::TenantRoles, 1, QStringLiteral("Choose a tenant")},
                     {KeyField::TenantRoles, 2,
                      QStringLiteral("Tenant repeated: Acme Corp is in an earlier row")}}));
        // Tenant entries do not matter while the key has project roles.
        form.roleScope = KeyForm::RoleScope::Project;
        QVERIFY(form.problems(Now).isEmpty());
    }

    void problemsComeInTheOrderOfTheFields()
    {
        KeyForm form;
        form.expiryPreset = KeyForm::ExpiryPreset::Custom;
        form.customExpiry = Now - 1;
        form.permittedIps = {QStringLiteral("1.2.3.4/33")};
        form.claimRows = {row("seats", ClaimRow::Type::Number, "many")};
        const QList<FieldProblem> problems = form.problems(Now);
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(0).field, KeyField::Name);
        QCOMPARE(problems.at(1).field, KeyField::Expiry);
        QCOMPARE(problems.at(2), (FieldProblem{KeyField::PermittedIps, 0,
                                               QStringLiteral("/33 is too long for IPv4")}));
        QCOMPARE(problems.at(3),
                 (FieldProblem{KeyField::CustomClaims, 0, QStringLiteral("Not a number: many")}));
    }

    void createRequestCarriesEveryField()
    {
        KeyForm form = validForm();
        form.description = QStringLiteral("  Deploys from CI\n");
        form.expiryPreset = KeyForm::ExpiryPreset::Days30;
        form.boundUserId = QStringLiteral("U2Bob");
        form.roleScope = KeyForm::RoleScope::Tenants;
        form.tenantRoles = {
            {QStringLiteral("T2Acme"), QStringLiteral("Acme"), {QStringLiteral("CI Deployer")}},
            {QStringLiteral("T2Initech"), QString(), {QStringLiteral("Viewer")}}};
        form.permittedIps = {QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/48")};
        form.claimsView = KeyForm::ClaimsView::Text;
        form.claimsText = QStringLiteral("{\"pipeline\": \"main\", \"priority\": 2}");
        form.claimRows = {row("ignored", ClaimRow::Type::String, "the other view")};
        QVERIFY(form.problems(Now).isEmpty());

        const CreateKeyRequest request = form.toCreateRequest(Now);
        QCOMPARE(request.name, QStringLiteral("ci-deployer"));
        QCOMPARE(request.description, QStringLiteral("Deploys from CI"));
        QCOMPARE(request.expireTime, Now + 30 * Day);
        QCOMPARE(request.boundUserId, QStringLiteral("U2Bob"));
        QVERIFY(request.roleNames.isEmpty());
        QCOMPARE(request.keyTenants.size(), 2);
        QCOMPARE(request.keyTenants.at(1).tenantId, QStringLiteral("T2Initech"));
        QCOMPARE(request.permittedIps, form.permittedIps);
        QCOMPARE(request.customClaims,
                 QJsonDocument::fromJson(R"({"pipeline":"main","priority":2})").object());
        QVERIFY(request.customAttributes.isEmpty());
    }

    void anExistingKeyShowsEveryValue()
    {
        const AccessKey key = existingKey();
        const KeyForm form = KeyForm::fromKey(key);
        QVERIFY(!form.isNew);
        QCOMPARE(form.name, key.name);
        QCOMPARE(form.description, key.description);
        QCOMPARE(form.fixedExpiry, key.expireTime);
        QCOMPARE(form.expireTime(Now), key.expireTime);
        QCOMPARE(form.boundUserId, key.boundUserId);
        QCOMPARE(form.roleScope, KeyForm::RoleScope::Tenants);
        QCOMPARE(form.tenantRoles, key.keyTenants);
        QCOMPARE(form.permittedIps, key.permittedIps);
        QCOMPARE(form.claimsView, KeyForm::ClaimsView::Rows);
        QCOMPARE(form.claimRows.size(), key.customClaims.size());
        const auto rowNamed = [&form](const char *name) {
            for (const ClaimRow &claim : form.claimRows) {
                if (claim.name == QLatin1String(name))
                    return claim;
            }
            return ClaimRow{};
        };
        QCOMPARE(rowNamed("plan"), row("plan", ClaimRow::Type::String, "gold"));
        QCOMPARE(rowNamed("seats"), row("seats", ClaimRow::Type::Number, "9007199254740993"));
        QCOMPARE(rowNamed("ratio"), row("ratio", ClaimRow::Type::Number, "0.1"));
        QCOMPARE(rowNamed("beta"), row("beta", ClaimRow::Type::Boolean, "true"));
        QCOMPARE(rowNamed("limits"), row("limits", ClaimRow::Type::Json, "{\"rps\":5}"));
        QCOMPARE(rowNamed("regions"), row("regions", ClaimRow::Type::Json, "[\"eu\"]"));
        QCOMPARE(rowNamed("nothing"), row("nothing", ClaimRow::Type::Json, "null"));
        QCOMPARE(QJsonDocument::fromJson(form.claimsText.toUtf8()).object(), key.customClaims);
        // Expired, and bound to a user: neither can change, so neither stops a save.
        QVERIFY(form.problems(Now).isEmpty());
    }

    void anUntouchedKeyIsSentAsItWas()
    {
        const AccessKey key = existingKey();
        const KeyForm form = KeyForm::fromKey(key);
        const UpdateKeyRequest request = form.toUpdateRequest(key);
        QCOMPARE(request.id, key.id);
        QCOMPARE(request.name, key.name);
        QCOMPARE(request.description, key.description);
        QCOMPARE(request.roleNames, key.roleNames);
        QCOMPARE(request.keyTenants.size(), 1);
        QCOMPARE(request.keyTenants.at(0).tenantId, key.keyTenants.at(0).tenantId);
        QCOMPARE(request.keyTenants.at(0).roleNames, key.keyTenants.at(0).roleNames);
        QCOMPARE(request.permittedIps, key.permittedIps);
        QCOMPARE(request.customClaims, key.customClaims);
        QCOMPARE(request.customAttributes, key.customAttributes);
        QVERIFY(!form.hasChangesFrom(KeyForm::fromKey(key)));
    }

    void clearedFieldsAreSentCleared()
    {
        const AccessKey key = existingKey();
        KeyForm form = KeyForm::fromKey(key);
        form.description.clear();
        form.permittedIps = {QString()};
        form.claimRows.clear();
        form.roleScope = KeyForm::RoleScope::Project;
        form.projectRoles = {QStringLiteral("Viewer")};
        QVERIFY(form.hasChangesFrom(KeyForm::fromKey(key)));

        const UpdateKeyRequest request = form.toUpdateRequest(key);
        QCOMPARE(request.description, QString());
        QCOMPARE(request.permittedIps, QStringList());
        QCOMPARE(request.customClaims, QJsonObject());
        QCOMPARE(request.roleNames, QStringList({QStringLiteral("Viewer")}));
        // Switching to project roles replaces the tenant roles, it does not add to them.
        QVERIFY(request.keyTenants.isEmpty());
        // The dialog does not edit custom attributes: they are carried over as they were.
        QCOMPARE(request.customAttributes, key.customAttributes);
        QCOMPARE(request.name, key.name);
    }

    void changesAreWhatWasTyped()
    {
        const KeyForm opened = validForm();
        KeyForm form = opened;
        QVERIFY(!form.hasChangesFrom(opened));
        form.claimRows.append(ClaimRow{}); // an empty row
        form.permittedIps = {QStringLiteral("  ")};
        QVERIFY(!form.hasChangesFrom(opened));
        form.setClaimsView(KeyForm::ClaimsView::Text); // a different view of nothing
        QVERIFY(!form.hasChangesFrom(opened));
        form.claimsText = QStringLiteral("{");
        QVERIFY(form.hasChangesFrom(opened));
        form.claimsText.clear();
        QVERIFY(!form.hasChangesFrom(opened));
        form.expiryPreset = KeyForm::ExpiryPreset::Never;
        QVERIFY(form.hasChangesFrom(opened));
        form = opened;
        form.tenantRoles.append({QStringLiteral("T2Acme"), {}, {}});
        QVERIFY(form.hasChangesFrom(opened));

        // Of an existing key, the fixed fields cannot change, so they are no change.
        const KeyForm existing = KeyForm::fromKey(existingKey());
        form = existing;
        form.expiryPreset = KeyForm::ExpiryPreset::Days30;
        QVERIFY(!form.hasChangesFrom(existing));
        form.name = QStringLiteral("renamed");
        QVERIFY(form.hasChangesFrom(existing));
    }
};

QTEST_GUILESS_MAIN(TestKeyForm)
#include "tst_key_form.moc"
