#pragma once

#include "AccessKey.h"
#include "ApiJob.h"
#include "ClientSettings.h"
#include "ExchangeResult.h"
#include "KeyRequests.h"
#include "KeySearchJob.h"
#include "Passkeys.h"
#include "ProjectTypes.h"
#include "Result.h"
#include "WireJson.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

#include <nlohmann/json.hpp>

#include <functional>

namespace descope {

template <typename T>
using Callback = std::function<void(const Result<T> &)>;

// The management API over QNetworkAccessManager: every call of Descope's access-key API, the
// exchange, the JWKS, tenants, roles, license and passkey import. Each call returns its job
// (to cancel it) and answers once through the callback, which runs only while `context` lives.
class ManagementClient : public QObject
{
    Q_OBJECT

public:
    explicit ManagementClient(ClientSettings settings, QObject *parent = nullptr);

    const ClientSettings &settings() const { return m_settings; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Why no call can succeed with these settings, or an empty string.
    QString configurationProblem() const;

    ApiJob *createKey(const CreateKeyRequest &request, const QObject *context,
                      Callback<CreatedKey> callback);
    ApiJob *loadKey(const QString &id, const QObject *context, Callback<AccessKey> callback);
    ApiJob *searchKeys(const KeySearchQuery &query, const QObject *context,
                       KeySearchJob::Callback callback);
    ApiJob *updateKey(const UpdateKeyRequest &request, const QObject *context,
                      Callback<AccessKey> callback);
    ApiJob *activateKey(const QString &id, const QObject *context, Callback<Done> callback);
    ApiJob *deactivateKey(const QString &id, const QObject *context, Callback<Done> callback);
    ApiJob *deleteKey(const QString &id, const QObject *context, Callback<Done> callback);
    // One batch call each; BatchOperation splits long lists into chunks.
    ApiJob *activateKeys(const QStringList &ids, const QObject *context, Callback<Done> callback);
    ApiJob *deactivateKeys(const QStringList &ids, const QObject *context, Callback<Done> callback);
    ApiJob *deleteKeys(const QStringList &ids, const QObject *context, Callback<Done> callback);
    ApiJob *rotateKey(const QString &id, const QObject *context, Callback<CreatedKey> callback);

    ApiJob *tenants(const QObject *context, Callback<QList<Tenant>> callback);
    ApiJob *roles(const QObject *context, Callback<QList<Role>> callback);
    ApiJob *license(const QObject *context, Callback<License> callback);
    ApiJob *importPasskeys(const QString &loginId, const QList<PasskeyDevice> &devices,
                           const QObject *context, Callback<Done> callback);
    ApiJob *userPasskeys(const QString &loginId, const QObject *context,
                         Callback<QList<UserPasskey>> callback);

    // The raw exchange and the project's keys; ExchangeVerifier combines them.
    ApiJob *exchangeRaw(const QString &accessKey, const QJsonObject &customClaims,
                        const QString &selectedTenant, const QObject *context,
                        Callback<wire::ExchangeAnswer> callback);
    ApiJob *jwks(const QObject *context, Callback<nlohmann::json> callback);

    // The one place a request gets its URL, identity headers and Authorization.
    QNetworkRequest buildRequest(const RequestSpec &spec, const QByteArray &requestId) const;
    QNetworkAccessManager *network() { return &m_network; }

private:
    template <typename T>
    ApiJob *submit(RequestSpec spec, typename TypedJob<T>::Decoder decoder, const QObject *context,
                   Callback<T> callback, std::optional<ApiError> refusal = std::nullopt);
    // Refuses the job when the client is not configured (or with `refusal`), then starts it.
    ApiJob *launch(ApiJob *job, std::optional<ApiError> refusal = std::nullopt);
    ApiJob *singleKeyAction(const char *action, const QString &id, const QObject *context,
                            Callback<Done> callback);
    ApiJob *batchAction(const char *action, const QStringList &ids, const QObject *context,
                        Callback<Done> callback);

    ClientSettings m_settings;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace descope
