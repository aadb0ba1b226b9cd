#include "Secrets.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace sandbox::secrets {

namespace {

constexpr int SaltBytes = 16;
constexpr int SecretBytes = 32;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw std::runtime_error("the system random generator failed");
    return bytes;
}

// The secret half is 256 random bits, so one keyed hash is as strong as a slow KDF would be
// and keeps seeding 100,000 keys fast.
QByteArray saltedHash(const QByteArray &salt, const std::string &cleartext)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int length = 0;
    HMAC(EVP_sha256(), salt.constData(), int(salt.size()),
         reinterpret_cast<const unsigned char *>(cleartext.data()), cleartext.size(), out.data(),
         &length);
    return QByteArray(reinterpret_cast<const char *>(out.data()), int(length));
}

} // namespace

std::string randomId(const char *prefix, int length)
{
    static constexpr char Alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray bytes = randomBytes(length);
    std::string id(prefix);
    id.reserve(id.size() + std::size_t(length));
    for (char byte : bytes)
        id.push_back(Alphabet[static_cast<unsigned char>(byte) % 62]);
    return id;
}

IssuedSecret issue(const std::string &keyId)
{
    const QByteArray secret =
        randomBytes(SecretBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    IssuedSecret issued;
    issued.cleartext = keyId + '.' + secret.toStdString();
    issued.digest.salt = randomBytes(SaltBytes);
    issued.digest.hash = saltedHash(issued.digest.salt, issued.cleartext);
    return issued;
}

std::optional<std::string> keyIdOf(const std::string &cleartext)
{
    const auto dot = cleartext.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == cleartext.size())
        return std::nullopt;
    return cleartext.substr(0, dot);
}

bool matches(const std::string &cleartext, const Digest &digest)
{
    const QByteArray presented = saltedHash(digest.salt, cleartext);
    return presented.size() == digest.hash.size() &&
           CRYPTO_memcmp(presented.constData(), digest.hash.constData(),
                         std::size_t(presented.size())) == 0;
}

} // namespace sandbox::secrets
