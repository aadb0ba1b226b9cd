#include "SandboxLauncher.h"

#include "AppLogging.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QDir>
#include <QStandardPaths>

#include <utility>

namespace descope {

SandboxLauncher::SandboxLauncher(QString dataDirectory)
    : m_dataDirectory(dataDirectory.isEmpty() ? defaultDataDirectory() : std::move(dataDirectory))
{}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SandboxLauncher::databasePath() const
{
    if (m_dataDirectory.isEmpty())
        return {};
    return QDir(m_dataDirectory).filePath(QStringLiteral("sandbox.sqlite"));
}

bool SandboxLauncher::isRunning() const
{
    return m_host && m_host->isRunning();
}

bool SandboxLauncher::start()
{
    stop();
    m_errorString.clear();

    if (m_dataDirectory.isEmpty()) {
        m_errorString = tr("The sandbox could not start: there is no application data directory "
                           "to keep its database in.");
        qCWarning(lcApp).noquote() << m_errorString;
        return false;
    }
    if (!QDir().mkpath(m_dataDirectory)) {
        m_errorString = tr("The sandbox could not start: the directory %1 could not be created.")
                            .arg(QDir::toNativeSeparators(m_dataDirectory));
        qCWarning(lcApp).noquote() << m_errorString;
        return false;
    }

    sandbox::SandboxOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.databasePath = databasePath();
    options.seedCount = SeedCount;
    options.seedOnlyNewDatabase = true;

    auto host = std::make_unique<sandbox::SandboxHost>();
    if (!host->start(options)) {
        const QString database = QDir::toNativeSeparators(options.databasePath);
        const QString reason = host->errorString();
        m_errorString =
            reason.contains(database)
                ? tr("The sandbox could not start: %1").arg(reason)
                : tr("The sandbox could not start with the database %1: %2").arg(database, reason);
        qCWarning(lcApp).noquote() << m_errorString;
        return false;
    }
    m_host = std::move(host);
    qCInfo(lcApp).noquote() << "Sandbox for project" << m_host->projectId() << "listening at"
                            << m_host->baseUrl().toDisplayString() << "with database"
                            << QDir::toNativeSeparators(options.databasePath);
    return true;
}

void SandboxLauncher::stop()
{
    if (!m_host)
        return;
    m_host->stop();
    m_host.reset();
    qCInfo(lcApp) << "Sandbox stopped";
}

Connection SandboxLauncher::connection() const
{
    if (!isRunning())
        return {};
    Connection connection;
    connection.displayName = tr("Sandbox");
    connection.projectId = m_host->projectId();
    connection.baseUrl = m_host->baseUrl();
    connection.managementKey = m_host->managementKey();
    connection.isSandbox = true;
    return connection;
}

} // namespace descope
