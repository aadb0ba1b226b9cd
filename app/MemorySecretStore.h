#pragma once

#include "SecretStore.h"

#include <QHash>

namespace descope {

// Keeps keys in this process's memory and nowhere else: the session-only store used when no
// OS keychain is available, and the stand-in for the keychain in widget tests. Keys are
// overwritten with zeros when replaced, removed, or when the store goes away.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &profileId, const QObject *context, Callback callback) override;
    void write(const QString &profileId, const QString &secret, const QObject *context,
               Callback callback) override;
    void remove(const QString &profileId, const QObject *context, Callback callback) override;

    // False unless a test says otherwise: the keys die with the process.
    bool isPersistent() const override { return m_persistent; }
    // Lets tests use this store where the keychain would be.
    void setPersistent(bool persistent);
    // What errorString() says about keys being kept for this session only.
    void setSessionOnlyReason(const QString &reason) { setErrorString(reason); }

    // Synchronous looks for tests and for the keychain store that falls back to this one.
    bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }
    qsizetype count() const { return m_secrets.size(); }
    QString secret(const QString &profileId) const; // a copy of its own
    void store(const QString &profileId, const QString &secret);
    bool erase(const QString &profileId);

private:
    QHash<QString, QString> m_secrets;
    bool m_persistent = false;
};

} // namespace descope
