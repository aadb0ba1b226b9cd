#include "Seeder.h"

#include "KeyStore.h"
#include "ProjectCatalog.h"

#include <array>
#include <random>

namespace sandbox {

namespace {

constexpr long long Day = 24 * 60 * 60;

constexpr std::array Services = {
    "billing-export",   "ci-deployer", "nightly-backup",   "metrics-agent",  "search-indexer",
    "payments-webhook", "crm-sync",    "support-bot",      "data-warehouse", "mobile-backend",
    "audit-collector",  "email-relay", "invoice-renderer", "fraud-scorer",   "image-resizer"};
constexpr std::array Environments = {"prod", "staging", "dev", "qa"};
constexpr std::array Creators = {"alice@acme.example", "bob@acme.example", "carol@globex.example",
                                 "dan@initech.example", "K2MgmtKeyTerraform0000000001"};
constexpr std::array Descriptions = {"Used by the nightly export job",
                                     "Rotated every quarter by the platform team",
                                     "Temporary key for the migration; delete after cut-over",
                                     "Owned by the data team (#data-eng)",
                                     "Read-only access for dashboards",
                                     "Deploys from the main branch pipeline"};
constexpr std::array Networks = {"10.0.0.0/8", "192.168.10.0/24", "203.0.113.7", "2001:db8::/32",
                                 "127.0.0.1"};
constexpr std::array Teams = {"platform", "data", "payments", "growth"};

template <typename Array>
const char *pick(const Array &items, std::mt19937 &random)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

bool chance(double probability, std::mt19937 &random)
{
    return std::bernoulli_distribution(probability)(random);
}

StoredKey exampleKey(int index, const ProjectCatalog &catalog, long long now, std::mt19937 &random)
{
    StoredKey key;
    key.id = secrets::randomId("K2", 26);
    key.clientId = secrets::randomId("C2", 26);
    key.name = std::string(pick(Services, random)) + '-' + pick(Environments, random) + '-' +
               std::to_string(index + 1);
    key.createdTime = now - std::uniform_int_distribution<long long>(Day, 700 * Day)(random);
    key.createdBy = pick(Creators, random);
    key.active = !chance(0.15, random);

    const double expiry = std::uniform_real_distribution<double>(0, 1)(random);
    if (expiry < 0.2)
        key.expireTime = 0;
    else if (expiry < 0.3)
        key.expireTime = now - std::uniform_int_distribution<long long>(Day, 90 * Day)(random);
    else if (expiry < 0.45)
        key.expireTime = now + std::uniform_int_distribution<long long>(3600, 14 * Day)(random);
    else
        key.expireTime =
            now + std::uniform_int_distribution<long long>(30 * Day, 400 * Day)(random);

    const auto &roles = catalog.roles();
    const auto &tenants = catalog.tenants();
    auto someRoles = [&] {
        std::vector<std::string> names;
        for (const auto &role : roles) {
            if (chance(0.3, random))
                names.push_back(role.name);
        }
        if (names.empty() && !roles.empty())
            names.push_back(roles[std::size_t(index) % roles.size()].name);
        return names;
    };
    if (!tenants.empty() && chance(0.5, random)) {
        const std::size_t first = std::size_t(index) % tenants.size();
        key.keyTenants.push_back({tenants[first].id, someRoles()});
        if (chance(0.3, random))
            key.keyTenants.push_back({tenants[(first + 1) % tenants.size()].id, someRoles()});
    } else {
        key.roleNames = someRoles();
    }

    if (chance(0.6, random))
        key.description = pick(Descriptions, random);
    if (chance(0.1, random))
        key.boundUserId = "U2" + std::to_string(100000 + index);
    if (chance(0.2, random)) {
        key.permittedIps.push_back(pick(Networks, random));
        if (chance(0.5, random))
            key.permittedIps.push_back(pick(Networks, random));
    }
    if (chance(0.3, random)) {
        key.customClaims = {{"service", key.name.substr(0, key.name.find('-'))},
                            {"tier", std::uniform_int_distribution<int>(1, 3)(random)},
                            {"internal", chance(0.5, random)}};
    }
    if (chance(0.2, random))
        key.customAttributes = {
            {"team", pick(Teams, random)},
            {"costCenter", std::uniform_int_distribution<int>(100, 999)(random)}};
    return key;
}

} // namespace

void seedKeys(KeyStore &store, const ProjectCatalog &catalog, int count, long long now)
{
    std::mt19937 random(static_cast<unsigned>(count) * 7919u + 17u);
    std::vector<KeyStore::NewKey> keys;
    keys.reserve(std::size_t(count));
    for (int index = 0; index < count; ++index) {
        StoredKey key = exampleKey(index, catalog, now, random);
        auto digest = secrets::issue(key.id).digest; // the cleartext is never shown for seeds
        keys.push_back({std::move(key), std::move(digest)});
    }
    store.insert(std::move(keys));
}

} // namespace sandbox
