#pragma once

#include "HttpReply.h"

#include <QElapsedTimer>

#include <optional>
#include <random>

namespace sandbox {

struct SandboxOptions;

// The sandbox's fault switches: a requests-per-second limit answered with 429 and Retry-After
// as Descope does, and a fraction of requests answered with 503. The random stream has a fixed
// seed, so a run with the same requests fails the same ones.
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxOptions &options);

    // A fault to answer instead of the request, or nullopt to serve it.
    std::optional<HttpReply> intercept();

private:
    int m_rateLimit;
    double m_failRate;
    QElapsedTimer m_clock;
    qint64 m_windowStartMs = 0;
    int m_requestsInWindow = 0;
    std::mt19937 m_random{20261123u};
    std::bernoulli_distribution m_failure;
};

} // namespace sandbox
