#pragma once

#include "AccessKey.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace descope {

struct CreateKeyRequest
{
    QString name;
    qint64 expireTime = 0; // Unix seconds; 0 never expires
    QStringList roleNames; // project roles; ignored by the server when keyTenants is set
    QList<KeyTenant> keyTenants;
    QString description;
    QStringList permittedIps;
    QJsonObject customClaims;
    QJsonObject customAttributes;
    QString boundUserId; // sent as userId
};

// The complete desired state of every field the console manages. It is always sent in full,
// so the result is the same whether the server treats empty fields as "clear" or "keep".
struct UpdateKeyRequest
{
    QString id;
    QString name;
    QString description;
    QStringList roleNames;
    QList<KeyTenant> keyTenants;
    QStringList permittedIps;
    QJsonObject customClaims;
    QJsonObject customAttributes;

    static UpdateKeyRequest fromKey(const AccessKey &key);
};

struct KeySearchQuery
{
    QStringList tenantIds;
    QString boundUserId;
    QString creatingUser;
    QJsonObject customAttributes;
    QString text;
    struct Sort
    {
        QString field;
        bool descending = false;
    };
    QList<Sort> sort;
};

} // namespace descope
