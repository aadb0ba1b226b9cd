#include "ManagementClient.h"

#include "BaseUrl.h"
#include "KeySearchJob.h"

namespace descope {

namespace {

const QByteArray SdkName = QByteArrayLiteral("descope-key-console");
const QByteArray SdkVersion = QByteArrayLiteral(DESCOPE_API_VERSION);

QByteArray jsonBody(const nlohmann::json &value)
{
    return QByteArray::fromStdString(value.dump());
}

RequestSpec post(const QString &path, const nlohmann::json &body, bool retrySafe = false)
{
    RequestSpec spec;
    spec.path = path;
    spec.body = jsonBody(body);
    spec.retrySafe = retrySafe;
    return spec;
}

RequestSpec get(const QString &path)
{
    RequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.path = path;
    spec.retrySafe = true;
    return spec;
}

std::optional<ApiError> requireId(const QString &id)
{
    if (id.trimmed().isEmpty())
        return ApiError::invalidInput(ManagementClient::tr("The key ID is empty."));
    return std::nullopt;
}

} // namespace

ManagementClient::ManagementClient(ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_baseUrl(m_settings.baseUrl.isEmpty() ? baseUrlForProjectId(m_settings.projectId)
                                             : m_settings.baseUrl)
{
    // Redirects could carry the management key to another host; Descope does not redirect.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString ManagementClient::configurationProblem() const
{
    if (m_settings.projectId.trimmed().isEmpty())
        return tr("The project ID is missing.");
    if (m_settings.projectId.contains(u':'))
        return tr("The project ID cannot contain ':'.");
    if (m_settings.managementKey.isEmpty())
        return tr("The management key is missing.");
    return baseUrlProblem(m_baseUrl);
}

QNetworkRequest ManagementClient::buildRequest(const RequestSpec &spec,
                                               const QByteArray &requestId) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + spec.path);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("x-descope-sdk-name"), SdkName);
    request.setRawHeader(QByteArrayLiteral("x-descope-sdk-version"), SdkVersion);
    request.setRawHeader(QByteArrayLiteral("x-descope-project-id"), m_settings.projectId.toUtf8());
    request.setRawHeader(QByteArrayLiteral("x-external-rid"), requestId);
    if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    const QByteArray project = m_settings.projectId.toUtf8();
    switch (spec.auth) {
    case RequestSpec::Auth::Management:
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             "Bearer " + project + ':' + m_settings.managementKey.toUtf8());
        break;
    case RequestSpec::Auth::AccessKey:
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             "Bearer " + project + ':' + spec.accessKey.toUtf8());
        break;
    case RequestSpec::Auth::ProjectOnly:
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + project);
        break;
    }
    return request;
}

template <typename T>
ApiJob *ManagementClient::submit(RequestSpec spec, typename TypedJob<T>::Decoder decoder,
                                 const QObject *context, Callback<T> callback,
                                 std::optional<ApiError> refusal)
{
    return launch(
        new TypedJob<T>(this, std::move(spec), std::move(decoder), context, std::move(callback)),
        std::move(refusal));
}

ApiJob *ManagementClient::launch(ApiJob *job, std::optional<ApiError> refusal)
{
    if (!refusal) {
        if (const QString problem = configurationProblem(); !problem.isEmpty())
            refusal = ApiError::invalidInput(problem);
    }
    if (refusal)
        job->failBeforeSending(*refusal);
    job->start();
    return job;
}

ApiJob *ManagementClient::createKey(const CreateKeyRequest &request, const QObject *context,
                                    Callback<CreatedKey> callback)
{
    std::optional<ApiError> refusal;
    if (request.name.trimmed().isEmpty())
        refusal = ApiError::invalidInput(tr("The key needs a name."));
    return submit<CreatedKey>(
        post(QStringLiteral("/v1/mgmt/accesskey/create"), wire::encode(request)),
        wire::decodeCreatedKeyAnswer, context, std::move(callback), refusal);
}

ApiJob *ManagementClient::loadKey(const QString &id, const QObject *context,
                                  Callback<AccessKey> callback)
{
    RequestSpec spec = get(QStringLiteral("/v1/mgmt/accesskey"));
    spec.query.addQueryItem(QStringLiteral("id"), id);
    return submit<AccessKey>(std::move(spec), wire::decodeKeyAnswer, context, std::move(callback),
                             requireId(id));
}

ApiJob *ManagementClient::searchKeys(const KeySearchQuery &query, const QObject *context,
                                     KeySearchJob::Callback callback)
{
    return launch(new KeySearchJob(
        this, post(QStringLiteral("/v1/mgmt/accesskey/search"), wire::encode(query), true), context,
        std::move(callback)));
}

ApiJob *ManagementClient::updateKey(const UpdateKeyRequest &request, const QObject *context,
                                    Callback<AccessKey> callback)
{
    std::optional<ApiError> refusal = requireId(request.id);
    if (!refusal && request.name.trimmed().isEmpty())
        refusal = ApiError::invalidInput(tr("The key needs a name."));
    return submit<AccessKey>(
        post(QStringLiteral("/v1/mgmt/accesskey/update"), wire::encode(request)),
        wire::decodeKeyAnswer, context, std::move(callback), refusal);
}

ApiJob *ManagementClient::singleKeyAction(const char *action, const QString &id,
                                          const QObject *context, Callback<Done> callback)
{
    // Activate, deactivate and delete are idempotent: sent again after a transient failure,
    // they leave the key as one call would.
    return submit<Done>(post(QStringLiteral("/v1/mgmt/accesskey/") + QLatin1String(action),
                             wire::encodeId(id), true),
                        wire::decodeEmptyAnswer, context, std::move(callback), requireId(id));
}

