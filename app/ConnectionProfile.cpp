#include "ConnectionProfile.h"

#include "BaseUrl.h"

#include <QUuid>

namespace descope {

ConnectionProfile ConnectionProfile::sandbox()
{
    ConnectionProfile profile;
    profile.id = QLatin1String(SandboxId);
    profile.name = tr("Sandbox");
    profile.isSandbox = true;
    return profile;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl ConnectionProfile::baseUrl() const
{
    if (!baseUrlOverride.isEmpty())
        return baseUrlOverride;
    return baseUrlForProjectId(projectId.trimmed());
}

Connection ConnectionProfile::connection(const QString &managementKey) const
{
    Connection connection;
    connection.displayName = name;
    connection.projectId = projectId.trimmed();
    connection.baseUrl = baseUrl();
    connection.managementKey = managementKey;
    connection.isSandbox = isSandbox;
    return connection;
}

} // namespace descope
