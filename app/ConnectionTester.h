#pragma once

#include "ApiError.h"
#include "Connection.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace descope {

class ApiJob;
class ManagementClient;

// The answer to "Test connection", in words a person can act on.
struct ConnectionVerdict
{
    enum class Kind
    {
        Connected,
        InvalidSettings, // refused before sending: no project ID, no key, a bad base URL
        BadKey,          // the project exists, but the management key was refused (401/403)
        UnknownProject,  // Descope does not know the project ID
        Unreachable,     // refused, DNS, no route, time-out
        Tls,             // the certificate or the handshake failed
        NotDescope,      // something answered, but not the way Descope does
        Other,           // rate limits, server trouble, ...
    };

    Kind kind = Kind::Other;
    QString message;               // one or two sentences: what is wrong and what to do
    std::optional<ApiError> error; // what the client saw, when a call failed
    QString rateLimitTier;         // Connected: the project's tier, from the license call

    bool ok() const { return kind == Kind::Connected; }
};

// Tries a connection the way the console will use it: the license call (authentication), then
// the tenant list (reading the project). A refused key is told apart from an unknown project
// by asking for the project's public keys, which need no management key: Descope answers that
// for a project it knows.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15000;

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; one already running is cancelled and never answers.
    void test(const Connection &connection);
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    // A test waits this long for each answer; retries are off, so a verdict comes quickly.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The verdict for a failed call, when no further probe can tell more.
    static ConnectionVerdict verdictFor(const ApiError &error, const QUrl &baseUrl);

Q_SIGNALS:
    void started();
    void finished(const descope::ConnectionVerdict &verdict);

private:
    void checkTenants(quint64 generation);
    void explainRefusal(quint64 generation, const ApiError &error);
    void conclude(quint64 generation, ConnectionVerdict verdict);

    std::unique_ptr<ManagementClient> m_client;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_tier;
};

} // namespace descope
