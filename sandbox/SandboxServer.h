#pragma once

#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace sandbox {

class SandboxService;
class FaultInjector;
struct HttpReply;
struct ScriptedFault;

// One request as the sandbox saw it, so tests can compare what a client sends with what the
// official SDKs send. The Authorization value keeps its shape but not its secrets.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    int status = 0;
};

// The Descope-compatible HTTP front: routing, authentication, fault switches and latency.
// Lives in one thread (the one that calls start()).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    const SandboxOptions &options() const { return m_options; }

    // Thread-safe: the most recent requests, oldest first (at most 200). A dropped connection
    // is recorded with status 0.
    QList<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();

    // Thread-safe: faults scripted while the server runs (see ScriptedFault), for tests.
    void scriptFault(const ScriptedFault &fault);
    void clearScriptedFaults();
    int scriptedFaultsRemaining() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest &request);
    void record(const QHttpServerRequest &request, int status);

    SandboxOptions m_options;
    std::unique_ptr<SandboxService> m_service;
    std::unique_ptr<FaultInjector> m_faults;
    QUrl m_baseUrl;

    mutable QMutex m_journalMutex;
    QList<RecordedRequest> m_journal;
};

} // namespace sandbox
