// A permitted-IPs entry that is accepted but probably not what was meant: a CIDR range whose
// address has host bits set ("10.1.2.3/8" is the whole of 10.0.0.0/8). It gets a warning that
// names the network it stands for, for IPv4 and IPv6; it is never a problem, because Descope
// (and the sandbox) accept it, and the form still saves it as typed.

#include "IpRange.h"
#include "KeyForm.h"

#include <QTest>

#include <string>

// The sandbox's own rule (sandbox/KeyRequests.cpp); see tst_key_form.cpp.
namespace sandbox {
bool isIpOrCidr(const std::string &address);
}

using namespace descope;

class TestIpRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networksHaveTheHostBitsCleared_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("network");
        QTest::newRow("v4 /8") << "10.1.2.3/8"
                               << "10.0.0.0/8";
        QTest::newRow("v4 /24") << "192.0.2.77/24"
                                << "192.0.2.0/24";
        QTest::newRow("v4 /31") << "192.0.2.77/31"
                                << "192.0.2.76/31";
        QTest::newRow("v4 /32") << "192.0.2.77/32"
                                << "192.0.2.77/32";
        QTest::newRow("v4 /0") << "10.1.2.3/0"
                               << "0.0.0.0/0";
        QTest::newRow("v4 /23 across a byte") << "10.1.3.3/23"
                                              << "10.1.2.0/23";
        QTest::newRow("v4 already a network") << "10.0.0.0/8"
                                              << "10.0.0.0/8";
        QTest::newRow("v4 address") << "10.1.2.3"
                                    << "10.1.2.3";
        QTest::newRow("v6 /32") << "2001:db8:1234::1/32"
                                << "2001:db8::/32";
        QTest::newRow("v6 /64") << "2001:db8:0:1:abcd::7/64"
                                << "2001:db8:0:1::/64";
        QTest::newRow("v6 /60 inside a group") << "2001:db8:0:1f::1/60"
                                               << "2001:db8:0:10::/60";
        QTest::newRow("v6 upper case") << "2001:DB8::ABCD/32"
                                       << "2001:db8::/32";
        QTest::newRow("v6 /128") << "2001:db8::1/128"
                                 << "2001:db8::1/128";
        QTest::newRow("v6 /0") << "2001:db8::1/0"
                               << "::/0";
        QTest::newRow("v6 mapped v4") << "::ffff:10.1.2.3/104"
                                      << "::ffff:10.0.0.0/104";
        QTest::newRow("not an address") << "10.0.0.300/8"
                                        << "";
        QTest::newRow("no prefix length") << "10.0.0.1/"
                                          << "";
    }

    void networksHaveTheHostBitsCleared()
    {
        QFETCH(QString, entry);
        QFETCH(QString, network);
        QCOMPARE(ipRangeNetwork(entry), network);
    }

    void hostBitsGetAWarningThatNamesTheNetwork_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("warning");
        const auto covers = [](const char *entry, const char *network, const char *address) {
            return QStringLiteral("%1 covers the whole network %2: write %2 if that is meant, or "
                                  "%3 for that one address")
                .arg(QLatin1String(entry), QLatin1String(network), QLatin1String(address));
        };
        QTest::newRow("v4") << "10.1.2.3/8" << covers("10.1.2.3/8", "10.0.0.0/8", "10.1.2.3");
        QTest::newRow("v4 last host bit")
            << "192.0.2.1/31" << covers("192.0.2.1/31", "192.0.2.0/31", "192.0.2.1");
        QTest::newRow("v4 everything")
            << "10.1.2.3/0" << covers("10.1.2.3/0", "0.0.0.0/0", "10.1.2.3");
        QTest::newRow("v6") << "2001:db8::1/64"
                            << covers("2001:db8::1/64", "2001:db8::/64", "2001:db8::1");
        QTest::newRow("v6 last host bit")
            << "2001:db8::1/127" << covers("2001:db8::1/127", "2001:db8::/127", "2001:db8::1");
        QTest::newRow("v6 as typed")
            << "2001:DB8::1/32" << covers("2001:DB8::1/32", "2001:db8::/32", "2001:DB8::1");

        // Nothing to say about a network, a host route, an address or an invalid entry.
        QTest::newRow("v4 network") << "10.0.0.0/8"
                                    << "";
        QTest::newRow("v4 host route") << "10.1.2.3/32"
                                       << "";
        QTest::newRow("v4 everything exactly") << "0.0.0.0/0"
                                               << "";
        QTest::newRow("v4 address") << "10.1.2.3"
                                    << "";
        QTest::newRow("v6 network") << "2001:db8::/32"
                                    << "";
        QTest::newRow("v6 network spelt out") << "2001:0db8:0000:0000:0000:0000:0000:0000/32"
                                              << "";
        QTest::newRow("v6 upper-case network") << "2001:DB8::/32"
                                               << "";
        QTest::newRow("v6 host route") << "2001:db8::1/128"
                                       << "";
        QTest::newRow("invalid address") << "10.0.0.300/8"
                                         << "";
        QTest::newRow("invalid prefix") << "10.1.2.3/33"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void hostBitsGetAWarningThatNamesTheNetwork()
    {
        QFETCH(QString, entry);
        QFETCH(QString, warning);
        QCOMPARE(ipRangeWarning(entry), warning);
        if (!warning.isEmpty()) {
            // A warning, not a problem: the console and the server both accept the entry.
            QCOMPARE(ipRangeProblem(entry), QString());
            QVERIFY2(sandbox::isIpOrCidr(entry.toStdString()), "the sandbox refuses it");
        }
    }

    // The form passes the warnings on by line, beside its problems and without adding to them:
    // the key can still be saved, with the entry as typed.
    void theFormWarnsPerLineAndStillSaves()
    {
        KeyForm form;
        form.name = QStringLiteral("warned");
        form.permittedIps = {QStringLiteral("192.0.2.7"), QStringLiteral(" 10.1.2.3/8 "), QString(),
                             QStringLiteral("10.0.0.300/8"), QStringLiteral("2001:db8::1/64")};
        const QList<FieldProblem> warnings = form.warnings();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).field, KeyField::PermittedIps);
        QCOMPARE(warnings.at(0).row, 1);
        QVERIFY(warnings.at(0).reason.startsWith(
            QStringLiteral("10.1.2.3/8 covers the whole network 10.0.0.0/8")));
        QCOMPARE(warnings.at(1).row, 4);
        QVERIFY(warnings.at(1).reason.startsWith(
            QStringLiteral("2001:db8::1/64 covers the whole network 2001:db8::/64")));
        QCOMPARE(KeyForm::permittedIpWarnings(form.permittedIps), warnings);

        // The invalid line is a problem, with no warning on top; the warned ones are not.
        const QList<FieldProblem> problems = form.problems(0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().row, 3);

        form.permittedIps.removeAt(3);
        QVERIFY(form.problems(0).isEmpty());
        QCOMPARE(form.toCreateRequest(0).permittedIps,
                 QStringList({QStringLiteral("192.0.2.7"), QStringLiteral("10.1.2.3/8"),
                              QStringLiteral("2001:db8::1/64")}));
    }
};

QTEST_GUILESS_MAIN(TestIpRange)
#include "tst_ip_range.moc"
