#include "KeyExchange.h"

#include "Jwt.h"
#include "WireJson.h"

namespace descope {

namespace {

bool hasKeyId(const nlohmann::json &jwks, const std::string &kid)
{
    if (!jwks.is_object() || !jwks.contains("keys") || !jwks["keys"].is_array())
        return false;
    for (const auto &key : jwks["keys"]) {
        if (key.is_object() && key.value("kid", std::string()) == kid)
            return true;
    }
    return false;
}

} // namespace

KeyExchange::KeyExchange(ManagementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void KeyExchange::cancel()
{
    if (m_job)
        m_job->cancel();
}

void KeyExchange::exchange(const QString &accessKey, const QJsonObject &customClaims,
                           const QString &selectedTenant, const QObject *context,
                           Callback<ExchangeResult> callback)
{
    cancel();
    m_job = m_client->exchangeRaw(
        accessKey, customClaims, selectedTenant, this,
        [this, context = QPointer<const QObject>(context),
         callback](const Result<wire::ExchangeAnswer> &answer) {
            if (!context)
                return;
            if (!answer) {
                callback(answer.error());
                return;
            }
            QString problem;
            const auto jwt = decodeJwt(answer.value().sessionJwt.toUtf8(), &problem);
            if (!jwt) {
                callback(ApiError::decode(tr("The session token is malformed: %1").arg(problem)));
                return;
            }
            ExchangeResult result;
            result.keyId = answer.value().keyId;
            result.sessionJwt = answer.value().sessionJwt;
            result.expiration = answer.value().expiration;
            result.header = wire::toQJsonObject(jwt->header);
            result.claims = wire::toQJsonObject(jwt->claims);
            verify(std::move(result), context, callback, false);
        });
}

void KeyExchange::verify(ExchangeResult result, const QObject *context,
                         Callback<ExchangeResult> callback, bool refetched)
{
    const std::string kid = result.header.value(QStringLiteral("kid")).toString().toStdString();
    if (!hasKeyId(m_jwks, kid) && !refetched) {
        m_job = m_client->jwks(this, [this, result = std::move(result),
                                      context = QPointer<const QObject>(context),
                                      callback](const Result<nlohmann::json> &keys) mutable {
            if (!context)
                return;
            if (!keys) {
                result.verificationProblem =
                    tr("The project's public keys could not be fetched: %1")
                        .arg(keys.error().userMessage());
                callback(std::move(result));
                return;
            }
            m_jwks = keys.value();
            verify(std::move(result), context, callback, true);
        });
        return;
    }
    QString problem;
    const auto jwt = decodeJwt(result.sessionJwt.toUtf8(), &problem);
    result.signatureVerified = jwt && verifyJwtSignature(*jwt, m_jwks, &problem);
    if (!result.signatureVerified)
        result.verificationProblem = problem;
    callback(std::move(result));
}

} // namespace descope
