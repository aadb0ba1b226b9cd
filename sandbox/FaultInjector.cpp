#include "FaultInjector.h"

#include "SandboxOptions.h"

#include <algorithm>

namespace sandbox {

namespace {
constexpr qint64 WindowMs = 1000;
}

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_rateLimit(options.rateLimitPerSecond)
    , m_failRate(std::clamp(options.failRate, 0.0, 1.0))
    , m_failure(m_failRate)
{
    m_clock.start();
}

std::optional<HttpReply> FaultInjector::intercept()
{
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
            return reply;
        }
        ++m_requestsInWindow;
    }
    if (m_failRate > 0.0 && m_failure(m_random)) {
        return HttpReply::error(503, codes::ServiceUnavailable, "Service temporarily unavailable",
                                "The sandbox failed this request on purpose (--fail-rate)");
    }
    return std::nullopt;
}

} // namespace sandbox
