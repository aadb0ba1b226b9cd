#include "MemorySecretStore.h"

#include "SecretMemory.h"

namespace descope {

QString MemorySecretStore::secret(const QString &profileId) const
{
    return privateCopy(m_secrets.value(profileId));
}

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        wipeString(secret);
}

void MemorySecretStore::setPersistent(bool persistent)
{
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    Q_EMIT persistenceChanged(persistent);
}

void MemorySecretStore::store(const QString &profileId, const QString &secret)
{
    erase(profileId);
    m_secrets.insert(profileId, privateCopy(secret));
}

bool MemorySecretStore::erase(const QString &profileId)
{
    const auto found = m_secrets.find(profileId);
    if (found == m_secrets.end())
        return false;
    wipeString(*found);
    m_secrets.erase(found);
    return true;
}

void MemorySecretStore::read(const QString &profileId, const QObject *context, Callback callback)
{
    SecretResult result;
    if (const auto found = m_secrets.constFind(profileId); found != m_secrets.cend())
        result.secret = privateCopy(*found); // never shared: erase() zeroes ours in place
    else
        result.status = SecretResult::Status::NotFound;
    answerLater(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString &profileId, const QString &secret,
                              const QObject *context, Callback callback)
{
    store(profileId, secret);
    answerLater(context, std::move(callback), {});
}

void MemorySecretStore::remove(const QString &profileId, const QObject *context, Callback callback)
{
    erase(profileId);
    answerLater(context, std::move(callback), {});
}

} // namespace descope
