#include "ConnectionTester.h"

#include "AppLogging.h"
#include "ManagementClient.h"

#include <QTimer>

namespace descope {

namespace {

ConnectionVerdict verdict(ConnectionVerdict::Kind kind, const QString &message,
                          std::optional<ApiError> error = std::nullopt)
{
    ConnectionVerdict result;
    result.kind = kind;
    result.message = message;
    result.error = std::move(error);
    return result;
}

QString hostOf(const QUrl &baseUrl)
{
    return baseUrl.port() > 0 ? baseUrl.host() + u':' + QString::number(baseUrl.port())
                              : baseUrl.host();
}

// A refusal that only the public-keys probe can explain: was it the key, or the project?
bool isRefusal(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Server)
        return false;
    const int status = error.httpStatus;
    return status == 400 || status == 401 || status == 403 || status == 404;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::test(const Connection &connection)
{
    cancel();
    const quint64 generation = m_generation;

    ClientSettings settings;
    settings.projectId = connection.projectId.trimmed();
    settings.managementKey = connection.managementKey;
    settings.baseUrl = connection.baseUrl;
    settings.timeoutMs = m_timeoutMs;
    settings.retry.delaysMs.clear();
    m_client = std::make_unique<ManagementClient>(settings);
    m_tier.clear();
    qCInfo(lcApp) << "Testing" << connection;
    Q_EMIT started();

    if (const QString problem = m_client->configurationProblem(); !problem.isEmpty()) {
        // Answered from the event loop like every other verdict, not from inside test().
        QTimer::singleShot(0, this, [this, generation, problem] {
            conclude(generation, verdict(ConnectionVerdict::Kind::InvalidSettings, problem,
                                         ApiError::invalidInput(problem)));
        });
        return;
    }
    m_job = m_client->license(this, [this, generation](const Result<License> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            if (isRefusal(result.error()))
                explainRefusal(generation, result.error());
            else
                conclude(generation, verdictFor(result.error(), m_client->baseUrl()));
            return;
        }
        m_tier = result.value().rateLimitTier;
        checkTenants(generation);
    });
}

void ConnectionTester::cancel()
{
    // The generation moves on first, so the cancelled call's answer is ignored.
    ++m_generation;
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_client.reset();
}

void ConnectionTester::checkTenants(quint64 generation)
{
    m_job = m_client->tenants(this, [this, generation](const Result<QList<Tenant>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            if (isRefusal(result.error()))
                explainRefusal(generation, result.error());
            else
                conclude(generation, verdictFor(result.error(), m_client->baseUrl()));
            return;
        }
        ConnectionVerdict connected = verdict(
            ConnectionVerdict::Kind::Connected,
            tr("Connected: project %1 answered at %2 with %n tenant(s).", nullptr,
               int(result.value().size()))
                .arg(m_client->settings().projectId, m_client->baseUrl().toDisplayString()));
        connected.rateLimitTier = m_tier;
        conclude(generation, connected);
    });
}

void ConnectionTester::explainRefusal(quint64 generation, const ApiError &error)
{
    const QUrl baseUrl = m_client->baseUrl();
    const QString projectId = m_client->settings().projectId;
    // Descope always names its errors; a bare 404 comes from some other web server.
    if (error.errorCode.isEmpty() && error.httpStatus != 401) {
        conclude(generation, verdictFor(error, baseUrl));
        return;
    }
    m_job = m_client->jwks(this, [this, generation, error, baseUrl,
                                  projectId](const Result<nlohmann::json> &probe) {
        if (generation != m_generation)
            return;
        if (probe.ok()) {
            const QString message =
                error.httpStatus == 403
                    ? tr("The management key is valid but not allowed to read this project's "
                         "access keys and tenants. Use a management key with those permissions.")
                    : tr("Descope refused the management key. Project %1 exists, so check that "
                         "the key was copied completely and has not been deleted or expired.")
                          .arg(projectId);
            conclude(generation, verdict(ConnectionVerdict::Kind::BadKey, message, error));
            return;
        }
        const ApiError &probeError = probe.error();
        if (probeError.kind == ApiError::Kind::Server && !probeError.errorCode.isEmpty() &&
            probeError.httpStatus >= 400 && probeError.httpStatus < 500 &&
            !probeError.isRateLimited()) {
            conclude(generation,
                     verdict(ConnectionVerdict::Kind::UnknownProject,
                             tr("Descope does not know the project ID %1 at %2. Check the ID "
                                "(Descope console, Project settings) and, for a regional "
                                "project, the base URL.")
                                 .arg(projectId, baseUrl.toDisplayString()),
                             error));
            return;
        }
        // The probe could not tell: say what the first answer allows.
        ConnectionVerdict unclear = verdictFor(error, baseUrl);
        if (error.httpStatus == 401 || error.httpStatus == 403)
            unclear.kind = ConnectionVerdict::Kind::BadKey;
        conclude(generation, unclear);
    });
}

void ConnectionTester::conclude(quint64 generation, ConnectionVerdict result)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    // The client goes once this answer is delivered; its jobs are finished by now.
    m_client.release()->deleteLater();
    qCInfo(lcApp) << "Connection test verdict" << int(result.kind);
    Q_EMIT finished(result);
}

ConnectionVerdict ConnectionTester::verdictFor(const ApiError &error, const QUrl &baseUrl)
{
    using Kind = ConnectionVerdict::Kind;
    const QString host = hostOf(baseUrl);
    switch (error.kind) {
    case ApiError::Kind::InvalidInput:
        return verdict(Kind::InvalidSettings, error.userMessage(), error);
    case ApiError::Kind::Network:
        return verdict(Kind::Unreachable,
                       tr("Cannot reach %1 (%2). Check the network connection, the base URL, "
                          "and any proxy or firewall in between.")
                           .arg(host, error.description),
                       error);
    case ApiError::Kind::Timeout:
        return verdict(Kind::Unreachable,
                       tr("%1 did not answer in time. Check the network connection and the base "
                          "URL, then try again.")
                           .arg(host),
                       error);
    case ApiError::Kind::Tls:
        return verdict(Kind::Tls,
                       tr("The secure connection to %1 failed, so nothing was sent (%2). Check "
                          "the system clock, any proxy that inspects TLS, and the base URL.")
                           .arg(host, error.description),
                       error);
    case ApiError::Kind::Decode:
        return verdict(
            Kind::NotDescope,
            tr("%1 answered, but not the way Descope does. Check the base URL.").arg(host), error);
    case ApiError::Kind::Server:
        if (error.errorCode.isEmpty() && error.httpStatus < 500)
            return verdict(Kind::NotDescope,
                           tr("%1 answered with HTTP %2, but not the way Descope does. Check the "
                              "base URL.")
                               .arg(host)
                               .arg(error.httpStatus),
                           error);
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return verdict(Kind::BadKey, error.userMessage(), error);
        return verdict(Kind::Other, error.userMessage(), error);
    case ApiError::Kind::Cancelled:
        break;
    }
    return verdict(Kind::Other, error.userMessage(), error);
}

} // namespace descope