ApiJob *ManagementClient::batchAction(const char *action, const QStringList &ids,
                                      const QObject *context, Callback<Done> callback)
{
    std::optional<ApiError> refusal;
    if (ids.isEmpty())
        refusal = ApiError::invalidInput(tr("No keys were given."));
    for (const QString &id : ids) {
        if (!refusal)
            refusal = requireId(id);
    }
    // Idempotent like the single calls, so a chunk that meets a transient failure is retried.
    return submit<Done>(post(QStringLiteral("/v1/mgmt/accesskey/") + QLatin1String(action) +
                                 QStringLiteral("/batch"),
                             wire::encodeIds(ids), true),
                        wire::decodeEmptyAnswer, context, std::move(callback), refusal);
}

ApiJob *ManagementClient::activateKey(const QString &id, const QObject *context,
                                      Callback<Done> callback)
{
    return singleKeyAction("activate", id, context, std::move(callback));
}

ApiJob *ManagementClient::deactivateKey(const QString &id, const QObject *context,
                                        Callback<Done> callback)
{
    return singleKeyAction("deactivate", id, context, std::move(callback));
}

ApiJob *ManagementClient::deleteKey(const QString &id, const QObject *context,
                                    Callback<Done> callback)
{
    return singleKeyAction("delete", id, context, std::move(callback));
}

ApiJob *ManagementClient::activateKeys(const QStringList &ids, const QObject *context,
                                       Callback<Done> callback)
{
    return batchAction("activate", ids, context, std::move(callback));
}

ApiJob *ManagementClient::deactivateKeys(const QStringList &ids, const QObject *context,
                                         Callback<Done> callback)
{
    return batchAction("deactivate", ids, context, std::move(callback));
}

ApiJob *ManagementClient::deleteKeys(const QStringList &ids, const QObject *context,
                                     Callback<Done> callback)
{
    return batchAction("delete", ids, context, std::move(callback));
}

ApiJob *ManagementClient::rotateKey(const QString &id, const QObject *context,
                                    Callback<CreatedKey> callback)
{
    return submit<CreatedKey>(post(QStringLiteral("/v1/mgmt/accesskey/rotate"), wire::encodeId(id)),
                              wire::decodeCreatedKeyAnswer, context, std::move(callback),
                              requireId(id));
}

ApiJob *ManagementClient::tenants(const QObject *context, Callback<QList<Tenant>> callback)
{
    return submit<QList<Tenant>>(get(QStringLiteral("/v1/mgmt/tenant/all")),
                                 wire::decodeTenantsAnswer, context, std::move(callback));
}

ApiJob *ManagementClient::roles(const QObject *context, Callback<QList<Role>> callback)
{
    return submit<QList<Role>>(get(QStringLiteral("/v1/mgmt/role/all")), wire::decodeRolesAnswer,
                               context, std::move(callback));
}

ApiJob *ManagementClient::license(const QObject *context, Callback<License> callback)
{
    return submit<License>(get(QStringLiteral("/v1/mgmt/license")), wire::decodeLicenseAnswer,
                           context, std::move(callback));
}

ApiJob *ManagementClient::importPasskeys(const QString &loginId,
                                         const QList<PasskeyDevice> &devices,
                                         const QObject *context, Callback<Done> callback)
{
    std::optional<ApiError> refusal;
    if (loginId.trimmed().isEmpty())
        refusal = ApiError::invalidInput(tr("The user's login ID is empty."));
    else if (devices.isEmpty())
        refusal = ApiError::invalidInput(tr("There are no passkeys to import."));
    return submit<Done>(post(QStringLiteral("/v1/mgmt/user/passkeys/import"),
                             wire::encodePasskeyImport(loginId, devices)),
                        wire::decodeEmptyAnswer, context, std::move(callback), refusal);
}

ApiJob *ManagementClient::userPasskeys(const QString &loginId, const QObject *context,
                                       Callback<QList<UserPasskey>> callback)
{
    std::optional<ApiError> refusal;
    if (loginId.trimmed().isEmpty())
        refusal = ApiError::invalidInput(tr("The user's login ID is empty."));
    return submit<QList<UserPasskey>>(
        post(QStringLiteral("/v1/mgmt/user/passkeys/list"), wire::encodeLoginId(loginId), true),
        wire::decodePasskeysAnswer, context, std::move(callback), refusal);
}

ApiJob *ManagementClient::exchangeRaw(const QString &accessKey, const QJsonObject &customClaims,
                                      const QString &selectedTenant, const QObject *context,
                                      Callback<wire::ExchangeAnswer> callback)
{
    RequestSpec spec = post(QStringLiteral("/v1/auth/accesskey/exchange"),
                            wire::encodeExchange(customClaims, selectedTenant));
    spec.auth = RequestSpec::Auth::AccessKey;
    spec.accessKey = accessKey.trimmed();
    std::optional<ApiError> refusal;
    if (spec.accessKey.isEmpty())
        refusal = ApiError::invalidInput(tr("The access key is empty."));
    else if (spec.accessKey.contains(u':'))
        refusal = ApiError::invalidInput(tr("An access key cannot contain ':'."));
    return submit<wire::ExchangeAnswer>(std::move(spec), wire::decodeExchangeAnswer, context,
                                        std::move(callback), refusal);
}

ApiJob *ManagementClient::jwks(const QObject *context, Callback<nlohmann::json> callback)
{
    RequestSpec spec = get(QStringLiteral("/v2/keys/") + m_settings.projectId);
    spec.auth = RequestSpec::Auth::ProjectOnly;
    return submit<nlohmann::json>(std::move(spec), wire::decodeJwksAnswer, context,
                                  std::move(callback));
}

} // namespace descope
