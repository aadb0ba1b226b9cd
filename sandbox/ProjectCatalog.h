#pragma once

#include "Records.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace sandbox {

class SandboxDatabase;

// The project's tenants and roles: what keys may refer to, and what the console offers in
// its pickers. Seeded once when a database is created.
class ProjectCatalog
{
public:
    explicit ProjectCatalog(SandboxDatabase &database);

    bool load(QString *error);
    bool seedDefaults(QString *error);

    const std::vector<Tenant> &tenants() const { return m_tenants; }
    const std::vector<Role> &roles() const { return m_roles; }
    const Tenant *findTenant(const std::string &id) const;
    const Role *findRole(const std::string &name) const;

    nlohmann::json tenantJson(const Tenant &tenant) const;
    nlohmann::json roleJson(const Role &role) const;

private:
    SandboxDatabase &m_database;
    std::vector<Tenant> m_tenants;
    std::vector<Role> m_roles;
    std::map<std::string, std::size_t, std::less<>> m_tenantIndex;
    std::map<std::string, std::size_t, std::less<>> m_roleIndex;
};

} // namespace sandbox
