#include "AppInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

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

void applyToGuiApplication()
{
    QGuiApplication::setDesktopFileName(QLatin1String(DesktopId));
    QIcon builtIn;
    for (const int size : {32, 64, 128, 256})
        builtIn.addFile(
            QStringLiteral(":/icons/%1x%1/apps/%2.png").arg(size).arg(QLatin1String(DesktopId)));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QLatin1String(DesktopId), builtIn));
}

} // namespace descope::appinfo
