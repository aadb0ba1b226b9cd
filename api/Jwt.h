#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace descope {

// A compact JWS split into its parts. Decoding checks the shape only; trust comes from
// verifyJwtSignature().
struct DecodedJwt
{
    nlohmann::json header;
    nlohmann::json claims;
    QByteArray signingInput; // "<header>.<payload>" exactly as received
    QByteArray signature;    // raw bytes
};

// nullopt with a reason when the token is not three base64url parts of JSON objects.
std::optional<DecodedJwt> decodeJwt(const QByteArray &token, QString *error);

// Checks an RS256 signature against the key of a JWKS document ({"keys":[...]}) whose `kid`
// matches the token's header, as Descope's SDKs do. Any other algorithm is refused.
bool verifyJwtSignature(const DecodedJwt &jwt, const nlohmann::json &jwks, QString *error);

} // namespace descope
