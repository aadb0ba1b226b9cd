#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace descope {

struct KeyTenant
{
    QString tenantId;
    QString tenantName; // answers only
    QStringList roleNames;

    friend bool operator==(const KeyTenant &, const KeyTenant &) = default;
};

// An access key as the management API describes it. Times are Unix seconds, as on the wire.
struct AccessKey
{
    QString id;
    QString name;
    QString description;
    QStringList roleNames;
    QList<KeyTenant> keyTenants;
    bool active = true; // the server knows active and inactive; "expired" is derived
    qint64 createdTime = 0;
    qint64 expireTime = 0; // 0: never expires
    QString createdBy;
    QString clientId;
    QString boundUserId;
    QJsonObject customClaims;
    QStringList permittedIps;
    QJsonObject customAttributes;
    bool editable = true;

    friend bool operator==(const AccessKey &, const AccessKey &) = default;
};

// Create answers carry the one-time cleartext next to the key; so do rotate answers.
struct CreatedKey
{
    AccessKey key;
    QString cleartext; // secret: shown once, never logged or stored
};

} // namespace descope
