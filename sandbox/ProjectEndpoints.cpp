#include "ProjectEndpoints.h"

#include "JsonFields.h"
#include "SandboxService.h"

#include <QByteArray>
#include <QDateTime>

#include <set>

namespace sandbox {

namespace {

HttpReply tenants(SandboxService &service, const ApiRequest &)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &tenant : service.catalog().tenants())
        list.push_back(service.catalog().tenantJson(tenant));
    return HttpReply::json({{"tenants", std::move(list)}});
}

HttpReply roles(SandboxService &service, const ApiRequest &)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &role : service.catalog().roles())
        list.push_back(service.catalog().roleJson(role));
    return HttpReply::json({{"roles", std::move(list)}});
}

HttpReply license(SandboxService &, const ApiRequest &)
{
    return HttpReply::json({{"rateLimitTier", "tier1"}});
}

std::string requiredLoginId(const ApiRequest &request)
{
    const auto loginId = fields::string(request.body, "loginId");
    if (!loginId || loginId->empty())
        fail(400, codes::MissingArguments, "The loginId field is required");
    return *loginId;
}

std::string requiredText(const nlohmann::json &device, const char *name, const std::string &where)
{
    const auto value = fields::string(device, name);
    if (!value || value->empty())
        fail(400, codes::MissingArguments, "The " + where + "." + name + " field is required");
    return *value;
}

// Protobuf `bytes` travel as standard or URL-safe base64; anything else is refused.
std::string checkedPublicKey(const nlohmann::json &device, const std::string &where)
{
    const std::string text = requiredText(device, "publicKey", where);
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromStdString(text),
        QByteArray::AbortOnBase64DecodingErrors |
            (text.find_first_of("-_") != std::string::npos ? QByteArray::Base64UrlEncoding
                                                           : QByteArray::Base64Encoding));
    if (!decoded || decoded.decoded.isEmpty())
        fail(400, codes::InvalidArguments, "The " + where + ".publicKey field is not base64");
    return text;
}

// Normalises one imported device to the list endpoint's shape, keeping what the import said.
nlohmann::json normalisedDevice(const nlohmann::json &item, const std::string &where, long long now)
{
    if (!item.is_object())
        fail(400, codes::InvalidRequest, "The " + where + " field must be an object");
    const bool isDescope = item.contains("descope") && !item["descope"].is_null();
    const bool isAuth0 = item.contains("auth0") && !item["auth0"].is_null();
    if (isDescope == isAuth0)
        fail(400, codes::InvalidRequest,
             "The " + where + " field must hold exactly one of descope or auth0");

    const char *kind = isDescope ? "descope" : "auth0";
    const nlohmann::json &device = item[kind];
    const std::string at = where + "." + kind;
    if (!device.is_object())
        fail(400, codes::InvalidRequest, "The " + at + " field must be an object");

    const std::string id = requiredText(device, isDescope ? "credentialId" : "keyId", at);
    nlohmann::json result = {
        {"id", id},
        {"rpId", requiredText(device, "rpId", at)},
        {"kind", kind},
        {"displayName", "Imported passkey"},
        {"createdTime", now},
        {"publicKey", checkedPublicKey(device, at)},
        {"aaguid", fields::string(device, "aaguid").value_or(std::string())},
        {"transports",
         fields::stringList(device, "transports").value_or(std::vector<std::string>{})},
    };
    if (isDescope) {
        result["attestationType"] = fields::string(device, "attestationType").value_or("");
        result["backupEligible"] = fields::boolean(device, "backupEligible").value_or(false);
        result["backupState"] = fields::boolean(device, "backupState").value_or(false);
    } else {
        result["credentialDeviceType"] =
            fields::string(device, "credentialDeviceType").value_or("");
        result["backupState"] = fields::boolean(device, "credentialBackedUp").value_or(false);
        result["userHandle"] = fields::string(device, "userHandle").value_or("");
    }
    return result;
}

HttpReply importPasskeys(SandboxService &service, const ApiRequest &request)
{
    const std::string loginId = requiredLoginId(request);
    const auto devices = fields::array(request.body, "devices");
    if (!devices || devices->empty())
        fail(400, codes::MissingArguments, "The devices field is required");
    const long long now = QDateTime::currentSecsSinceEpoch();
    std::vector<nlohmann::json> normalised;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < devices->size(); ++i) {
        const std::string where = "devices[" + std::to_string(i) + "]";
        auto device = normalisedDevice((*devices)[i], where, now);
        if (!seen.insert(device["id"].get<std::string>()).second)
            fail(400, codes::InvalidArguments,
                 "The " + where + " credential appears more than once in this import");
        normalised.push_back(std::move(device));
    }
    service.passkeys().import(loginId, normalised);
    return HttpReply::empty();
}

HttpReply listPasskeys(SandboxService &service, const ApiRequest &request)
{
    const auto devices = service.passkeys().list(requiredLoginId(request));
    return HttpReply::json({{"passkeys", devices}});
}

Route route(const char *method, const char *path,
            std::function<HttpReply(SandboxService &, const ApiRequest &)> handler)
{
    return {QByteArray(method), QString::fromLatin1(path), Access::Management, std::move(handler)};
}

} // namespace

std::vector<Route> projectRoutes()
{
    return {
        route("GET", "/v1/mgmt/tenant/all", tenants),
        route("GET", "/v1/mgmt/role/all", roles),
        route("GET", "/v1/mgmt/license", license),
        route("POST", "/v1/mgmt/user/passkeys/import", importPasskeys),
        route("POST", "/v1/mgmt/user/passkeys/list", listPasskeys),
    };
}

} // namespace sandbox
