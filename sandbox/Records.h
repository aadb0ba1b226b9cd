#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sandbox {

struct KeyTenant
{
    std::string tenantId;
    std::vector<std::string> roleNames;
};

struct StoredKey
{
    std::string id;
    std::string name;
    std::string description;
    bool active = true;
    long long createdTime = 0; // Unix seconds, as on the wire
    long long expireTime = 0;  // Unix seconds; 0 never expires
    std::string createdBy;
    std::string clientId;
    std::string boundUserId;
    std::vector<std::string> roleNames;
    std::vector<KeyTenant> keyTenants;
    nlohmann::json customClaims = nlohmann::json::object();
    std::vector<std::string> permittedIps;
    nlohmann::json customAttributes = nlohmann::json::object();

    // The key as the wire shows it, serialised once per change: a full search then only
    // concatenates, which keeps a 100,000-key answer fast.
    std::string json;

    bool isExpired(long long now) const { return expireTime != 0 && expireTime <= now; }
};

struct Tenant
{
    std::string id;
    std::string name;
};

struct Role
{
    std::string name;
    std::string description;
    std::vector<std::string> permissionNames;
    long long createdTime = 0;
};

} // namespace sandbox
