#pragma once

#include "HttpReply.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>
#include <random>

namespace sandbox {

struct SandboxOptions;

// A fault a test scripts while the sandbox runs: the next `count` requests whose path contains
// `pathContains` are answered with `status` (and a Retry-After of `retryAfterSeconds` when it
// is not negative) instead of being served. Status 0 closes the connection without answering,
// as a server that resets it would.
struct ScriptedFault
{
    QString pathContains;
    int count = 1;
    int status = 503;
    int retryAfterSeconds = -1;
};

// The sandbox's fault switches: a requests-per-second limit answered with 429 and Retry-After
// as Descope does, a fraction of requests answered with 503, and faults scripted at run time.
// The random stream has a fixed seed, so a run with the same requests fails the same ones.
class FaultInjector
{
public:
    // What to do instead of serving a request: answer `reply`, or drop the connection.
    struct Fault
    {
        HttpReply reply;
        bool dropConnection = false;
    };

    explicit FaultInjector(const SandboxOptions &options);

    // A fault to answer instead of the request to `path`, or nullopt to serve it. Scripted
    // faults come first, in the order they were scripted.
    std::optional<Fault> intercept(const QString &path);

    // Thread-safe: tests script faults from their own thread while the server runs in its own.
    void script(const ScriptedFault &fault);
    void clearScript();
    // How many scripted answers are still to be given.
    int scriptedRemaining() const;

private:
    std::optional<Fault> scripted(const QString &path);

    int m_rateLimit;
    double m_failRate;
    QElapsedTimer m_clock;
    qint64 m_windowStartMs = 0;
    int m_requestsInWindow = 0;
    std::mt19937 m_random{20261123u};
    std::bernoulli_distribution m_failure;

    mutable QMutex m_scriptMutex;
    QList<ScriptedFault> m_script;
};

} // namespace sandbox
