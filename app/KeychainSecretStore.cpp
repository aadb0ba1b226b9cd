#include "KeychainSecretStore.h"

#include "AppInfo.h"
#include "AppLogging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace descope {

struct KeychainSecretStore::Request
{
    enum class Kind
    {
        Read,
        Write,
        Remove,
    };

    Kind kind = Kind::Read;
    QString profileId;
    QString secret; // Write only
    QPointer<const QObject> context;
    bool hadContext = false;
    Callback callback;
    bool retried = false;
};

namespace {

const char *operationName(int kind)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[kind];
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QLatin1String(appinfo::ApplicationName), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::entryKey(const QString &profileId)
{
    return QStringLiteral("management-key/") + profileId;
}

void KeychainSecretStore::read(const QString &profileId, const QObject *context, Callback callback)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Read;
    request->profileId = profileId;
    request->context = context;
    request->hadContext = context != nullptr;
    request->callback = std::move(callback);
    start(request);
}

void KeychainSecretStore::write(const QString &profileId, const QString &secret,
                                const QObject *context, Callback callback)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Write;
    request->profileId = profileId;
    request->secret = secret;
    request->context = context;
    request->hadContext = context != nullptr;
    request->callback = std::move(callback);
    start(request);
}

void KeychainSecretStore::remove(const QString &profileId, const QObject *context,
                                 Callback callback)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Remove;
    request->profileId = profileId;
    request->context = context;
    request->hadContext = context != nullptr;
    request->callback = std::move(callback);
    start(request);
}

void KeychainSecretStore::start(const std::shared_ptr<Request> &request)
{
    if (m_state == State::Unavailable) {
        runInMemory(request);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (request->kind) {
    case Request::Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Request::Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(request->secret);
        job = writeJob;
        break;
    }
    case Request::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Without a keychain QtKeychain would otherwise write the key to a plain-text file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryKey(request->profileId));
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *finished) { finish(request, finished); });
    job->start();
}

void KeychainSecretStore::finish(const std::shared_ptr<Request> &request, QKeychain::Job *job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        m_state = State::Available;
        if (request->kind == Request::Kind::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        // Gone already is what a remove wants.
        if (request->kind != Request::Kind::Remove)
            result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Missing D-Bus, no Secret Service, no unlocked collection: all end up here, and a
        // backend that is still being activated does too, once.
        if (!request->retried && m_retryDelayMs >= 0) {
            request->retried = true;
            QTimer::singleShot(m_retryDelayMs, this, [this, request] { start(request); });
            return;
        }
        becomeUnavailable(job->errorString());
        runInMemory(request);
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Failed;
        result.errorString = tr("Access to the keychain was denied (%1).").arg(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.errorString =
            tr("The key could not be removed from the keychain (%1).").arg(job->errorString());
        break;
    }
    if (result.status == SecretResult::Status::Failed) {
        setErrorString(result.errorString);
        qCWarning(lcApp).noquote()
            << "Keychain" << operationName(int(request->kind)) << "failed for profile"
            << request->profileId << "-" << result.errorString;
    }
    if (request->kind == Request::Kind::Remove)
        m_session.erase(request->profileId);
    request->secret.clear();
    answer(request->context, request->hadContext, request->callback, result);
}

void KeychainSecretStore::runInMemory(const std::shared_ptr<Request> &request)
{
    SecretResult result;
    switch (request->kind) {
    case Request::Kind::Read:
        if (m_session.contains(request->profileId))
            result.secret = m_session.secret(request->profileId);
        else
            result.status = SecretResult::Status::NotFound;
        break;
    case Request::Kind::Write:
        m_session.store(request->profileId, request->secret);
        break;
    case Request::Kind::Remove:
        m_session.erase(request->profileId);
        break;
    }
    request->secret.clear();
    answerLater(request->context, request->hadContext, request->callback, result);
}

void KeychainSecretStore::becomeUnavailable(const QString &detail)
{
    if (m_state == State::Unavailable)
        return;
    m_state = State::Unavailable;
    setErrorString(tr("No keychain is available (%1). Management keys are kept in memory for "
                      "this session only, and must be entered again next time.")
                       .arg(detail.isEmpty() ? tr("no Secret Service answered") : detail));
    qCWarning(lcApp).noquote() << errorString();
    Q_EMIT persistenceChanged(false);
}

} // namespace descope
