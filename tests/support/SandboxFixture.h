#pragma once

#include "HttpTestClient.h"
#include "SandboxHost.h"

#include <QDateTime>
#include <QTest>

#include <memory>

// A sandbox in its own thread plus a client for it; one per test case class.
class SandboxFixture
{
public:
    bool start(const sandbox::SandboxOptions &options = {})
    {
        if (!m_host.start(options)) {
            qWarning("sandbox did not start: %s", qPrintable(m_host.errorString()));
            return false;
        }
        m_client = std::make_unique<HttpTestClient>(m_host.baseUrl(), m_host.projectId(),
                                                    m_host.managementKey());
        return true;
    }

    HttpTestClient &client() { return *m_client; }
    sandbox::SandboxHost &host() { return m_host; }
    QString projectId() const { return m_host.projectId(); }

    // Creates a key and returns the whole answer ({"key":..., "cleartext":...}).
    nlohmann::json create(nlohmann::json body)
    {
        const auto response = m_client->post(QStringLiteral("/v1/mgmt/accesskey/create"), body);
        if (response.status != 200)
            qWarning("create failed: %d %s", response.status, response.body.constData());
        return response.json();
    }

    nlohmann::json load(const std::string &id)
    {
        return m_client->get(QStringLiteral("/v1/mgmt/accesskey?id=") + QString::fromStdString(id))
            .json();
    }

    static long long now() { return QDateTime::currentSecsSinceEpoch(); }

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<HttpTestClient> m_client;
};

inline std::string errorCodeOf(const HttpTestClient::Response &response)
{
    const auto body = response.json();
    return body.is_object() ? body.value("errorCode", std::string()) : std::string();
}

inline std::string descriptionOf(const HttpTestClient::Response &response)
{
    const auto body = response.json();
    return body.is_object() ? body.value("errorDescription", std::string()) : std::string();
}

inline bool contains(const std::string &haystack, const std::string &needle)
{
    return haystack.find(needle) != std::string::npos;
}
