#pragma once

#include <QString>
#include <QStringList>

namespace descope {

struct Tenant
{
    QString id;
    QString name;
};

struct Role
{
    QString name;
    QString description;
    QStringList permissionNames;
    QString tenantId; // empty for project-wide roles
};

struct License
{
    QString rateLimitTier;
};

} // namespace descope
