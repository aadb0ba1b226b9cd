#pragma once

#include <QByteArray>

#include <optional>
#include <string>

namespace sandbox::secrets {

// Random identifiers in Descope's style: a prefix, then base62 characters.
std::string randomId(const char *prefix, int length);

struct Digest
{
    QByteArray salt;
    QByteArray hash;
};

// A fresh cleartext for a key: "<keyId>.<secret>". The ID lets the exchange find the key
// without storing anything that would reveal the secret; ':' never appears, because the
// exchange's Authorization header joins its parts with ':'.
struct IssuedSecret
{
    std::string cleartext;
    Digest digest;
};
IssuedSecret issue(const std::string &keyId);

// Splits a presented cleartext into the key ID it names; nullopt when it is not one of ours.
std::optional<std::string> keyIdOf(const std::string &cleartext);

// Constant-time check of a presented cleartext against the stored salted hash.
bool matches(const std::string &cleartext, const Digest &digest);

} // namespace sandbox::secrets
