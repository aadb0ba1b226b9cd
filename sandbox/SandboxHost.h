#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QThread;

namespace sandbox {

class SandboxServer;
struct ScriptedFault;

// Runs a sandbox server in a thread of its own, for the console's --sandbox mode and for tests:
// the caller's event loop stays free to act as the server's client.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override; // stops the server and joins its thread

    // Blocks until the server listens, or returns false with the reason in errorString().
    bool start(const SandboxOptions &options);
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_options.projectId; }
    QString managementKey() const { return m_options.managementKey; }
    QString errorString() const { return m_errorString; }

    // Thread-safe parts only (the request journal, scripted faults); everything else belongs
    // to the server thread.
    SandboxServer *server() const { return m_server; }

    // Thread-safe: answers the next matching requests with a fault (see ScriptedFault);
    // does nothing while the server is not running.
    void scriptFault(const ScriptedFault &fault);

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
    SandboxOptions m_options;
    QUrl m_baseUrl;
    QString m_errorString;
};

} // namespace sandbox
