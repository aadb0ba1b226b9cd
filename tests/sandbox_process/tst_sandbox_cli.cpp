// The descope-sandbox program's command line: its one stdout line, --listen, the identity
// options, bad arguments and --version.

#include "HttpTestClient.h"
#include "SandboxProcess.h"

#include <QTest>

using sandbox_process::FinishedRun;
using sandbox_process::SandboxProcess;

namespace {

QString defaultProjectId()
{
    return QString::fromLatin1(sandbox::DefaultProjectId);
}

int searchStatus(const HttpTestClient &client)
{
    return client.postRaw(QStringLiteral("/v1/mgmt/accesskey/search"), QByteArrayLiteral("{}"))
        .status;
}

QByteArray bearer(const QString &projectId, const QString &managementKey)
{
    return "Bearer " + projectId.toUtf8() + ':' + managementKey.toUtf8();
}

} // namespace

class SandboxCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOnlyTheListeningLine()
    {
        SandboxProcess program({});
        QVERIFY2(program.start(), qPrintable(program.failure()));
        QCOMPARE(program.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(program.baseUrl().port() > 0);
        QCOMPARE(program.projectId(), defaultProjectId());

        const HttpTestClient client = program.client();
        QCOMPARE(searchStatus(client), 200);
        QCOMPARE(client
                     .get(QStringLiteral("/v2/keys/") + program.projectId(),
                          HttpTestClient::NoAuthorization)
                     .status,
                 200);
        QCOMPARE(program.standardOutput(), program.listeningLine() + '\n');

        QVERIFY(program.terminate());
        QCOMPARE(program.standardOutput(), program.listeningLine() + '\n');
        // The fixed management key is announced, on stderr.
        QVERIFY(program.process().readAllStandardError().contains(sandbox::DefaultManagementKey));
    }

    void listenUsesTheGivenPort()
    {
        const quint16 port = sandbox_process::freeLoopbackPort();
        QVERIFY(port != 0);
        SandboxProcess program(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY2(program.start(), qPrintable(program.failure()));
        QCOMPARE(program.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(searchStatus(program.client()), 200);
    }

    void identityOptionsChangeTheAcceptedAuthorization()
    {
        const QString projectId = QStringLiteral("P2CliTestProject");
        const QString managementKey = QStringLiteral("K2CliTestManagementKey");
        SandboxProcess program({QStringLiteral("--project-id"), projectId,
                                QStringLiteral("--management-key"), managementKey});
        QVERIFY2(program.start(), qPrintable(program.failure()));
        QCOMPARE(program.projectId(), projectId);

        const HttpTestClient client = program.client(managementKey);
        const QString path = QStringLiteral("/v1/mgmt/accesskey/search");
        const QByteArray body = QByteArrayLiteral("{}");
        const auto withDefault = client.postRaw(
            path, body, bearer(defaultProjectId(), sandbox_process::defaultManagementKey()));
        QCOMPARE(withDefault.status, 401);
        QCOMPARE(
            client.postRaw(path, body, bearer(projectId, sandbox_process::defaultManagementKey()))
                .status,
            401);
        QCOMPARE(client.postRaw(path, body, bearer(projectId, managementKey)).status, 200);
    }

    void badArgumentsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        auto row = [](const char *name, QStringList arguments) {
            QTest::newRow(name) << arguments;
        };
        row("fail rate above one", {QStringLiteral("--fail-rate"), QStringLiteral("2")});
        row("fail rate not a number", {QStringLiteral("--fail-rate"), QStringLiteral("half")});
        row("listen nonsense", {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        row("listen without port", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1")});
        row("listen port too big", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")});
        row("project id with colon", {QStringLiteral("--project-id"), QStringLiteral("a:b")});
        row("empty project id", {QStringLiteral("--project-id"), QString()});
        row("management key with colon",
            {QStringLiteral("--management-key"), QStringLiteral("k:ey")});
        row("negative latency", {QStringLiteral("--latency"), QStringLiteral("-1")});
        row("negative seed", {QStringLiteral("--seed"), QStringLiteral("-5")});
        row("rate limit not a number", {QStringLiteral("--rate-limit"), QStringLiteral("many")});
        row("unknown option", {QStringLiteral("--no-such-option")});
        row("option without its value", {QStringLiteral("--listen")});
        row("stray argument", {QStringLiteral("sandbox.db")});
    }

    void badArgumentsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const FinishedRun run = sandbox_process::runToExit(arguments, 5000);
        QVERIFY2(run.finished, "still running after 5 s: it accepted the arguments");
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.standardError.trimmed().isEmpty());
        QVERIFY2(!run.standardOutput.contains("listening"), run.standardOutput.constData());
    }

    void versionPrintsTheVersion()
    {
        const FinishedRun run = sandbox_process::runToExit({QStringLiteral("--version")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.standardOutput).trimmed(),
                 QStringLiteral("descope-sandbox " DESCOPE_EXPECTED_VERSION));
    }
};

QTEST_GUILESS_MAIN(SandboxCliTest)
#include "tst_sandbox_cli.moc"
