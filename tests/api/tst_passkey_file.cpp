// Passkey files: both formats with every documented field, both shapes, what the import encoder
// sends read back unchanged, and every problem reported on its line: bad JSON (with the column),
// wrong types, bad base64, missing fields, duplicates, mixed formats, unknown fields and shapes,
// empty and too large files.

#include "PasskeyFile.h"
#include "WireJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace descope;
using Format = PasskeyDevice::Format;

namespace {

QStringList problemTexts(const PasskeyFile &file)
{
    QStringList texts;
    for (const PasskeyProblem &problem : file.problems)
        texts.append(problem.text());
    return texts;
}

PasskeyFile fixture(const char *name)
{
    return PasskeyFile::read(QStringLiteral(":/passkeys/") + QLatin1String(name));
}

// A one-passkey Descope list whose passkey is `fields`, one member per line from line 3 on.
QByteArray descopeList(const QByteArray &fields)
{
    return "[\n  {\n" + fields + "\n  }\n]\n";
}

constexpr auto Valid = R"(    "credentialId": "Y3JlZA",
    "rpId": "example.com",
    "publicKey": "pQECAyYg")";

QByteArray withField(const QByteArray &field)
{
    return descopeList(QByteArray(Valid) + ",\n    " + field);
}

} // namespace

class TestPasskeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descopeFileReadsEveryField()
    {
        const PasskeyFile file = fixture("descope_devices.json");
        QCOMPARE(problemTexts(file), QStringList());
        QVERIFY(file.isValid());
        QCOMPARE(file.format, Format::Descope);
        QCOMPARE(file.loginId, QString());
        QCOMPARE(file.entries.size(), 3);
        QCOMPARE(file.entries[0].line, 2);
        QCOMPARE(file.entries[1].line, 15);
        QCOMPARE(file.entries[2].line, 28);

        const PasskeyDevice &first = file.entries[0].device;
        QCOMPARE(first.format, Format::Descope);
        QCOMPARE(first.credentialId, QStringLiteral("Y3JlZGVudGlhbC1vbmU"));
        QCOMPARE(first.rpId, QStringLiteral("example.com"));
        QCOMPARE(first.publicKey, QByteArray::fromBase64(
                                      "pQECAyYgASFYIHS9wEBiFitGfmvND+v56Mf9Ys4t+HcKiNDywjqEMSDFwTc"
                                      "drXgs/mpIIBP6Y0vp45K22kVRMaC2/WWeTLaRJHCwfAY="));
        QCOMPARE(first.publicKey.size(), 77);
        QCOMPARE(first.attestationType, QStringLiteral("none"));
        QCOMPARE(first.aaguid, QStringLiteral("adce0002-35bc-c60a-648b-0b25f1f05503"));
        QCOMPARE(first.transports,
                 QStringList({QStringLiteral("internal"), QStringLiteral("hybrid")}));
        QVERIFY(first.backupEligible);
        QVERIFY(first.backupState);

        // URL-safe base64 without padding reads as the same kind of bytes.
        const PasskeyDevice &second = file.entries[1].device;
        QCOMPARE(second.publicKey,
                 QByteArray::fromBase64("pQECAyYgASFYIJevcIgR2ILAmNVZyjtVDWdSmTsGwq9X33ZH0eTQ1Skjkz"
                                        "ARKza4TvlMIGEIR67FPZmzprsB_2sfEFhbrNziPSpmcv4",
                                        QByteArray::Base64UrlEncoding));
        QCOMPARE(second.publicKey.size(), 77);
        QCOMPARE(second.attestationType, QStringLiteral("packed"));
        QVERIFY(!second.backupEligible);
        QVERIFY(!second.backupState);

        // Only the three required fields: the rest keep their defaults.
        const PasskeyDevice &third = file.entries[2].device;
        QCOMPARE(third.credentialId, QStringLiteral("Y3JlZGVudGlhbC10aHJlZQ"));
        QVERIFY(third.aaguid.isEmpty());
        QVERIFY(third.transports.isEmpty());
        QVERIFY(!third.backupEligible);
    }

    void auth0ExportReadsEveryField()
    {
        const PasskeyFile file = fixture("auth0_export.json");
        QCOMPARE(problemTexts(file), QStringList());
        QCOMPARE(file.format, Format::Auth0);
        QCOMPARE(file.entries.size(), 3);

        const PasskeyDevice &first = file.entries[0].device;
        QCOMPARE(first.format, Format::Auth0);
        QCOMPARE(first.credentialId, QStringLiteral("a2V5LW9uZQ"));
        QCOMPARE(first.rpId, QStringLiteral("auth.example.org"));
        QCOMPARE(first.publicKey.size(), 77);
        QCOMPARE(first.aaguid, QStringLiteral("fbfc3007-154e-4ecc-8c0b-6e020557d7bd"));
        QCOMPARE(first.transports,
                 QStringList({QStringLiteral("hybrid"), QStringLiteral("internal")}));
        QCOMPARE(first.credentialDeviceType, QStringLiteral("multiDevice"));
        QVERIFY(first.backupState);
        QCOMPARE(first.userHandle, QStringLiteral("dXNlci1oYW5kbGUtMQ"));

        QCOMPARE(file.entries[1].device.credentialDeviceType, QStringLiteral("singleDevice"));
        QVERIFY(!file.entries[1].device.backupState);

        // The MFA WebAuthn type: keyId, rpId and publicKey only.
        const PasskeyDevice &mfa = file.entries[2].device;
        QCOMPARE(mfa.credentialId, QStringLiteral("bWZhLWtleQ"));
        QVERIFY(mfa.credentialDeviceType.isEmpty());
        QVERIFY(mfa.userHandle.isEmpty());
        QCOMPARE(file.entries[2].line, 23);
    }

    void importBodyNamesItsUser()
    {
        const PasskeyFile file = fixture("import_body.json");
        QCOMPARE(problemTexts(file), QStringList());
        QCOMPARE(file.loginId, QStringLiteral("grace@example.com"));
        QCOMPARE(file.format, Format::Descope);
        QCOMPARE(file.devices().size(), 2);
        QCOMPARE(file.entries[0].line, 4);
        QCOMPARE(file.entries[1].line, 16);
        QCOMPARE(file.entries[0].device.transports, QStringList({QStringLiteral("ble")}));
        QCOMPARE(file.entries[1].device.transports, QStringList({QStringLiteral("smart-card")}));
    }

    // What the import call would send is a file this reader takes, with nothing lost.
    void theEncodersOutputReadsBack_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("descope") << int(Format::Descope);
        QTest::newRow("auth0") << int(Format::Auth0);
    }

    void theEncodersOutputReadsBack()
    {
        QFETCH(int, format);
        QList<PasskeyDevice> devices;
        for (int i = 0; i < 2; ++i) {
            PasskeyDevice device;
            device.format = Format(format);
            device.credentialId = QStringLiteral("Y3JlZC0%1").arg(i);
            device.rpId = QStringLiteral("example.com");
            device.publicKey = QByteArray("\xa5\x01\x02\x03\x26\x20\x01", 7) + char(i);
            device.aaguid = QStringLiteral("adce0002-35bc-c60a-648b-0b25f1f05503");
            device.transports = {QStringLiteral("usb")};
            device.backupState = i == 1;
            if (device.format == Format::Descope) {
                device.attestationType = QStringLiteral("none");
                device.backupEligible = true;
            } else {
                device.credentialDeviceType = QStringLiteral("multiDevice");
                device.userHandle = QStringLiteral("dXNlcg");
            }
            devices.append(device);
        }
        const std::string body =
            wire::encodePasskeyImport(QStringLiteral("ada@example.com"), devices).dump(2);

        const PasskeyFile file = PasskeyFile::parse(QByteArray::fromStdString(body));
        QCOMPARE(problemTexts(file), QStringList());
        QCOMPARE(file.loginId, QStringLiteral("ada@example.com"));
        QCOMPARE(file.format, Format(format));
        const QList<PasskeyDevice> read = file.devices();
        QCOMPARE(read.size(), devices.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].format, devices[i].format);
            QCOMPARE(read[i].credentialId, devices[i].credentialId);
            QCOMPARE(read[i].rpId, devices[i].rpId);
            QCOMPARE(read[i].publicKey, devices[i].publicKey);
            QCOMPARE(read[i].aaguid, devices[i].aaguid);
            QCOMPARE(read[i].transports, devices[i].transports);
            QCOMPARE(read[i].attestationType, devices[i].attestationType);
            QCOMPARE(read[i].backupEligible, devices[i].backupEligible);
            QCOMPARE(read[i].backupState, devices[i].backupState);
            QCOMPARE(read[i].credentialDeviceType, devices[i].credentialDeviceType);
            QCOMPARE(read[i].userHandle, devices[i].userHandle);
        }
    }

    void badJsonNamesItsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("double comma")
            << QByteArray("[\n  {\n    \"rpId\": \"example.com\",,\n  }\n]")
            << QStringLiteral("line 3: JSON: unexpected ',' (column 27)");
        QTest::newRow("trailing comma")
            << QByteArray("[\n  {\"rpId\": \"a\"},\n]")
            << QStringLiteral("line 3: JSON: unexpected ']' (column 1)");
        QTest::newRow("truncated")
            << QByteArray("[\n  {\"rpId\": \"a\"}\n\n")
            << QStringLiteral("line 2: JSON: unexpected end of input (column 16)");
        QTest::newRow("unterminated string")
            << QByteArray("[\n  {\"rpId\": \"abc\n  }]")
            << QStringLiteral("line 2: JSON: invalid string: control character U+000A (LF) must be "
                              "escaped to \\u000A or \\n (column 16)");
        QTest::newRow("bad literal") << QByteArray("[\n  tru\n]")
                                     << QStringLiteral("line 2: JSON: invalid literal (column 6)");
        QTest::newRow("text after the list")
            << QByteArray("[]\nx") << QStringLiteral("line 2: JSON: invalid literal (column 1)");
        // Columns count characters, not UTF-8 bytes.
        QTest::newRow("after accents") << QByteArray("[\"\xc3\xa9\xc3\xa9\" ,,]")
                                       << QStringLiteral("line 1: JSON: unexpected ',' (column 8)");
        QTest::newRow("after a byte order mark")
            << QByteArray("\xef\xbb\xbf[1 2]")
            << QStringLiteral("line 1: JSON: unexpected number literal (column 4)");
        QTest::newRow("windows line ends")
            << QByteArray("[\r\n  1,\r\n  ]")
            << QStringLiteral("line 3: JSON: unexpected ']' (column 3)");
    }

    void badJsonNamesItsLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), QStringList({problem}));
        QVERIFY(file.entries.isEmpty());
        QVERIFY(!file.isValid());
    }

    void malformedFixture()
    {
        const PasskeyFile file = fixture("malformed.json");
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 4: JSON: unexpected ',' (column 27)")}));
        QCOMPARE(file.problems[0].line, 4);
        QCOMPARE(file.problems[0].column, 27);
    }

    void wrongTypesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("rpId") << descopeList(R"(    "credentialId": "Y3JlZA",
    "rpId": 42,
    "publicKey": "pQECAyYg")") << QStringLiteral("line 4: rpId must be a string, not a number");
        QTest::newRow("credentialId")
            << descopeList(R"(    "credentialId": ["Y3JlZA"],
    "rpId": "example.com",
    "publicKey": "pQECAyYg")")
            << QStringLiteral("line 3: credentialId must be a string, not a list");
        QTest::newRow("transports")
            << withField(R"("transports": "usb")")
            << QStringLiteral("line 6: transports must be a list of strings, not a string");
        QTest::newRow("transport item")
            << withField("\"transports\": [\n      \"usb\",\n      7\n    ]")
            << QStringLiteral("line 8: transport 2 must be a string, not a number");
        QTest::newRow("backupEligible")
            << withField(R"("backupEligible": "yes")")
            << QStringLiteral("line 6: backupEligible must be true or false, not a string");
        QTest::newRow("backupState")
            << withField(R"("backupState": 1)")
            << QStringLiteral("line 6: backupState must be true or false, not a number");
        QTest::newRow("attestationType")
            << withField(R"("attestationType": {})")
            << QStringLiteral("line 6: attestationType must be a string, not an object");
        QTest::newRow("credentialBackedUp")
            << QByteArray(
                   "[{\"keyId\": \"k\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\",\n"
                   "  \"credentialBackedUp\": \"true\"}]")
            << QStringLiteral("line 2: credentialBackedUp must be true or false, not a string");
        QTest::newRow("passkey") << QByteArray("[\n  \"Y3JlZA\"\n]")
                                 << QStringLiteral(
                                        "line 2: passkey 1 must be an object, not a string");
        QTest::newRow("wrapper") << QByteArray("[\n  {\"descope\": [1]}\n]")
                                 << QStringLiteral("line 2: descope must be an object, not a list");
        QTest::newRow("devices") << QByteArray("{\n  \"devices\": {}\n}")
                                 << QStringLiteral("line 2: devices must be a list, not an object");
        QTest::newRow("loginId")
            << QByteArray("{\n  \"loginId\": 7,\n  \"devices\": [{\"keyId\": \"k\", \"rpId\": "
                          "\"example.com\", \"publicKey\": \"AAAA\"}]\n}")
            << QStringLiteral("line 2: loginId must be a string, not a number");
    }

    void wrongTypesAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), QStringList({problem}));
        QVERIFY(!file.isValid());
    }

    void badBase64IsRefused_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::newRow("punctuation") << QByteArray("not base64!");
        QTest::newRow("spaces") << QByteArray("pQEC AyYg");
        QTest::newRow("both alphabets") << QByteArray("pQ+C-yYg");
        QTest::newRow("impossible length") << QByteArray("pQECA");
        QTest::newRow("bad padding") << QByteArray("YQ=");
        QTest::newRow("too much padding") << QByteArray("Y===");
        QTest::newRow("padding inside") << QByteArray("YQ==YQ==");
        QTest::newRow("non-ASCII") << QByteArray("pQ\xc3\xa9"
                                                 "C");
    }

    void badBase64IsRefused()
    {
        QFETCH(QByteArray, publicKey);
        const PasskeyFile file = PasskeyFile::parse(
            descopeList("    \"credentialId\": \"Y3JlZA\",\n    \"rpId\": \"example.com\",\n"
                        "    \"publicKey\": \"" +
                        publicKey + '"'));
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 5: publicKey is not valid base64")}));
        QVERIFY(file.entries[0].device.publicKey.isEmpty());
        QVERIFY(file.entries[0].hasProblems);
    }

    void base64SpellingsAreAccepted_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("padded") << QByteArray("YWI=") << QByteArray("ab");
        QTest::newRow("unpadded") << QByteArray("YWI") << QByteArray("ab");
        QTest::newRow("standard alphabet") << QByteArray("+/8=") << QByteArray("\xfb\xff");
        QTest::newRow("URL-safe alphabet") << QByteArray("-_8") << QByteArray("\xfb\xff");
    }

    void base64SpellingsAreAccepted()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, bytes);
        const PasskeyFile file = PasskeyFile::parse(
            "[{\"credentialId\": \"c\", \"rpId\": \"example.com\", \"publicKey\": \"" + publicKey +
            "\"}]");
        QCOMPARE(problemTexts(file), QStringList());
        QCOMPARE(file.entries[0].device.publicKey, bytes);
    }

    void missingRequiredFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("credentialId")
            << descopeList(R"(    "attestationType": "none",
    "rpId": "example.com",
    "publicKey": "pQECAyYg")")
            << QStringList{QStringLiteral("line 2: passkey 1 has no credentialId")};
        QTest::newRow("null counts as missing") << descopeList(R"(    "credentialId": "Y3JlZA",
    "rpId": null,
    "publicKey": "pQECAyYg")") << QStringList{QStringLiteral("line 2: passkey 1 has no rpId")};
        QTest::newRow("rpId and publicKey")
            << descopeList(R"(    "credentialId": "Y3JlZA")")
            << QStringList{QStringLiteral("line 2: passkey 1 has no rpId"),
                           QStringLiteral("line 2: passkey 1 has no publicKey")};
        QTest::newRow("empty") << descopeList(R"(    "credentialId": "",
    "rpId": "example.com",
    "publicKey": "pQECAyYg")") << QStringList{QStringLiteral("line 3: credentialId is empty")};
        QTest::newRow("keyId")
            << QByteArray("[\n  {\"keyId\": \"a\", \"rpId\": \"example.com\", \"publicKey\": "
                          "\"AAAA\"},\n  {\"rpId\": \"example.com\", \"publicKey\": \"AAAA\"}\n]")
            << QStringList{QStringLiteral("line 3: passkey 2 has no keyId")};
        QTest::newRow("wrapped auth0")
            << QByteArray("{\"devices\": [\n  {\n    \"auth0\": {\"rpId\": \"example.com\", "
                          "\"publicKey\": \"AAAA\"}\n  }\n]}")
            << QStringList{QStringLiteral("line 3: passkey 1 has no keyId")};
        QTest::newRow("no format at all")
            << QByteArray("[\n  {\"rpId\": \"example.com\", \"publicKey\": \"AAAA\"}\n]")
            << QStringList{QStringLiteral(
                   "line 2: passkey 1 has neither credentialId (Descope) nor keyId (Auth0)")};
    }

    void missingRequiredFieldsAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, problems);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), problems);
        QVERIFY(!file.isValid());
        for (const PasskeyProblem &problem : file.problems)
            QVERIFY(file.entries[problem.passkey].hasProblems);
    }

    void duplicatedCredentialIdsAreProblems()
    {
        const PasskeyFile file = PasskeyFile::parse(R"([
  {"credentialId": "c2FtZQ", "rpId": "example.com", "publicKey": "AAAA"},
  {"credentialId": "b3RoZXI", "rpId": "example.com", "publicKey": "AAAA"},
  {"credentialId": "c2FtZQ", "rpId": "example.com", "publicKey": "AAAA"},
  {"credentialId": "c2FtZQ", "rpId": "example.com", "publicKey": "AAAA"}
])");
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 4: passkey 3 has the same credentialId as "
                                             "passkey 1 (line 2)"),
                              QStringLiteral("line 5: passkey 4 has the same credentialId as "
                                             "passkey 1 (line 2)")}));
        QCOMPARE(file.problems[0].passkey, 2);
        QVERIFY(!file.entries[0].hasProblems);
        QVERIFY(!file.entries[1].hasProblems);
        QVERIFY(file.entries[2].hasProblems);
        QCOMPARE(file.entries.size(), 4);
    }

    void credentialIdsHaveNoSpaces()
    {
        const PasskeyFile file = PasskeyFile::parse(
            "[{\"keyId\": \"a2V5 LW9uZQ\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\"}]");
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 1: keyId has spaces in it")}));
    }

    void mixedFormatsAreRefused()
    {
        const PasskeyFile file = PasskeyFile::parse(R"([
  {"credentialId": "YQ", "rpId": "example.com", "publicKey": "AAAA"},
  {"auth0": {"keyId": "Yg", "rpId": "example.com", "publicKey": "AAAA"}}
])");
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 3: passkey 2 is in Auth0's format, but "
                                             "passkey 1 (line 2) is in Descope's format; a file "
                                             "holds one format")}));
        QCOMPARE(file.format, Format::Descope);
        QCOMPARE(file.entries[1].device.format, Format::Auth0);

        const PasskeyFile both = PasskeyFile::parse(R"([{"descope": {}, "auth0": {}}])");
        QCOMPARE(problemTexts(both),
                 QStringList({QStringLiteral(
                     "line 1: passkey 1 has both \"descope\" and \"auth0\"; give only one")}));
    }

    void unknownFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("misspelt") << withField(R"("backupEligble": true)")
                                  << QStringLiteral("line 6: unknown field \"backupEligble\"");
        QTest::newRow("other case")
            << withField(R"("AAGUID": "adce0002-35bc-c60a-648b-0b25f1f05503")")
            << QStringLiteral("line 6: unknown field \"AAGUID\" (did you mean \"aaguid\"?)");
        QTest::newRow("Auth0's API spelling")
            << QByteArray(
                   "[\n  {\"keyId\": \"a\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\",\n"
                   "   \"user_handle\": \"dXNlcg\"}\n]")
            << QStringLiteral(
                   "line 3: unknown field \"user_handle\" (did you mean \"userHandle\"?)");
        QTest::newRow("relying party")
            << QByteArray("[{\"keyId\": \"a\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\", "
                          "\"relying_party_id\": \"x\"}]")
            << QStringLiteral(
                   "line 1: unknown field \"relying_party_id\" (did you mean \"rpId\"?)");
        QTest::newRow("the other format's field")
            << withField(R"("userHandle": "dXNlcg")")
            << QStringLiteral("line 6: userHandle is not a field of Descope's format");
        QTest::newRow("next to the wrapper")
            << QByteArray("[\n  {\n    \"descope\": {\"credentialId\": \"a\", \"rpId\": "
                          "\"example.com\", \"publicKey\": \"AAAA\"},\n    \"note\": \"x\"\n  }\n]")
            << QStringLiteral("line 4: unknown field \"note\" next to \"descope\"");
        QTest::newRow("top level")
            << QByteArray("{\n  \"devices\": [{\"keyId\": \"a\", \"rpId\": \"example.com\", "
                          "\"publicKey\": \"AAAA\"}],\n  \"user\": \"ada\"\n}")
            << QStringLiteral("line 3: unknown field \"user\" (expected loginId and devices)");
        QTest::newRow("given twice")
            << withField(R"("rpId": "example.org")")
            << QStringLiteral("line 6: \"rpId\" is given more than once here");
    }

    void unknownFieldsAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), QStringList({problem}));
    }

    void aRepeatedFieldMarksItsPasskey()
    {
        const PasskeyFile file = PasskeyFile::parse(
            "{\"devices\": [\n"
            "  {\"keyId\": \"a\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\"},\n"
            "  {\"keyId\": \"b\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\",\n"
            "   \"a/b~\": 1, \"a/b~\": 2}\n"
            "]}");
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 4: unknown field \"a/b~\""),
                              QStringLiteral("line 4: \"a/b~\" is given more than once here")}));
        QCOMPARE(file.problems[1].passkey, 1);
        QVERIFY(!file.entries[0].hasProblems);
        QVERIFY(file.entries[1].hasProblems);
    }

    void unknownShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        const QString expected =
            QStringLiteral("expected a list of passkeys, or an object with a \"devices\" list");
        QTest::newRow("number")
            << QByteArray("\n 42")
            << QStringLiteral("line 2: %1; the file holds a number").arg(expected);
        QTest::newRow("string")
            << QByteArray("\"passkeys\"")
            << QStringLiteral("line 1: %1; the file holds a string").arg(expected);
        QTest::newRow("null") << QByteArray("null")
                              << QStringLiteral("line 1: %1; the file holds null").arg(expected);
        QTest::newRow("object without devices")
            << QByteArray("{\"loginId\": \"ada\"}")
            << QStringLiteral("line 1: %1; this object has no \"devices\"").arg(expected);
        QTest::newRow("a single passkey")
            << QByteArray(
                   "{\"credentialId\": \"a\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\"}")
            << QStringLiteral("line 1: %1; this is a single passkey: put it in a list, [ ... ]")
                   .arg(expected);
        QTest::newRow("a single wrapped passkey")
            << QByteArray("{\"auth0\": {}}")
            << QStringLiteral("line 1: %1; this is a single passkey: put it in a list, [ ... ]")
                   .arg(expected);
    }

    void unknownShapesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), QStringList({problem}));
        QVERIFY(file.entries.isEmpty());
    }

    void emptyFilesAreProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("line 1: the file is empty");
        QTest::newRow("blank") << QByteArray(" \n\t\r\n")
                               << QStringLiteral("line 1: the file is empty");
        QTest::newRow("byte order mark only")
            << QByteArray("\xef\xbb\xbf") << QStringLiteral("line 1: the file is empty");
        QTest::newRow("empty list")
            << QByteArray("\n[]") << QStringLiteral("line 2: the list of passkeys is empty");
        QTest::newRow("empty devices")
            << QByteArray("{\n  \"loginId\": \"ada\",\n  \"devices\": []\n}")
            << QStringLiteral("line 3: the list of passkeys is empty");
    }

    void emptyFilesAreProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file), QStringList({problem}));
        QVERIFY(!file.isValid());
    }

    void fieldValuesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown transport")
            << QByteArray(R"("transports": ["usb", "bluetooth"])")
            << QStringLiteral("line 6: \"bluetooth\" is not a transport (expected usb, nfc, ble, "
                              "smart-card, hybrid or internal)");
        QTest::newRow("aaguid") << QByteArray(R"("aaguid": "adce0002")")
                                << QStringLiteral("line 6: aaguid must be a UUID such as "
                                                  "adce0002-35bc-c60a-648b-0b25f1f05503");
        QTest::newRow("backed up but not eligible")
            << QByteArray(R"("backupState": true)")
            << QStringLiteral("line 6: backupState is true but backupEligible is not; only a "
                              "backup-eligible passkey can be backed up");
    }

    void fieldValuesAreChecked()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, problem);
        const PasskeyFile file = PasskeyFile::parse(withField(field));
        QCOMPARE(problemTexts(file), QStringList({problem}));
    }

    void auth0DeviceTypesAreChecked()
    {
        const auto parse = [](const char *extra) {
            return PasskeyFile::parse(
                QByteArray(
                    "[{\"keyId\": \"k\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\", ") +
                extra + "}]");
        };
        QCOMPARE(problemTexts(parse(R"("credentialDeviceType": "multi_device")")), QStringList());
        QCOMPARE(problemTexts(parse(R"("credentialDeviceType": "single_device")")), QStringList());
        QCOMPARE(problemTexts(parse(R"("credentialDeviceType": "phone")")),
                 QStringList({QStringLiteral(
                     "line 1: credentialDeviceType must be singleDevice or multiDevice")}));
        QCOMPARE(problemTexts(parse(
                     R"("credentialDeviceType": "singleDevice", "credentialBackedUp": true)")),
                 QStringList({QStringLiteral("line 1: credentialBackedUp is true, but a "
                                             "single-device credential cannot be backed up")}));
    }

    void rpIdMustBeADomain_data()
    {
        QTest::addColumn<QString>("rpId");
        QTest::addColumn<QString>("problem");
        const QString domain = QStringLiteral("rpId must be a domain such as example.com");
        QTest::newRow("domain") << QStringLiteral("login.example.com") << QString();
        QTest::newRow("single label") << QStringLiteral("localhost") << QString();
        QTest::newRow("hyphens and digits") << QStringLiteral("my-app2.example.co.uk") << QString();
        QTest::newRow("international") << QStringLiteral("b\u00fccher.example") << QString();
        QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.example") << QString();
        QTest::newRow("URL") << QStringLiteral("https://example.com")
                             << domain + QStringLiteral(", not a URL");
        QTest::newRow("port") << QStringLiteral("example.com:443")
                              << domain + QStringLiteral(", without a port or path");
        QTest::newRow("path") << QStringLiteral("example.com/login")
                              << domain + QStringLiteral(", without a port or path");
        QTest::newRow("IP address")
            << QStringLiteral("192.168.1.10") << domain + QStringLiteral(", not an IP address");
        QTest::newRow("empty label") << QStringLiteral("example..com") << domain;
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << domain;
        QTest::newRow("leading hyphen") << QStringLiteral("-example.com") << domain;
        QTest::newRow("space") << QStringLiteral("example com") << domain;
        QTest::newRow("underscore") << QStringLiteral("my_app.example.com") << domain;
        QTest::newRow("long label")
            << QString(QString(64, u'a') + QStringLiteral(".com")) << domain;
    }

    void rpIdMustBeADomain()
    {
        QFETCH(QString, rpId);
        QFETCH(QString, problem);
        const PasskeyFile file =
            PasskeyFile::parse(descopeList("    \"credentialId\": \"Y3JlZA\",\n    \"rpId\": \"" +
                                           rpId.toUtf8() + "\",\n    \"publicKey\": \"pQECAyYg\""));
        const QStringList expected =
            problem.isEmpty() ? QStringList() : QStringList{QStringLiteral("line 4: ") + problem};
        QCOMPARE(problemTexts(file), expected);
        QCOMPARE(file.entries[0].device.rpId, rpId);
    }

    // Every problem of the fixture, each on its own line, in line order.
    void problemsComeLineByLine()
    {
        const PasskeyFile file = fixture("bad_fields.json");
        QCOMPARE(problemTexts(file),
                 QStringList({
                     QStringLiteral("line 4: rpId must be a domain such as example.com, not a URL"),
                     QStringLiteral("line 5: publicKey is not valid base64"),
                     QStringLiteral("line 6: \"bluetooth\" is not a transport (expected usb, nfc, "
                                    "ble, smart-card, hybrid or internal)"),
                     QStringLiteral("line 7: backupEligible must be true or false, not a string"),
                     QStringLiteral("line 9: passkey 2 has no credentialId"),
                     QStringLiteral("line 15: passkey 3 has the same credentialId as passkey 1 "
                                    "(line 2)"),
                     QStringLiteral("line 18: backupState is true but backupEligible is not; "
                                    "only a backup-eligible passkey can be backed up"),
                 }));
        QCOMPARE(file.entries.size(), 3);
        QCOMPARE(file.format, Format::Descope);
        for (const Entry &entry : file.entries)
            QVERIFY(entry.hasProblems);
        // What could be read is kept for the preview.
        QCOMPARE(file.entries[0].device.credentialId, QStringLiteral("YmFkLW9uZQ"));
        QCOMPARE(file.entries[0].device.transports, QStringList({QStringLiteral("usb")}));
        QCOMPARE(file.entries[1].device.attestationType, QStringLiteral("none"));
        QCOMPARE(file.problems[1].passkey, 0);
        QCOMPARE(file.problems[4].passkey, 1);
    }

    void filesAreRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const PasskeyFile missing = PasskeyFile::read(dir.filePath(QStringLiteral("none.json")));
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(missing.problems[0].line, 0);
        QVERIFY(missing.problems[0].text().contains(QStringLiteral("does not exist")));

        const PasskeyFile folder = PasskeyFile::read(dir.path());
        QCOMPARE(folder.problems.size(), 1);
        QVERIFY(folder.problems[0].text().contains(QStringLiteral("folder")));
    }

    // The limit itself is fine; one byte more is refused without being parsed.
    void tooLargeFilesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("passkeys.json"));
        const QByteArray list =
            R"([{"credentialId": "YQ", "rpId": "example.com", "publicKey": "AAAA"}])";
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray content = list;
        content.append(QByteArray(PasskeyFile::MaxBytes - list.size(), ' '));
        QCOMPARE(out.write(content), PasskeyFile::MaxBytes);
        out.close();
        const PasskeyFile atLimit = PasskeyFile::read(path);
        QCOMPARE(problemTexts(atLimit), QStringList());
        QCOMPARE(atLimit.entries.size(), 1);

        QVERIFY(out.open(QIODevice::Append));
        QCOMPARE(out.write(" "), 1);
        out.close();
        const PasskeyFile tooLarge = PasskeyFile::read(path);
        QCOMPARE(tooLarge.problems.size(), 1);
        QCOMPARE(tooLarge.problems[0].line, 0);
        QVERIFY2(tooLarge.problems[0].text().contains(QStringLiteral("refused")),
                 qPrintable(tooLarge.problems[0].text()));
        QVERIFY(tooLarge.entries.isEmpty());
    }

    // A pathological nesting depth is walked, not recursed into.
    void deepNestingIsSafe()
    {
        const qsizetype depth = 200000;
        const QByteArray text = "[{\"credentialId\": \"a\", \"rpId\": \"example.com\", "
                                "\"publicKey\": \"AAAA\", \"extra\": " +
                                QByteArray(depth, '[') + QByteArray(depth, ']') + "}]";
        const PasskeyFile file = PasskeyFile::parse(text);
        QCOMPARE(problemTexts(file),
                 QStringList({QStringLiteral("line 1: unknown field \"extra\"")}));
    }

private:
    using Entry = PasskeyFile::Entry;
};

QTEST_GUILESS_MAIN(TestPasskeyFile)
#include "tst_passkey_file.moc"
