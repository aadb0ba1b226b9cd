#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace descope {

// A saved way to reach a project: what the profile list, the Profiles menu and the settings
// hold. It has no management key on purpose: keys live in the SecretStore only, under id.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    // The built-in sandbox's id; saved profiles get a random one that never changes, so that
    // renaming a profile keeps its keychain entry.
    static constexpr auto SandboxId = "sandbox";

    QString id;
    QString name;
    QString projectId;
    QUrl baseUrlOverride; // empty: derived from the project ID's region
    bool isSandbox = false;

    // The built-in profile behind --sandbox: its project and URL are known once it runs.
    static ConnectionProfile sandbox();
    static QString newId();

    // The override, or the URL Descope's SDKs derive from the project ID.
    QUrl baseUrl() const;
    // The live connection for this profile with `managementKey`, which stays in memory.
    Connection connection(const QString &managementKey) const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace descope
