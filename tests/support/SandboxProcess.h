#pragma once

// Runs the descope-sandbox program for the tests in this folder: launch it, wait for its one
// "listening" line on stdout, and turn that line into a base URL and project ID.

#include "HttpTestClient.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <SandboxOptions.h>

#ifndef SANDBOX_EXECUTABLE
#error "SANDBOX_EXECUTABLE must name the descope-sandbox program"
#endif

namespace sandbox_process {

inline QString executable()
{
    return QStringLiteral(SANDBOX_EXECUTABLE);
}

inline QString defaultManagementKey()
{
    return QString::fromLatin1(sandbox::DefaultManagementKey);
}

// The one line the program prints on stdout once it serves requests.
inline const QRegularExpression &listeningLinePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^descope-sandbox listening on (http://\\S+) project=(\\S+)$"));
    return pattern;
}

// A port that was free a moment ago on 127.0.0.1.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList arguments)
    {
        m_process.setProgram(executable());
        m_process.setArguments(std::move(arguments));
    }
    ~SandboxProcess() { kill(); }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the program and waits for the listening line; on false, failure() says why.
    bool start(int timeoutMs = 20000)
    {
        m_stdout.clear();
        m_process.start();
        if (!m_process.waitForStarted(timeoutMs))
            return fail(
                QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString()));
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_stdout.contains('\n')) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired())
                return fail(QStringLiteral("no listening line (exit code %1); stderr: %2")
                                .arg(m_process.exitCode())
                                .arg(QString::fromUtf8(m_process.readAllStandardError())));
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_stdout += m_process.readAllStandardOutput();
        }
        m_line = m_stdout.left(m_stdout.indexOf('\n'));
        const auto match = listeningLinePattern().match(QString::fromUtf8(m_line));
        if (!match.hasMatch())
            return fail(QStringLiteral("unexpected first line: ") + QString::fromUtf8(m_line));
        m_baseUrl = QUrl(match.captured(1));
        m_projectId = match.captured(2);
        return m_baseUrl.isValid();
    }

    QString failure() const { return m_failure; }
    QByteArray listeningLine() const { return m_line; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_projectId; }
    QProcess &process() { return m_process; }

    // A client authorised with the given management key (the program's default otherwise).
    HttpTestClient client(const QString &managementKey = defaultManagementKey()) const
    {
        return HttpTestClient(m_baseUrl, m_projectId, managementKey);
    }

    // Everything the program wrote to stdout so far, the listening line included.
    QByteArray standardOutput()
    {
        m_stdout += m_process.readAllStandardOutput();
        return m_stdout;
    }

    // SIGKILL: no shutdown code runs, as after a crash or kill -9.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    // SIGTERM; returns whether the program ended in time.
    bool terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        m_process.terminate();
        return m_process.waitForFinished(10000);
    }

private:
    bool fail(QString reason)
    {
        m_failure = std::move(reason);
        return false;
    }

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_line;
    QUrl m_baseUrl;
    QString m_projectId;
    QString m_failure;
};

// A run of the program that is expected to end on its own (bad arguments, --version).
struct FinishedRun
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

inline FinishedRun runToExit(const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    process.start(executable(), arguments);
    FinishedRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace sandbox_process
