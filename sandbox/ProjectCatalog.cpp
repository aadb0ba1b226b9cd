#include "ProjectCatalog.h"

#include "SandboxDatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

namespace {

struct DefaultRole
{
    const char *name;
    const char *description;
    std::vector<std::string> permissions;
};

const std::vector<Tenant> &defaultTenants()
{
    static const std::vector<Tenant> tenants = {
        {"T2AcmeCorp0000000000000000001", "Acme Corp"},
        {"T2Globex000000000000000000002", "Globex"},
        {"T2Initech00000000000000000003", "Initech"},
        {"T2Umbrella0000000000000000004", "Umbrella Health"},
        {"T2Stark0000000000000000000005", "Stark Industries"},
    };
    return tenants;
}

const std::vector<DefaultRole> &defaultRoles()
{
    static const std::vector<DefaultRole> roles = {
        {"Tenant Admin",
         "Manages users and keys of a tenant",
         {"User Admin", "SSO Admin", "Impersonate"}},
        {"Viewer", "Reads everything, changes nothing", {"Read"}},
        {"Editor", "Reads and writes application data", {"Read", "Write"}},
        {"Billing", "Sees and pays invoices", {"Invoices Read", "Invoices Pay"}},
        {"CI Deployer", "Deploys from pipelines", {"Deploy", "Read"}},
        {"Support", "Answers customer tickets", {"Read", "Tickets Write"}},
    };
    return roles;
}

} // namespace

ProjectCatalog::ProjectCatalog(SandboxDatabase &database)
    : m_database(database)
{}

bool ProjectCatalog::load(QString *error)
{
    m_tenants.clear();
    m_roles.clear();
    m_tenantIndex.clear();
    m_roleIndex.clear();

    QSqlQuery tenants(m_database.connection());
    if (!tenants.exec(QStringLiteral("SELECT id, name FROM tenants ORDER BY seq"))) {
        *error = tenants.lastError().text();
        return false;
    }
    while (tenants.next()) {
        m_tenantIndex.emplace(tenants.value(0).toString().toStdString(), m_tenants.size());
        m_tenants.push_back(
            {tenants.value(0).toString().toStdString(), tenants.value(1).toString().toStdString()});
    }

    QSqlQuery roles(m_database.connection());
    if (!roles.exec(QStringLiteral("SELECT document FROM roles ORDER BY seq"))) {
        *error = roles.lastError().text();
        return false;
    }
    while (roles.next()) {
        const auto document =
            nlohmann::json::parse(roles.value(0).toString().toStdString(), nullptr, false);
        if (document.is_discarded() || !document.is_object()) {
            *error = QStringLiteral("a stored role is corrupt");
            return false;
        }
        Role role;
        role.name = document.value("name", std::string());
        role.description = document.value("description", std::string());
        role.permissionNames = document.value("permissionNames", std::vector<std::string>());
        role.createdTime = document.value("createdTime", 0LL);
        m_roleIndex.emplace(role.name, m_roles.size());
        m_roles.push_back(std::move(role));
    }
    return true;
}

bool ProjectCatalog::seedDefaults(QString *error)
{
    const long long now = QDateTime::currentSecsSinceEpoch();
    try {
        SandboxDatabase::Transaction transaction(m_database);
        QSqlQuery insertTenant(m_database.connection());
        insertTenant.prepare(
            QStringLiteral("INSERT OR IGNORE INTO tenants (id, name) VALUES (?, ?)"));
        for (const auto &tenant : defaultTenants()) {
            insertTenant.addBindValue(QString::fromStdString(tenant.id));
            insertTenant.addBindValue(QString::fromStdString(tenant.name));
            if (!insertTenant.exec())
                throw StorageError(insertTenant.lastError().text().toStdString());
        }
        QSqlQuery insertRole(m_database.connection());
        insertRole.prepare(
            QStringLiteral("INSERT OR IGNORE INTO roles (name, document) VALUES (?, ?)"));
        for (const auto &role : defaultRoles()) {
            const nlohmann::json document = {{"name", role.name},
                                             {"description", role.description},
                                             {"permissionNames", role.permissions},
                                             {"createdTime", now}};
            insertRole.addBindValue(QString::fromUtf8(role.name));
            insertRole.addBindValue(QString::fromStdString(document.dump()));
            if (!insertRole.exec())
                throw StorageError(insertRole.lastError().text().toStdString());
        }
        transaction.commit();
    } catch (const StorageError &failure) {
        *error =
            QStringLiteral("cannot seed tenants and roles: ") + QString::fromUtf8(failure.what());
        return false;
    }
    return load(error);
}

const Tenant *ProjectCatalog::findTenant(const std::string &id) const
{
    const auto it = m_tenantIndex.find(id);
    return it == m_tenantIndex.end() ? nullptr : &m_tenants[it->second];
}

const Role *ProjectCatalog::findRole(const std::string &name) const
{
    const auto it = m_roleIndex.find(name);
    return it == m_roleIndex.end() ? nullptr : &m_roles[it->second];
}

nlohmann::json ProjectCatalog::tenantJson(const Tenant &tenant) const
{
    return {{"id", tenant.id},
            {"name", tenant.name},
            {"selfProvisioningDomains", nlohmann::json::array()},
            {"customAttributes", nlohmann::json::object()},
            {"authType", "none"},
            {"domains", nlohmann::json::array()}};
}

nlohmann::json ProjectCatalog::roleJson(const Role &role) const
{
    return {{"name", role.name},
            {"description", role.description},
            {"permissionNames", role.permissionNames},
            {"createdTime", role.createdTime},
            {"tenantId", ""},
            {"default", false},
            {"private", false}};
}

} // namespace sandbox
