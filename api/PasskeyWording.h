#pragma once

#include "Passkeys.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>

// The words that the checks of a passkey file share. Private to the library.
namespace descope::detail {

// The library has no QObject; this gives its sentences tr() in the "descope::PasskeyFile"
// context, which lupdate understands.
class PasskeyText
{
    Q_DECLARE_TR_FUNCTIONS(descope::PasskeyFile)
};

// What a value is, for "must be a string, not a number": "a number", "null", "true"...
QString kindOf(const nlohmann::json &value);
// "Descope's format" or "Auth0's format".
QString formatName(PasskeyDevice::Format format);

QString fromStd(const std::string &text);
QString quoted(const QString &text);

} // namespace descope::detail
