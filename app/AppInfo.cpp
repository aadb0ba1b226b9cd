#include "AppInfo.h"

#include <QCoreApplication>

#ifndef DESCOPE_VERSION
#error "DESCOPE_VERSION must be defined by the build (app/CMakeLists.txt)"
#endif

namespace descope::appinfo {

QString version()
{
    return QStringLiteral(DESCOPE_VERSION);
}

QString versionText()
{
    return QLatin1String(ApplicationName) + QLatin1Char(' ') + version();
}

void applyToApplication()
{
    QCoreApplication::setOrganizationName(QLatin1String(OrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(OrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1String(ApplicationName));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace descope::appinfo
