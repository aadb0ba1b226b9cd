#include "SandboxServer.h"

#include "AccessKeyEndpoints.h"
#include "AuthEndpoints.h"
#include "FaultInjector.h"
#include "ProjectEndpoints.h"
#include "SandboxService.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/crypto.h>

namespace sandbox {

namespace {

constexpr qsizetype JournalCapacity = 200;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Keeps the shape of an Authorization value ("Bearer <projectId>:<secret>") for tests that
// compare requests, without keeping the secret parts.
QByteArray redactedAuthorization(const QByteArray &value)
{
    if (!value.startsWith("Bearer "))
        return value.isEmpty() ? QByteArray() : QByteArrayLiteral("<redacted>");
    QList<QByteArray> parts = value.mid(7).split(':');
    for (qsizetype i = 1; i < parts.size(); ++i)
        parts[i] = QByteArrayLiteral("<redacted>");
    return "Bearer " + parts.join(':');
}

bool sameSecret(const QByteArray &presented, const QByteArray &expected)
{
    return presented.size() == expected.size() &&
           CRYPTO_memcmp(presented.constData(), expected.constData(),
                         std::size_t(expected.size())) == 0;
}

const std::vector<Route> &allRoutes()
{
    static const std::vector<Route> routes = [] {
        std::vector<Route> all = accessKeyRoutes();
        for (auto &route : authRoutes())
            all.push_back(std::move(route));
        for (auto &route : projectRoutes())
            all.push_back(std::move(route));
        return all;
    }();
    return routes;
}

void writeReply(QHttpServerResponder &responder, const HttpReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_service(std::make_unique<SandboxService>(m_options))
    , m_faults(std::make_unique<FaultInjector>(m_options))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!m_service->open(error))
        return false;
    const quint16 port = listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return false;
    }
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(m_options.address.toString());
    m_baseUrl.setPort(port);
    m_service->setPublicBaseUrl(m_baseUrl.toString());
    return true;
}

QList<RecordedRequest> SandboxServer::recordedRequests() const
{
    QMutexLocker lock(&m_journalMutex);
    return m_journal;
}

void SandboxServer::clearRecordedRequests()
{
    QMutexLocker lock(&m_journalMutex);
    m_journal.clear();
}

void SandboxServer::record(const QHttpServerRequest &request, int status)
{
    RecordedRequest entry;
    entry.method = methodName(request.method());
    entry.path = request.url().path();
    entry.query = request.url().query();
    for (const auto &[name, value] : request.headers()) {
        const QByteArray lower = name.toLower();
        entry.headers.append(
            {lower, lower == "authorization" ? redactedAuthorization(value) : value});
    }
    entry.body = request.body();
    entry.status = status;

    QMutexLocker lock(&m_journalMutex);
    m_journal.append(std::move(entry));
    if (m_journal.size() > JournalCapacity)
        m_journal.removeFirst();
}

HttpReply SandboxServer::dispatch(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.peer = request.remoteAddress();
    api.authorization = headerValue(request, QByteArrayLiteral("authorization"));

    const Route *route = nullptr;
    bool pathKnown = false;
    for (const auto &candidate : allRoutes()) {
        const bool pathMatches =
            candidate.matchesPrefix
                ? api.path.startsWith(candidate.path) && api.path.size() > candidate.path.size()
                : api.path == candidate.path;
        if (!pathMatches)
            continue;
        pathKnown = true;
        if (candidate.method == api.method) {
            route = &candidate;
            break;
        }
    }
    if (!route) {
        return pathKnown ? HttpReply::error(405, codes::BadRequest,
                                            "Method " + api.method.toStdString() +
                                                " is not allowed on " + api.path.toStdString())
                         : HttpReply::error(404, codes::NotFound,
                                            "No such endpoint: " + api.path.toStdString());
    }

    try {
        if (route->access == Access::Management) {
            const QByteArray expected =
                "Bearer " + m_options.projectId.toUtf8() + ':' + m_options.managementKey.toUtf8();
            if (api.authorization.isEmpty())
                fail(401, codes::Unauthorized,
                     "Authorization 'Bearer <projectId>:<managementKey>' is required");
            if (!sameSecret(api.authorization, expected))
                fail(401, codes::Unauthorized, "The project ID or management key is not valid");
        }
        const QByteArray body = request.body().trimmed();
        if (api.method == "POST" && !body.isEmpty()) {
            api.body = nlohmann::json::parse(body.constData(), body.constData() + body.size(),
                                             nullptr, false);
            if (api.body.is_discarded())
                fail(400, codes::BadRequest, "The request body is not valid JSON");
            if (!api.body.is_object())
                fail(400, codes::BadRequest, "The request body must be a JSON object");
        }
        return route->handler(*m_service, api);
    } catch (const RequestError &error) {
        return error.reply;
    } catch (const StorageError &error) {
        return HttpReply::error(500, codes::InternalError,
                                std::string("The sandbox could not store the change: ") +
                                    error.what());
    } catch (const std::exception &error) {
        return HttpReply::error(500, codes::InternalError,
                                std::string("The sandbox failed: ") + error.what());
    }
}

void SandboxServer::scriptFault(const ScriptedFault &fault)
{
    m_faults->script(fault);
}

void SandboxServer::clearScriptedFaults()
{
    m_faults->clearScript();
}

int SandboxServer::scriptedFaultsRemaining() const
{
    return m_faults->scriptedRemaining();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    std::optional<FaultInjector::Fault> fault = m_faults->intercept(request.url().path());
    if (fault && fault->dropConnection) {
        // Reset, not closed politely: the client sees the connection go without an answer.
        record(request, 0);
        socket->abort();
        return true;
    }
    const HttpReply reply = fault ? std::move(fault->reply) : dispatch(request);
    record(request, reply.status);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (m_options.latencyMs <= 0) {
        writeReply(responder, reply);
        return true;
    }
    // The answer waits on a timer rather than a sleep, so other connections are served
    // meanwhile; a client that gave up in the meantime simply gets nothing.
    auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_options.latencyMs, this, [delayed, guard, reply] {
        if (guard && guard->isOpen())
            writeReply(*delayed, reply);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, HttpReply::error(404, codes::NotFound, "No such endpoint"));
}

} // namespace sandbox
