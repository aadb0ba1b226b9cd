#pragma once

#include "AwaitResult.h"
#include "JsonTestPrinting.h"
#include "ManagementClient.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "SandboxServer.h"

#include <QTest>

#include <memory>
#include <optional>

// A sandbox in its own thread and a ManagementClient for it in the test's thread.
class ClientFixture
{
public:
    bool start(const sandbox::SandboxOptions &options = {})
    {
        m_client.reset();
        if (!m_host.start(options)) {
            qWarning("sandbox did not start: %s", qPrintable(m_host.errorString()));
            return false;
        }
        m_client = std::make_unique<descope::ManagementClient>(settings());
        return true;
    }

    descope::ClientSettings settings() const
    {
        descope::ClientSettings settings = clientSettingsFor(m_host);
        settings.retry.delaysMs = {20, 20, 20}; // the retry tests wait out every delay
        return settings;
    }

    descope::ManagementClient &client() { return *m_client; }
    void setClient(descope::ClientSettings settings)
    {
        m_client = std::make_unique<descope::ManagementClient>(std::move(settings));
    }
    sandbox::SandboxServer &server() { return *m_host.server(); }
    sandbox::SandboxHost &host() { return m_host; }

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<descope::ManagementClient> m_client;
};
