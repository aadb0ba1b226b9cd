// Where the client sends a project's calls, and which base URLs it refuses.

#include "BaseUrl.h"

#include <QTest>

using namespace descope;

class TestBaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionComesFromTheProjectId_data()
    {
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("expected");
        // The Go SDK's own examples: 32 characters carry a region, 28 do not.
        QTest::newRow("regional") << "Puse12aAc4T2V93bddihGEx2Ryhc8e5Z"
                                  << "https://api.use1.descope.com";
        QTest::newRow("regional, longer") << "Peuc12aAc4T2V93bddihGEx2Ryhc8e5Zabc"
                                          << "https://api.euc1.descope.com";
        QTest::newRow("classic 28") << "P2abcdefghijklmnopqrstuvwxyz"
                                    << "https://api.descope.com";
        QTest::newRow("short") << "P123"
                               << "https://api.descope.com";
        QTest::newRow("empty") << ""
                               << "https://api.descope.com";
    }

    void regionComesFromTheProjectId()
    {
        QFETCH(QString, projectId);
        QFETCH(QString, expected);
        QCOMPARE(baseUrlForProjectId(projectId), QUrl(expected));
    }

    void onlyHttpsOrLoopbackIsAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://api.descope.com" << true;
        QTest::newRow("custom domain") << "https://auth.example.com" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("localhost") << "http://localhost:9000" << true;
        QTest::newRow("loopback v4, another address") << "http://127.8.9.10:8080" << true;
        QTest::newRow("localhost in capitals") << "http://LOCALHOST:9000" << true;
        QTest::newRow("plain http") << "http://api.descope.com" << false;
        QTest::newRow("lan http") << "http://192.168.1.10" << false;
        QTest::newRow("unspecified v4") << "http://0.0.0.0:8080" << false;
        QTest::newRow("v6 not loopback") << "http://[::2]:8080" << false;
        QTest::newRow("localhost as a subdomain") << "http://localhost.example.com" << false;
        QTest::newRow("loopback as a subdomain") << "http://127.0.0.1.example.com" << false;
        QTest::newRow("localhost with a trailing dot") << "http://localhost.:9000" << false;
        QTest::newRow("ftp") << "ftp://api.descope.com" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void onlyHttpsOrLoopbackIsAccepted()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = baseUrlProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
    }

    // The refusal says why: the key would travel unencrypted, to the host named.
    void plainHttpToAnotherHostSaysWhy()
    {
        const QString problem = baseUrlProblem(QUrl(QStringLiteral("http://auth.example.com")));
        QVERIFY2(problem.contains(QStringLiteral("management key")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("auth.example.com unencrypted")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("https://")), qPrintable(problem));
    }
};

QTEST_APPLESS_MAIN(TestBaseUrl)
#include "tst_base_url.moc"
