#include "Connection.h"

#include <QDebug>
#include <QTest>

using descope::Connection;

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsInvalid()
    {
        const Connection connection;
        QVERIFY(!connection.isValid());
        QVERIFY(!connection.isSandbox);
    }

    void validNeedsProjectAndBaseUrl()
    {
        Connection connection;
        connection.projectId = QStringLiteral("P2abc");
        QVERIFY(!connection.isValid());
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(connection.isValid());
        connection.projectId.clear();
        QVERIFY(!connection.isValid());
    }

    void debugOutputLeavesTheManagementKeyOut()
    {
        Connection connection;
        connection.displayName = QStringLiteral("Sandbox");
        connection.projectId = QStringLiteral("P2abc");
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        connection.managementKey = QStringLiteral("K2VerySecretManagementKey");
        connection.isSandbox = true;

        QString text;
        QDebug(&text) << connection;
        QVERIFY2(text.contains(QStringLiteral("P2abc")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("http://127.0.0.1:8080")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("redacted")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("K2VerySecret")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
