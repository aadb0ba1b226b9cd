#include "Jwt.h"

#include <QCoreApplication>
#include <QList>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace descope {

namespace {

// Why a token failed is shown in the exchange dialog; this gives the reasons JwtText::tr() in the
// "descope::Jwt" context.
class JwtText
{
    Q_DECLARE_TR_FUNCTIONS(descope::Jwt)
};

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<nlohmann::json> jsonObject(const QByteArray &part)
{
    const auto bytes = fromBase64Url(part);
    if (!bytes)
        return std::nullopt;
    auto value = nlohmann::json::parse(bytes->constData(), bytes->constData() + bytes->size(),
                                       nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return std::nullopt;
    return value;
}

template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuildPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

BignumPtr bignum(const QByteArray &bytes)
{
    return BignumPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                               int(bytes.size()), nullptr));
}

PkeyPtr rsaPublicKey(const nlohmann::json &jwk, QString *error)
{
    const auto n = jwk.contains("n") && jwk["n"].is_string()
                       ? fromBase64Url(QByteArray::fromStdString(jwk["n"].get<std::string>()))
                       : std::nullopt;
    const auto e = jwk.contains("e") && jwk["e"].is_string()
                       ? fromBase64Url(QByteArray::fromStdString(jwk["e"].get<std::string>()))
                       : std::nullopt;
    if (!n || !e || n->isEmpty() || e->isEmpty()) {
        *error = JwtText::tr("The project's signing key has no valid RSA modulus or exponent.");
        return nullptr;
    }
    const BignumPtr modulus = bignum(*n);
    const BignumPtr exponent = bignum(*e);
    ParamBuildPtr build(OSSL_PARAM_BLD_new());
    if (!modulus || !exponent || !build ||
        OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1) {
        *error = JwtText::tr("The project's signing key could not be read.");
        return nullptr;
    }
    const ParamPtr params(OSSL_PARAM_BLD_to_param(build.get()));
    PkeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        *error = JwtText::tr("The project's signing key could not be read.");
        return nullptr;
    }
    return PkeyPtr(key);
}

const nlohmann::json *keyWithId(const nlohmann::json &jwks, const std::string &kid)
{
    const auto keys = jwks.find("keys");
    if (keys == jwks.end() || !keys->is_array())
        return nullptr;
    for (const auto &key : *keys) {
        if (key.is_object() && key.value("kid", std::string()) == kid)
            return &key;
    }
    return nullptr;
}

} // namespace

std::optional<DecodedJwt> decodeJwt(const QByteArray &token, QString *error)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3) {
        *error = JwtText::tr("The token does not have three dot-separated parts.");
        return std::nullopt;
    }
    auto header = jsonObject(parts[0]);
    auto claims = jsonObject(parts[1]);
    auto signature = fromBase64Url(parts[2]);
    if (!header || !claims || !signature) {
        if (!header)
            *error = JwtText::tr("The token's header is not base64url-encoded JSON.");
        else if (!claims)
            *error = JwtText::tr("The token's payload is not base64url-encoded JSON.");
        else
            *error = JwtText::tr("The token's signature is not base64url.");
        return std::nullopt;
    }
    return DecodedJwt{std::move(*header), std::move(*claims), parts[0] + '.' + parts[1],
                      std::move(*signature)};
}

bool verifyJwtSignature(const DecodedJwt &jwt, const nlohmann::json &jwks, QString *error)
{
    const std::string alg = jwt.header.value("alg", std::string());
    if (alg != "RS256") {
        //: %1 is the signing algorithm the token names, such as HS256
        *error = JwtText::tr("The token is signed with '%1', not RS256.")
                     .arg(QString::fromStdString(alg));
        return false;
    }
    const std::string kid = jwt.header.value("kid", std::string());
    const nlohmann::json *jwk = kid.empty() ? nullptr : keyWithId(jwks, kid);
    if (!jwk) {
        //: %1 is the key ID (kid) in the token's header
        *error = JwtText::tr("The token's signing key '%1' is not among the project's keys.")
                     .arg(QString::fromStdString(kid));
        return false;
    }
    if (jwk->value("kty", std::string()) != "RSA") {
        *error = JwtText::tr("The project's signing key is not an RSA key.");
        return false;
    }
    const PkeyPtr key = rsaPublicKey(*jwk, error);
    if (!key)
        return false;
    MdContextPtr context(EVP_MD_CTX_new());
    const bool valid =
        context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(),
                         reinterpret_cast<const unsigned char *>(jwt.signature.constData()),
                         std::size_t(jwt.signature.size()),
                         reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                         std::size_t(jwt.signingInput.size())) == 1;
    if (!valid)
        *error = JwtText::tr("The token's signature does not match the project's key.");
    return valid;
}

} // namespace descope
