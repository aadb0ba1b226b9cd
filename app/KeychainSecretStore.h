#pragma once

#include "MemorySecretStore.h"
#include "SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace QKeychain {
class Job;
}

namespace descope {

// Management keys in the OS keychain through QtKeychain (the Secret Service on Linux), one
// entry per profile, under the service "descope-keys" and the key "management-key/<id>".
// QtKeychain's insecure fallback (a plain-text QSettings file) is always off.
//
// When there is no keychain (no D-Bus session, no Secret Service, no unlocked collection),
// the store says so once, in errorString() and persistenceChanged(false), and from then on
// keeps keys in memory for the rest of the session. It never writes them anywhere else.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` is the keychain's service name; tests pass their own, to stay apart.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &profileId, const QObject *context, Callback callback) override;
    void write(const QString &profileId, const QString &secret, const QObject *context,
               Callback callback) override;
    void remove(const QString &profileId, const QObject *context, Callback callback) override;

    bool isPersistent() const override { return m_state != State::Unavailable; }

    QString service() const { return m_service; }
    static QString entryKey(const QString &profileId);

    // A backend that is still starting (on a login, D-Bus activation) fails the first call;
    // that call is tried once more after this delay before the keychain counts as missing.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

private:
    enum class State
    {
        Unknown,
        Available,
        Unavailable,
    };
    struct Request;

    void start(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, QKeychain::Job *job);
    void runInMemory(const std::shared_ptr<Request> &request);
    void becomeUnavailable(const QString &detail);

    QString m_service;
    State m_state = State::Unknown;
    int m_retryDelayMs = 500;
    MemorySecretStore m_session;
};

} // namespace descope
