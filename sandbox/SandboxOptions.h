#pragma once

#include <QHostAddress>
#include <QString>

namespace sandbox {

// The sandbox's fixed identity, so that a newcomer's first launch and the tests agree on it.
inline constexpr auto DefaultProjectId = "P2SandboxKeyConsoleProject01";
inline constexpr auto DefaultManagementKey = "K2SandboxManagementKeyNotASecret";

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port
    QString projectId = QString::fromLatin1(DefaultProjectId);
    QString managementKey = QString::fromLatin1(DefaultManagementKey);
    QString databasePath; // empty keeps everything in memory
    int seedCount = 0;
    // The console seeds example keys on first use only; the command line seeds on every start.
    bool seedOnlyNewDatabase = false;
    int latencyMs = 0;
    double failRate = 0.0;
    int rateLimitPerSecond = 0; // 0 means unlimited
    int sessionTokenSeconds = 600;
};

} // namespace sandbox
