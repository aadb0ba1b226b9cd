#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace descope {

// One credential to import, in Descope's own device format or as Auth0 exports it.
struct PasskeyDevice
{
    enum class Format
    {
        Descope,
        Auth0,
    };
    Format format = Format::Descope;
    QString credentialId; // descope.credentialId, or auth0.keyId
    QString rpId;
    QByteArray publicKey; // raw bytes; base64 on the wire
    QString aaguid;
    QStringList transports;
    QString attestationType;      // Descope only
    bool backupEligible = false;  // Descope only
    bool backupState = false;     // Descope backupState, Auth0 credentialBackedUp
    QString credentialDeviceType; // Auth0 only
    QString userHandle;           // Auth0 only
};

// A passkey as the list call shows it.
struct UserPasskey
{
    QString id;
    QString rpId;
    QString kind;
    QString displayName;
    qint64 createdTime = 0;
};

} // namespace descope
