#include "SandboxHost.h"

#include "FaultInjector.h"
#include "SandboxServer.h"

#include <QThread>

namespace sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options)
{
    stop();
    m_options = options;
    m_errorString.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("descope-sandbox"));
    m_thread->start();

    // A context object living in the new thread runs the construction there, because the
    // server's SQLite connection and sockets belong to the thread that creates them.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    SandboxServer *created = nullptr;
    QString error;
    QMetaObject::invokeMethod(
        context,
        [&] {
            auto *server = new SandboxServer(options);
            if (server->start(&error))
                created = server;
            else
                delete server;
        },
        Qt::BlockingQueuedConnection);

    if (!created) {
        m_errorString = error;
        stop();
        return false;
    }
    m_server = created;
    m_baseUrl = created->baseUrl();
    return true;
}

void SandboxHost::scriptFault(const ScriptedFault &fault)
{
    if (m_server)
        m_server->scriptFault(fault);
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace sandbox
