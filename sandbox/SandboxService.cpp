#include "SandboxService.h"

#include "Seeder.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace sandbox {

namespace {
const QString SigningKeyMeta = QStringLiteral("signing-key-pem");
const QString SeededMeta = QStringLiteral("seeded");
} // namespace

SandboxService::SandboxService(SandboxOptions options)
    : m_options(std::move(options))
    , m_catalog(m_database)
    , m_keys(m_database, m_catalog)
    , m_passkeys(m_database)
{}

bool SandboxService::open(QString *error)
{
    if (!m_database.open(m_options.databasePath, error))
        return false;
    if (!m_catalog.load(error))
        return false;
    if (m_catalog.tenants().empty() && !m_catalog.seedDefaults(error))
        return false;
    if (!m_keys.load(error) || !loadSigner(error))
        return false;

    try {
        const bool seedNow = m_options.seedCount > 0 &&
                             (!m_options.seedOnlyNewDatabase || !m_database.meta(SeededMeta));
        if (seedNow) {
            seedKeys(m_keys, m_catalog, m_options.seedCount, QDateTime::currentSecsSinceEpoch());
            m_database.setMeta(SeededMeta, QByteArray::number(m_options.seedCount));
        }
    } catch (const StorageError &failure) {
        *error = QStringLiteral("cannot seed example keys: ") + QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

bool SandboxService::loadSigner(QString *error)
{
    try {
        if (const auto pem = m_database.meta(SigningKeyMeta)) {
            m_signer = JwtSigner::fromPem(*pem, error);
            return m_signer != nullptr;
        }
        m_signer = JwtSigner::generate(error);
        if (!m_signer)
            return false;
        m_database.setMeta(SigningKeyMeta, m_signer->privateKeyPem());
    } catch (const StorageError &failure) {
        *error =
            QStringLiteral("cannot store the signing key: ") + QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

std::string SandboxService::managementKeyIdentity() const
{
    // An ID derived from the key, never the key itself.
    const QByteArray digest =
        QCryptographicHash::hash(m_options.managementKey.toUtf8(), QCryptographicHash::Sha256);
    return "K2Mgmt" + digest.toHex().left(22).toStdString();
}

std::string SandboxService::issuer() const
{
    return QString(m_publicBaseUrl + u'/' + m_options.projectId).toStdString();
}

} // namespace sandbox
