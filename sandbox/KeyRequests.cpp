#include "KeyRequests.h"

#include "HttpReply.h"
#include "JsonFields.h"
#include "ProjectCatalog.h"

#include <QHostAddress>

#include <set>

namespace sandbox {

namespace {

std::string requiredName(const nlohmann::json &body)
{
    const auto name = fields::string(body, "name");
    if (!name || name->find_first_not_of(" \t\r\n") == std::string::npos)
        fail(400, codes::MissingArguments, "The name field is required");
    return *name;
}

std::vector<std::string> checkedRoles(std::vector<std::string> roles, const ProjectCatalog &catalog,
                                      const std::string &where)
{
    std::set<std::string> seen;
    std::vector<std::string> unique;
    for (auto &role : roles) {
        if (!catalog.findRole(role))
            fail(400, codes::InvalidArguments,
                 "The role '" + role + "' in " + where + " does not exist in this project");
        if (seen.insert(role).second)
            unique.push_back(std::move(role));
    }
    return unique;
}

std::vector<KeyTenant> checkedTenants(const nlohmann::json &list, const ProjectCatalog &catalog)
{
    std::vector<KeyTenant> tenants;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = "keyTenants[" + std::to_string(i) + "]";
        const auto &item = list[i];
        if (!item.is_object())
            fail(400, codes::InvalidRequest, "The " + where + " field must be an object");
        const auto tenantId = fields::string(item, "tenantId");
        if (!tenantId || tenantId->empty())
            fail(400, codes::MissingArguments, "The " + where + ".tenantId field is required");
        if (!catalog.findTenant(*tenantId))
            fail(400, codes::InvalidArguments,
                 "The tenant '" + *tenantId + "' in " + where + " does not exist in this project");
        if (!seen.insert(*tenantId).second)
            fail(400, codes::InvalidArguments,
                 "The tenant '" + *tenantId + "' appears more than once in keyTenants");
        auto roles = fields::stringList(item, "roleNames").value_or(std::vector<std::string>{});
        tenants.push_back({*tenantId, checkedRoles(std::move(roles), catalog, where)});
    }
    return tenants;
}

std::vector<std::string> checkedIps(std::vector<std::string> ips)
{
    for (const auto &ip : ips) {
        if (!isIpOrCidr(ip))
            fail(400, codes::InvalidArguments,
                 "'" + ip + "' in permittedIps is not an IP address or CIDR range");
    }
    return ips;
}

// Tenant roles win over project roles, as the SDKs document; a key carries one or the other.
void resolveRoleScope(StoredKey &key)
{
    if (!key.keyTenants.empty())
        key.roleNames.clear();
}

} // namespace

bool isIpOrCidr(const std::string &address)
{
    const QString text = QString::fromStdString(address).trimmed();
    if (text.isEmpty() || text.size() != qsizetype(address.size()))
        return false;
    if (text.contains(u'/'))
        return QHostAddress::parseSubnet(text).first.protocol() !=
               QAbstractSocket::UnknownNetworkLayerProtocol;
    QHostAddress host;
    return host.setAddress(text);
}

StoredKey keyFromCreateRequest(const nlohmann::json &body, const ProjectCatalog &catalog)
{
    StoredKey key;
    key.name = requiredName(body);
    key.description = fields::string(body, "description").value_or(std::string());
    key.expireTime = fields::integer(body, "expireTime").value_or(0);
    if (key.expireTime < 0)
        fail(400, codes::InvalidArguments, "The expireTime field must not be negative");
    key.roleNames =
        checkedRoles(fields::stringList(body, "roleNames").value_or(std::vector<std::string>{}),
                     catalog, "roleNames");
    if (const auto tenants = fields::array(body, "keyTenants"))
        key.keyTenants = checkedTenants(*tenants, catalog);
    key.boundUserId = fields::string(body, "userId").value_or(std::string());
    key.customClaims = fields::object(body, "customClaims").value_or(nlohmann::json::object());
    key.permittedIps =
        checkedIps(fields::stringList(body, "permittedIps").value_or(std::vector<std::string>{}));
    key.customAttributes =
        fields::object(body, "customAttributes").value_or(nlohmann::json::object());
    resolveRoleScope(key);
    return key;
}

StoredKey applyUpdateRequest(const StoredKey &current, const nlohmann::json &body,
                             const ProjectCatalog &catalog)
{
    StoredKey key = current;
    key.name = requiredName(body);
    if (auto description = fields::string(body, "description"))
        key.description = std::move(*description);
    if (auto roles = fields::stringList(body, "roleNames"))
        key.roleNames = checkedRoles(std::move(*roles), catalog, "roleNames");
    if (const auto tenants = fields::array(body, "keyTenants"))
        key.keyTenants = checkedTenants(*tenants, catalog);
    if (auto claims = fields::object(body, "customClaims"))
        key.customClaims = std::move(*claims);
    if (auto ips = fields::stringList(body, "permittedIps"))
        key.permittedIps = checkedIps(std::move(*ips));
    if (auto attributes = fields::object(body, "customAttributes"))
        key.customAttributes = std::move(*attributes);
    resolveRoleScope(key);
    return key;
}

std::string requiredId(const nlohmann::json &body)
{
    const auto id = fields::string(body, "id");
    if (!id || id->empty())
        fail(400, codes::MissingArguments, "The id field is required");
    return *id;
}

std::vector<std::string> requiredIds(const nlohmann::json &body)
{
    const auto ids = fields::stringList(body, "ids");
    if (!ids || ids->empty())
        fail(400, codes::MissingArguments, "The ids field is required");
    std::set<std::string> seen;
    std::vector<std::string> unique;
    for (const auto &id : *ids) {
        if (id.empty())
            fail(400, codes::InvalidArguments, "The ids field must not contain empty IDs");
        if (seen.insert(id).second)
            unique.push_back(id);
    }
    return unique;
}

} // namespace sandbox
