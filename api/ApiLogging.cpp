#include "ApiLogging.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

Q_LOGGING_CATEGORY(lcApi, "descope.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiBody, "descope.api.body", QtWarningMsg)

namespace descope {

namespace {

constexpr std::array<std::string_view, 9> SecretFields = {
    "cleartext", "sessionJwt", "refreshJwt", "managementKey", "accessKey",
    "token",     "password",   "secret",     "authorization"};

bool isSecretField(const std::string &name)
{
    for (const auto field : SecretFields) {
        if (name.size() == field.size() &&
            std::equal(name.begin(), name.end(), field.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            }))
            return true;
    }
    return false;
}

bool looksLikeJwt(const std::string &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));
    return pattern.match(QString::fromStdString(text)).hasMatch();
}

void redact(nlohmann::json &value)
{
    if (value.is_object()) {
        for (auto &[name, member] : value.items()) {
            if (isSecretField(name) && !member.is_null())
                member = "<redacted>";
            else
                redact(member);
        }
    } else if (value.is_array()) {
        for (auto &item : value)
            redact(item);
    } else if (value.is_string() && looksLikeJwt(value.get_ref<const std::string &>())) {
        value = "<redacted JWT>";
    }
}

} // namespace

QByteArray redactedForLog(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    auto document =
        nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (document.is_discarded())
        return "<" + QByteArray::number(body.size()) + " bytes, not JSON>";
    redact(document);
    return QByteArray::fromStdString(document.dump());
}

} // namespace descope
