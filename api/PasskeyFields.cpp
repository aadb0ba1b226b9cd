#include "PasskeyFields.h"

#include "PasskeyWording.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cctype>

namespace descope::detail {

using json = nlohmann::json;
using Format = PasskeyDevice::Format;

namespace {

constexpr std::array DescopeFields{
    FieldSpec{"credentialId", FieldKind::Id, true},
    FieldSpec{"rpId", FieldKind::RpId, true},
    FieldSpec{"publicKey", FieldKind::PublicKey, true},
    FieldSpec{"attestationType", FieldKind::Text, false},
    FieldSpec{"aaguid", FieldKind::Aaguid, false},
    FieldSpec{"transports", FieldKind::Transports, false},
    FieldSpec{"backupEligible", FieldKind::Boolean, false},
    FieldSpec{"backupState", FieldKind::Boolean, false},
};

// The MFA WebAuthn type of an export has only keyId, rpId and publicKey.
constexpr std::array Auth0Fields{
    FieldSpec{"keyId", FieldKind::Id, true},
    FieldSpec{"rpId", FieldKind::RpId, true},
    FieldSpec{"publicKey", FieldKind::PublicKey, true},
    FieldSpec{"aaguid", FieldKind::Aaguid, false},
    FieldSpec{"transports", FieldKind::Transports, false},
    FieldSpec{"credentialDeviceType", FieldKind::DeviceType, false},
    FieldSpec{"credentialBackedUp", FieldKind::Boolean, false},
    FieldSpec{"userHandle", FieldKind::Text, false},
};

template <std::size_t N>
const FieldSpec *findField(const std::array<FieldSpec, N> &fields, std::string_view name)
{
    for (const FieldSpec &field : fields) {
        if (name == field.name)
            return &field;
    }
    return nullptr;
}

// key_id -> keyId, so that a field spelt as Auth0's Management API spells it gets a hint.
std::string camelCase(const std::string &name)
{
    std::string result;
    bool upper = false;
    for (const char c : name) {
        if (c == '_') {
            upper = true;
            continue;
        }
        result += upper ? char(std::toupper(uchar(c))) : c;
        upper = false;
    }
    return result;
}

} // namespace

const char *idField(Format format)
{
    return format == Format::Descope ? "credentialId" : "keyId";
}

const FieldSpec *findField(Format format, std::string_view name)
{
    return format == Format::Descope ? findField(DescopeFields, name)
                                     : findField(Auth0Fields, name);
}

const char *likelyField(Format format, const std::string &name)
{
    if (name == "relying_party_id" || name == "relying_party_identifier")
        return "rpId";
    const std::string camel = camelCase(name);
    const QString folded = fromStd(camel).toCaseFolded();
    const auto matches = [&](const FieldSpec &field) {
        return folded == QString::fromLatin1(field.name).toCaseFolded();
    };
    const auto search = [&](const auto &fields) -> const char * {
        const auto it = std::find_if(fields.begin(), fields.end(), matches);
        return it == fields.end() ? nullptr : it->name;
    };
    return format == Format::Descope ? search(DescopeFields) : search(Auth0Fields);
}

std::optional<Format> bareFormat(const json &device)
{
    if (device.contains("credentialId"))
        return Format::Descope;
    if (device.contains("keyId"))
        return Format::Auth0;
    for (const auto &member : device.items()) {
        const bool descope = findField(Format::Descope, member.key()) != nullptr;
        const bool auth0 = findField(Format::Auth0, member.key()) != nullptr;
        if (descope != auth0)
            return descope ? Format::Descope : Format::Auth0;
    }
    return std::nullopt;
}

} // namespace descope::detail
