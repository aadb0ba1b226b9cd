#pragma once

// The connection the console would make to a sandbox the test started.

#include "Connection.h"
#include "SandboxHost.h"

inline descope::Connection connectionTo(const sandbox::SandboxHost &host)
{
    descope::Connection connection;
    connection.displayName = QStringLiteral("Sandbox");
    connection.projectId = host.projectId();
    connection.baseUrl = host.baseUrl();
    connection.managementKey = host.managementKey();
    connection.isSandbox = true;
    return connection;
}
