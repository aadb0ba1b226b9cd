#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace descope {

// What a SecretStore operation came to. `secret` is filled by a successful read only.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, // a read of an entry that does not exist
        Failed,   // see errorString
    };

    Status status = Status::Ok;
    QString secret;
    QString errorString; // a sentence for the user; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// Where the console keeps management keys: one entry per profile, addressed by the profile's
// id. Every operation is asynchronous (the OS keychain answers over D-Bus and may ask the
// user to unlock it) and answers exactly once, through a callback that runs only while its
// context object lives.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void read(const QString &profileId, const QObject *context, Callback callback) = 0;
    virtual void write(const QString &profileId, const QString &secret, const QObject *context,
                       Callback callback) = 0;
    // Removing an entry that does not exist is no error: it answers Ok.
    virtual void remove(const QString &profileId, const QObject *context, Callback callback) = 0;

    // Whether keys outlive this session (the OS keychain) or are kept in memory only.
    virtual bool isPersistent() const = 0;

    // Why the last operation failed, or, for a store that is not persistent, why keys are
    // kept for this session only. Empty when there is nothing to say.
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    // The store stopped (or started) keeping keys beyond this session.
    void persistenceChanged(bool persistent);

protected:
    void setErrorString(const QString &errorString) { m_errorString = errorString; }
    // Delivers `result` from the event loop, never from inside the call, so that callers see
    // the same order of events from every store.
    void answerLater(const QObject *context, Callback callback, SecretResult result);
    void answerLater(const QPointer<const QObject> &context, bool hadContext, Callback callback,
                     SecretResult result);
    // Delivers `result` now, if the context still lives.
    static void answer(const QPointer<const QObject> &context, bool hadContext,
                       const Callback &callback, const SecretResult &result);

private:
    QString m_errorString;
};

} // namespace descope
