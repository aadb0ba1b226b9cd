#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

// Checks of the values in a passkey's fields, each on its own. Private to the library.
namespace descope::detail {

// Standard or URL-safe base64 (one alphabet, not both), padded or not.
std::optional<QByteArray> decodeBase64(const QString &text);

// Why a relying party ID is not a domain (WebAuthn wants a valid domain string: no scheme,
// port or path, and no IP address), or an empty string when it is one.
QString rpIdProblem(const QString &rpId);

// 8-4-4-4-12 hex digits, as an AAGUID is written.
bool isUuid(const QString &text);

// One of WebAuthn's AuthenticatorTransport values.
bool isKnownTransport(const std::string &name);
// singleDevice or multiDevice, in either spelling.
bool isKnownDeviceType(const std::string &name);

} // namespace descope::detail
