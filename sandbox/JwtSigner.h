#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

typedef struct evp_pkey_st EVP_PKEY;

namespace sandbox {

// The project's RS256 signing key: session JWTs are signed with it and its public half is
// served as a JWK. Descope's SDKs all find the key by the JWT header's `kid`.
class JwtSigner
{
public:
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    static std::unique_ptr<JwtSigner> generate(QString *error);
    static std::unique_ptr<JwtSigner> fromPem(const QByteArray &pem, QString *error);

    QByteArray privateKeyPem() const;
    const std::string &keyId() const { return m_keyId; }
    // {"alg":"RS256","e":..,"kid":..,"kty":"RSA","n":..,"use":"sig"}
    const nlohmann::json &publicJwk() const { return m_jwk; }

    // A compact JWS over the claims, with header {"alg":"RS256","kid":..,"typ":"JWT"}.
    std::string sign(const nlohmann::json &claims) const;

private:
    explicit JwtSigner(EVP_PKEY *key);
    bool describePublicKey(QString *error);

    EVP_PKEY *m_key = nullptr;
    std::string m_keyId;
    nlohmann::json m_jwk;
};

} // namespace sandbox
