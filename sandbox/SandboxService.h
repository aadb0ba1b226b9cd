#pragma once

#include "JwtSigner.h"
#include "KeyStore.h"
#include "PasskeyStore.h"
#include "ProjectCatalog.h"
#include "SandboxDatabase.h"
#include "SandboxOptions.h"

#include <QString>

#include <memory>

namespace sandbox {

// The sandbox's state behind the HTTP front: database, catalogue, keys, passkeys and the
// signing key, opened and seeded together.
class SandboxService
{
public:
    explicit SandboxService(SandboxOptions options);

    bool open(QString *error);

    const SandboxOptions &options() const { return m_options; }
    const ProjectCatalog &catalog() const { return m_catalog; }
    KeyStore &keys() { return m_keys; }
    PasskeyStore &passkeys() { return m_passkeys; }
    const JwtSigner &signer() const { return *m_signer; }

    // Shown as `createdBy` on keys made through the API, like the ID of a management key.
    std::string managementKeyIdentity() const;
    // The `iss` of session JWTs: a URL whose last path segment is the project ID.
    std::string issuer() const;
    void setPublicBaseUrl(const QString &url) { m_publicBaseUrl = url; }

private:
    bool loadSigner(QString *error);

    SandboxOptions m_options;
    SandboxDatabase m_database;
    ProjectCatalog m_catalog;
    KeyStore m_keys;
    PasskeyStore m_passkeys;
    std::unique_ptr<JwtSigner> m_signer;
    QString m_publicBaseUrl;
};

} // namespace sandbox
