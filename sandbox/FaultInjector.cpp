#include "FaultInjector.h"

#include "SandboxOptions.h"

#include <QMutexLocker>

#include <algorithm>

namespace sandbox {

namespace {

constexpr qint64 WindowMs = 1000;

HttpReply scriptedReply(const ScriptedFault &fault)
{
    HttpReply reply;
    switch (fault.status) {
    case 429:
        reply = HttpReply::error(429, codes::RateLimitExceeded,
                                 "https://docs.descope.com/rate-limit", "API rate limit exceeded.");
        break;
    case 503:
        reply = HttpReply::error(503, codes::ServiceUnavailable, "Service temporarily unavailable",
                                 "The sandbox failed this request on purpose (scripted fault)");
        break;
    default:
        reply = HttpReply::error(fault.status, codes::InternalError,
                                 "The sandbox failed this request on purpose (scripted fault)");
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        reply.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
    return reply;
}

} // namespace

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_rateLimit(options.rateLimitPerSecond)
    , m_failRate(std::clamp(options.failRate, 0.0, 1.0))
    , m_failure(m_failRate)
{
    m_clock.start();
}

void FaultInjector::script(const ScriptedFault &fault)
{
    // A fault is an error answer or a dropped connection, never a success.
    if (fault.count <= 0 || (fault.status != 0 && (fault.status < 400 || fault.status > 599)))
        return;
    QMutexLocker lock(&m_scriptMutex);
    m_script.append(fault);
}

void FaultInjector::clearScript()
{
    QMutexLocker lock(&m_scriptMutex);
    m_script.clear();
}

int FaultInjector::scriptedRemaining() const
{
    QMutexLocker lock(&m_scriptMutex);
    int remaining = 0;
    for (const ScriptedFault &fault : m_script)
        remaining += fault.count;
    return remaining;
}

std::optional<FaultInjector::Fault> FaultInjector::scripted(const QString &path)
{
    QMutexLocker lock(&m_scriptMutex);
    for (auto it = m_script.begin(); it != m_script.end(); ++it) {
        if (!path.contains(it->pathContains))
            continue;
        Fault fault;
        fault.dropConnection = it->status == 0;
        if (!fault.dropConnection)
            fault.reply = scriptedReply(*it);
        if (--it->count <= 0)
            m_script.erase(it);
        return fault;
    }
    return std::nullopt;
}

std::optional<FaultInjector::Fault> FaultInjector::intercept(const QString &path)
{
    if (auto fault = scripted(path))
        return fault;
    if (m_rateLimit > 0) {
        const qint64 now = m_clock.elapsed();
        if (now - m_windowStartMs >= WindowMs) {
            m_windowStartMs = now;
            m_requestsInWindow = 0;
        }
        if (m_requestsInWindow >= m_rateLimit) {
            const qint64 waitMs = m_windowStartMs + WindowMs - now;
            const qint64 retryAfter = std::max<qint64>(1, (waitMs + 999) / 1000);
            HttpReply reply =
                HttpReply::error(429, codes::RateLimitExceeded,
                                 "https://docs.descope.com/rate-limit", "API rate limit exceeded.");
            reply.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
            return Fault{std::move(reply)};
        }
        ++m_requestsInWindow;
    }
    if (m_failRate > 0.0 && m_failure(m_random)) {
        return Fault{HttpReply::error(503, codes::ServiceUnavailable,
                                      "Service temporarily unavailable",
                                      "The sandbox failed this request on purpose (--fail-rate)")};
    }
    return std::nullopt;
}

} // namespace sandbox
