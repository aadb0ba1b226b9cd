#include "JwtSigner.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <vector>

namespace sandbox {

namespace {

constexpr int KeyBits = 2048;

std::string base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

std::string base64Url(const std::string &text)
{
    return base64Url(QByteArray(text.data(), qsizetype(text.size())));
}

QString opensslError(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLatin1(buffer);
}

std::optional<QByteArray> bigNumber(EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return std::nullopt;
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

JwtSigner::JwtSigner(EVP_PKEY *key)
    : m_key(key)
{}

JwtSigner::~JwtSigner()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<JwtSigner> JwtSigner::generate(QString *error)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(KeyBits));
    if (!key) {
        *error = opensslError("cannot generate the RSA signing key");
        return nullptr;
    }
    std::unique_ptr<JwtSigner> signer(new JwtSigner(key));
    if (!signer->describePublicKey(error))
        return nullptr;
    return signer;
}

std::unique_ptr<JwtSigner> JwtSigner::fromPem(const QByteArray &pem, QString *error)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        *error = QStringLiteral("the stored signing key is not an RSA private key");
        return nullptr;
    }
    std::unique_ptr<JwtSigner> signer(new JwtSigner(key));
    if (!signer->describePublicKey(error))
        return nullptr;
    return signer;
}

bool JwtSigner::describePublicKey(QString *error)
{
    const auto modulus = bigNumber(m_key, OSSL_PKEY_PARAM_RSA_N);
    const auto exponent = bigNumber(m_key, OSSL_PKEY_PARAM_RSA_E);
    if (!modulus || !exponent) {
        *error = opensslError("cannot read the RSA public key");
        return false;
    }
    const std::string n = base64Url(*modulus);
    const std::string e = base64Url(*exponent);
    // RFC 7638 thumbprint: stable across restarts and unique per key.
    const std::string canonical = R"({"e":")" + e + R"(","kty":"RSA","n":")" + n + R"("})";
    m_keyId = base64Url(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256));
    m_jwk = {{"alg", "RS256"}, {"e", e}, {"kid", m_keyId},
             {"kty", "RSA"},   {"n", n}, {"use", "sig"}};
    return true;
}

QByteArray JwtSigner::privateKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

std::string JwtSigner::sign(const nlohmann::json &claims) const
{
    const nlohmann::json header = {{"alg", "RS256"}, {"kid", m_keyId}, {"typ", "JWT"}};
    const std::string signingInput = base64Url(header.dump()) + '.' + base64Url(claims.dump());

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    std::vector<unsigned char> signature;
    bool ok = EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key) == 1 &&
              EVP_DigestSign(context, nullptr, &length,
                             reinterpret_cast<const unsigned char *>(signingInput.data()),
                             signingInput.size()) == 1;
    if (ok) {
        signature.resize(length);
        ok = EVP_DigestSign(context, signature.data(), &length,
                            reinterpret_cast<const unsigned char *>(signingInput.data()),
                            signingInput.size()) == 1;
    }
    EVP_MD_CTX_free(context);
    if (!ok)
        throw std::runtime_error("RS256 signing failed");
    signature.resize(length);
    return signingInput + '.' +
           base64Url(QByteArray(reinterpret_cast<const char *>(signature.data()), int(length)));
}

} // namespace sandbox
