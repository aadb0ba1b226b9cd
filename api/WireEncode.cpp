#include "WireJson.h"
#include "WireSupport.h"

#include <string>
#include <utility>

namespace descope::wire {

using namespace detail;

namespace {

json stringList(const QStringList &list)
{
    json result = json::array();
    for (const QString &item : list)
        result.push_back(toStd(item));
    return result;
}

json keyTenants(const QList<KeyTenant> &tenants)
{
    json result = json::array();
    for (const KeyTenant &tenant : tenants)
        result.push_back(
            {{"tenantId", toStd(tenant.tenantId)}, {"roleNames", stringList(tenant.roleNames)}});
    return result;
}

std::string base64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

} // namespace

nlohmann::json encode(const CreateKeyRequest &request)
{
    return {
        {"name", toStd(request.name)},
        {"expireTime", request.expireTime},
        {"roleNames", stringList(request.roleNames)},
        {"keyTenants", keyTenants(request.keyTenants)},
        {"description", toStd(request.description)},
        {"permittedIps", stringList(request.permittedIps)},
        {"customClaims", fromQJsonObject(request.customClaims)},
        {"customAttributes", fromQJsonObject(request.customAttributes)},
        {"userId", toStd(request.boundUserId)},
    };
}

nlohmann::json encode(const UpdateKeyRequest &request)
{
    return {
        {"id", toStd(request.id)},
        {"name", toStd(request.name)},
        {"description", toStd(request.description)},
        {"roleNames", stringList(request.roleNames)},
        {"keyTenants", keyTenants(request.keyTenants)},
        {"permittedIps", stringList(request.permittedIps)},
        {"customClaims", fromQJsonObject(request.customClaims)},
        {"customAttributes", fromQJsonObject(request.customAttributes)},
    };
}

nlohmann::json encode(const KeySearchQuery &query)
{
    json body = {{"tenantIds", stringList(query.tenantIds)}};
    if (!query.boundUserId.isEmpty())
        body["boundUserId"] = toStd(query.boundUserId);
    if (!query.creatingUser.isEmpty())
        body["creatingUser"] = toStd(query.creatingUser);
    if (!query.customAttributes.isEmpty())
        body["customAttributes"] = fromQJsonObject(query.customAttributes);
    if (!query.text.isEmpty())
        body["text"] = toStd(query.text);
    if (!query.sort.isEmpty()) {
        json sort = json::array();
        for (const auto &field : query.sort)
            sort.push_back({{"field", toStd(field.field)}, {"desc", field.descending}});
        body["sort"] = std::move(sort);
    }
    return body;
}

nlohmann::json encodeId(const QString &id)
{
    return {{"id", toStd(id)}};
}

nlohmann::json encodeIds(const QStringList &ids)
{
    return {{"ids", stringList(ids)}};
}

nlohmann::json encodeExchange(const QJsonObject &customClaims, const QString &selectedTenant)
{
    json options = json::object();
    if (!customClaims.isEmpty())
        options["customClaims"] = fromQJsonObject(customClaims);
    if (!selectedTenant.isEmpty())
        options["selectedTenant"] = toStd(selectedTenant);
    return {{"loginOptions", std::move(options)}};
}

nlohmann::json encodePasskeyImport(const QString &loginId, const QList<PasskeyDevice> &devices)
{
    json list = json::array();
    for (const PasskeyDevice &device : devices) {
        if (device.format == PasskeyDevice::Format::Descope) {
            list.push_back({{"descope",
                             {
                                 {"credentialId", toStd(device.credentialId)},
                                 {"rpId", toStd(device.rpId)},
                                 {"publicKey", base64(device.publicKey)},
                                 {"attestationType", toStd(device.attestationType)},
                                 {"aaguid", toStd(device.aaguid)},
                                 {"transports", stringList(device.transports)},
                                 {"backupEligible", device.backupEligible},
                                 {"backupState", device.backupState},
                             }}});
        } else {
            list.push_back({{"auth0",
                             {
                                 {"keyId", toStd(device.credentialId)},
                                 {"rpId", toStd(device.rpId)},
                                 {"publicKey", base64(device.publicKey)},
                                 {"aaguid", toStd(device.aaguid)},
                                 {"transports", stringList(device.transports)},
                                 {"credentialDeviceType", toStd(device.credentialDeviceType)},
                                 {"credentialBackedUp", device.backupState},
                                 {"userHandle", toStd(device.userHandle)},
                             }}});
        }
    }
    return {{"loginId", toStd(loginId)}, {"devices", std::move(list)}};
}

nlohmann::json encodeLoginId(const QString &loginId)
{
    return {{"loginId", toStd(loginId)}};
}

} // namespace descope::wire
