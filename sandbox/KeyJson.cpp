#include "KeyJson.h"

#include "ProjectCatalog.h"

namespace sandbox {

nlohmann::json keyToJson(const StoredKey &key, const ProjectCatalog &catalog)
{
    nlohmann::json tenants = nlohmann::json::array();
    for (const auto &tenant : key.keyTenants) {
        const Tenant *known = catalog.findTenant(tenant.tenantId);
        tenants.push_back({{"tenantId", tenant.tenantId},
                           {"roleNames", tenant.roleNames},
                           {"tenantName", known ? known->name : std::string()}});
    }
    return {
        {"id", key.id},
        {"name", key.name},
        {"description", key.description},
        {"roleNames", key.roleNames},
        {"keyTenants", std::move(tenants)},
        {"status", key.active ? "active" : "inactive"},
        {"createdTime", key.createdTime},
        {"expireTime", key.expireTime},
        {"createdBy", key.createdBy},
        {"clientId", key.clientId},
        {"boundUserId", key.boundUserId},
        {"customClaims", key.customClaims},
        {"permittedIps", key.permittedIps},
        {"customAttributes", key.customAttributes},
        {"editable", true},
    };
}

void refreshKeyJson(StoredKey &key, const ProjectCatalog &catalog)
{
    key.json = keyToJson(key, catalog).dump();
}

StoredKey keyFromJson(const nlohmann::json &document)
{
    StoredKey key;
    key.id = document.at("id").get<std::string>();
    key.name = document.at("name").get<std::string>();
    key.description = document.at("description").get<std::string>();
    key.active = document.at("status").get<std::string>() == "active";
    key.createdTime = document.at("createdTime").get<long long>();
    key.expireTime = document.at("expireTime").get<long long>();
    key.createdBy = document.at("createdBy").get<std::string>();
    key.clientId = document.at("clientId").get<std::string>();
    key.boundUserId = document.at("boundUserId").get<std::string>();
    key.roleNames = document.at("roleNames").get<std::vector<std::string>>();
    for (const auto &tenant : document.at("keyTenants")) {
        key.keyTenants.push_back({tenant.at("tenantId").get<std::string>(),
                                  tenant.at("roleNames").get<std::vector<std::string>>()});
    }
    key.customClaims = document.at("customClaims");
    key.permittedIps = document.at("permittedIps").get<std::vector<std::string>>();
    key.customAttributes = document.at("customAttributes");
    return key;
}

} // namespace sandbox
