#pragma once

#include "AccessKey.h"
#include "ApiError.h"
#include "KeyRequests.h"
#include "Passkeys.h"
#include "ProjectTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <nlohmann/json.hpp>

// The JSON of the wire, both ways. Decoding is lenient where real servers vary (absent, null,
// "" and [] read as unset; unknown fields are ignored; numbers may come as numeric strings) and
// strict where it matters: a wrong type or a truncated body becomes a Decode error that names
// the field ("keys[3].expireTime: expected a number"), never an exception or a crash.
namespace descope::wire {

struct ExchangeAnswer
{
    QString keyId;
    QString sessionJwt;
    qint64 expiration = 0;
};

Result<AccessKey> decodeKeyAnswer(const QByteArray &body); // {"key":{...}}
Result<CreatedKey>
decodeCreatedKeyAnswer(const QByteArray &body); // {"key":{...},"cleartext":"..."}
Result<QList<AccessKey>> decodeSearchAnswer(const QByteArray &body);     // {"keys":[...]}
Result<QList<Tenant>> decodeTenantsAnswer(const QByteArray &body);       // {"tenants":[...]}
Result<QList<Role>> decodeRolesAnswer(const QByteArray &body);           // {"roles":[...]}
Result<License> decodeLicenseAnswer(const QByteArray &body);             // {"rateLimitTier":"..."}
Result<QList<UserPasskey>> decodePasskeysAnswer(const QByteArray &body); // {"passkeys":[...]}
Result<ExchangeAnswer> decodeExchangeAnswer(const QByteArray &body);
Result<nlohmann::json> decodeJwksAnswer(const QByteArray &body); // {"keys":[{kid,kty,n,e,...}]}
Result<Done> decodeEmptyAnswer(const QByteArray &body);          // {} or an empty body

// The error a non-2xx answer describes: errorCode, errorDescription, errorMessage (or
// `message`) when the body has them, else a description from the status alone.
ApiError decodeErrorAnswer(int httpStatus, const QByteArray &body);

nlohmann::json encode(const CreateKeyRequest &request);
nlohmann::json encode(const UpdateKeyRequest &request);
nlohmann::json encode(const KeySearchQuery &query);
nlohmann::json encodeId(const QString &id);       // {"id":...}
nlohmann::json encodeIds(const QStringList &ids); // {"ids":[...]}
nlohmann::json encodeExchange(const QJsonObject &customClaims, const QString &selectedTenant);
nlohmann::json encodePasskeyImport(const QString &loginId, const QList<PasskeyDevice> &devices);
nlohmann::json encodeLoginId(const QString &loginId); // {"loginId":...}

// Conversions between the two JSON libraries, for claims and custom attributes.
QJsonObject toQJsonObject(const nlohmann::json &object);
nlohmann::json fromQJsonObject(const QJsonObject &object);

} // namespace descope::wire
