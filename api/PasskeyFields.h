#pragma once

#include "Passkeys.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

// The fields of a passkey in each format (descope-api.md §5). Private to the library.
namespace descope::detail {

enum class FieldKind
{
    Id,
    RpId,
    PublicKey,
    Text,
    Aaguid,
    Transports,
    Boolean,
    DeviceType,
};

struct FieldSpec
{
    const char *name;
    FieldKind kind;
    bool required;
};

// "credentialId" or "keyId".
const char *idField(PasskeyDevice::Format format);
// The field of that name in the format, or nullptr.
const FieldSpec *findField(PasskeyDevice::Format format, std::string_view name);
// The known field a misspelt one probably meant, or nullptr.
const char *likelyField(PasskeyDevice::Format format, const std::string &name);

// The format a bare passkey (not wrapped in "descope" or "auth0") is written in, from its
// identifying field or, failing that, from a field only one format has.
std::optional<PasskeyDevice::Format> bareFormat(const nlohmann::json &device);

} // namespace descope::detail
