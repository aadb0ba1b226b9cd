#pragma once

// How a test's ManagementClient reaches a sandbox the test started.

#include "ClientSettings.h"
#include "SandboxHost.h"

// The timeout is short so that a stopped or stalled sandbox fails a call well within the
// test's own waits.
inline descope::ClientSettings clientSettingsFor(const sandbox::SandboxHost &host)
{
    descope::ClientSettings settings;
    settings.projectId = host.projectId();
    settings.managementKey = host.managementKey();
    settings.baseUrl = host.baseUrl();
    settings.timeoutMs = 10000;
    return settings;
}
