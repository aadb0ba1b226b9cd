#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace sandbox {
class SandboxHost;
}

namespace descope {

// Starts the in-process sandbox behind --sandbox: loopback only, a free port, and a database in
// the application data directory that is seeded with example keys the first time only.
class SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(SandboxLauncher)

public:
    static constexpr int SeedCount = 36;

    // An empty `dataDirectory` means QStandardPaths::AppDataLocation.
    explicit SandboxLauncher(QString dataDirectory = {});
    ~SandboxLauncher(); // stops the sandbox
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

    // Blocks until the sandbox listens; false with the reason in errorString() otherwise.
    bool start();
    void stop();
    bool isRunning() const;

    QString dataDirectory() const { return m_dataDirectory; }
    QString databasePath() const;
    // Valid while the sandbox runs; the management key is held in memory only.
    Connection connection() const;
    QString errorString() const { return m_errorString; }

    static QString defaultDataDirectory();

private:
    QString m_dataDirectory;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    QString m_errorString;
};

} // namespace descope
