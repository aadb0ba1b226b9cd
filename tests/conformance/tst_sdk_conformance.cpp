// Runs sdk-conformance.mjs: the official Descope Node SDK (pinned in package-lock.json) drives
// a sandbox started in this process through every access-key call and the exchange, and
// validates the exchanged JWT with the SDK's own validation.
//
// Nothing here skips: a missing node, a missing node_modules or a sandbox that does not start
// fails the test, so a green CTest run always means the SDK really ran.

#include "SandboxHost.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

constexpr int ScriptTimeoutMs = 120 * 1000;

QString nodeExecutable()
{
    return QString::fromUtf8(DESCOPE_NODE_EXECUTABLE);
}

QString conformanceDir()
{
    return QString::fromUtf8(DESCOPE_CONFORMANCE_DIR);
}

QString conformanceScript()
{
    return QString::fromUtf8(DESCOPE_CONFORMANCE_SCRIPT);
}

// Forwards every complete line the script printed so far to the test log.
void forwardLines(QByteArray &pending, const QByteArray &chunk, bool flush)
{
    pending.append(chunk);
    qsizetype newline = pending.indexOf('\n');
    while (newline >= 0) {
        const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
        if (!line.isEmpty())
            qInfo().noquote() << line;
        pending.remove(0, newline + 1);
        newline = pending.indexOf('\n');
    }
    if (flush && !pending.trimmed().isEmpty()) {
        qInfo().noquote() << QString::fromUtf8(pending).trimmed();
        pending.clear();
    }
}

} // namespace

class TestSdkConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeSdkDrivesTheSandbox();
};

void TestSdkConformance::nodeSdkDrivesTheSandbox()
{
    const QString node = nodeExecutable();
    if (node.isEmpty()) {
        QFAIL("node was not found when CMake configured this build: install Node.js (18 or "
              "newer) and re-run `cmake --preset dev`; the SDK conformance suite cannot run "
              "without it.");
    }
    if (!QFileInfo(node).isExecutable()) {
        QFAIL(qPrintable(QStringLiteral("node as found by CMake (%1) is not an executable any "
                                        "more: reinstall Node.js or re-run CMake with "
                                        "-DNODE_EXECUTABLE=<path to node>.")
                             .arg(node)));
    }

    const QDir dir(conformanceDir());
    if (!QFileInfo::exists(
            dir.filePath(QStringLiteral("node_modules/@descope/node-sdk/package.json")))) {
        const QByteArray message = "The Descope Node SDK is not installed in " +
                                   dir.absolutePath().toUtf8() +
                                   "/node_modules: run scripts/test (it runs `npm ci` there), or "
                                   "`npm ci` in that folder by hand.";
        QFAIL(message.constData());
    }
    QVERIFY2(QFileInfo::exists(conformanceScript()), qPrintable(conformanceScript()));

    sandbox::SandboxHost host;
    QVERIFY2(host.start(sandbox::SandboxOptions{}),
             qPrintable(QStringLiteral("the sandbox did not start: ") + host.errorString()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESCOPE_BASE_URL"),
                       host.baseUrl().toString(QUrl::StripTrailingSlash));
    environment.insert(QStringLiteral("DESCOPE_PROJECT_ID"), host.projectId());
    environment.insert(QStringLiteral("DESCOPE_MANAGEMENT_KEY"), host.managementKey());
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));

    QProcess script;
    script.setProgram(node);
    script.setArguments({conformanceScript()});
    script.setWorkingDirectory(dir.absolutePath());
    script.setProcessEnvironment(environment);
    script.setProcessChannelMode(QProcess::MergedChannels);

    qInfo().noquote() << QStringLiteral("running %1 %2 against %3")
                             .arg(node, conformanceScript(), host.baseUrl().toString());
    script.start();
    QVERIFY2(script.waitForStarted(30 * 1000),
             qPrintable(QStringLiteral("node did not start: ") + script.errorString()));

    // The sandbox serves from its own thread, so waiting here blocks nobody; polling keeps the
    // script's output flowing into the log while it runs.
    QByteArray pending;
    const QDeadlineTimer deadline(ScriptTimeoutMs);
    bool finished = false;
    while (!finished && !deadline.hasExpired()) {
        finished = script.waitForFinished(200);
        forwardLines(pending, script.readAll(), false);
    }
    if (!finished) {
        script.kill();
        script.waitForFinished(5 * 1000);
        forwardLines(pending, script.readAll(), true);
        QFAIL(qPrintable(QStringLiteral("sdk-conformance.mjs did not finish within %1 s")
                             .arg(ScriptTimeoutMs / 1000)));
    }
    forwardLines(pending, script.readAll(), true);

    QVERIFY2(script.exitStatus() == QProcess::NormalExit,
             qPrintable(QStringLiteral("node crashed: ") + script.errorString()));
    QCOMPARE(script.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSdkConformance)

#include "tst_sdk_conformance.moc"
