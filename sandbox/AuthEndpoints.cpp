#include "AuthEndpoints.h"

#include "JsonFields.h"
#include "SandboxService.h"

#include <QDateTime>

#include <algorithm>
#include <set>

namespace sandbox {

namespace {

// `Bearer <projectId>:<accessKey>[:<more>]`: the SDKs append an auth management key when
// one is configured, which the exchange does not need.
std::string presentedAccessKey(const SandboxService &service, const ApiRequest &request)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!request.authorization.startsWith(prefix))
        fail(401, codes::MissingAccessKey,
             "Authorization must be 'Bearer <projectId>:<accessKey>'");
    const QList<QByteArray> parts = request.authorization.mid(prefix.size()).split(':');
    if (parts.size() < 2 || parts[1].isEmpty())
        fail(401, codes::MissingAccessKey, "The access key is missing from Authorization");
    if (QString::fromUtf8(parts[0]) != service.options().projectId)
        fail(401, codes::InvalidAccessKey, "The access key does not belong to this project");
    return parts[1].toStdString();
}

const StoredKey &authenticate(SandboxService &service, const std::string &cleartext, long long now)
{
    const auto id = secrets::keyIdOf(cleartext);
    const StoredKey *key = id ? service.keys().find(*id) : nullptr;
    const auto digest = key ? service.keys().digest(key->id) : std::nullopt;
    if (!key || !digest || !secrets::matches(cleartext, *digest))
        fail(401, codes::InvalidAccessKey, "The access key is invalid");
    if (!key->active)
        fail(401, codes::InvalidAccessKey, "The access key is inactive");
    if (key->isExpired(now))
        fail(401, codes::InvalidAccessKey, "The access key has expired");
    return *key;
}

bool peerPermitted(const StoredKey &key, const QHostAddress &peer)
{
    if (key.permittedIps.empty())
        return true;
    // An IPv4 caller may arrive as an IPv4-mapped IPv6 address on a dual-stack socket.
    bool isV4 = false;
    const QHostAddress v4(peer.toIPv4Address(&isV4));
    return std::any_of(
        key.permittedIps.begin(), key.permittedIps.end(), [&](const std::string &entry) {
            const QString text = QString::fromStdString(entry);
            const auto subnet = text.contains(u'/')
                                    ? QHostAddress::parseSubnet(text)
                                    : QPair<QHostAddress, int>(QHostAddress(text), -1);
            if (subnet.second < 0)
                return peer.isEqual(subnet.first) || (isV4 && v4.isEqual(subnet.first));
            return peer.isInSubnet(subnet) || (isV4 && v4.isInSubnet(subnet));
        });
}

std::vector<std::string> permissionsOf(const ProjectCatalog &catalog,
                                       const std::vector<std::string> &roles)
{
    std::set<std::string> permissions;
    for (const auto &name : roles) {
        if (const Role *role = catalog.findRole(name))
            permissions.insert(role->permissionNames.begin(), role->permissionNames.end());
    }
    return {permissions.begin(), permissions.end()};
}

nlohmann::json sessionClaims(SandboxService &service, const StoredKey &key,
                             const nlohmann::json &loginOptions, long long now)
{
    nlohmann::json claims = nlohmann::json::object();
    // The key's own claims sit at the top level; the registered claims below win over them.
    for (const auto &[name, value] : key.customClaims.items())
        claims[name] = value;

    long long expires = now + service.options().sessionTokenSeconds;
    if (key.expireTime != 0)
        expires = std::min(expires, key.expireTime);
    claims["iss"] = service.issuer();
    claims["sub"] = key.id;
    claims["iat"] = now;
    claims["exp"] = expires;

    if (key.keyTenants.empty()) {
        claims["roles"] = key.roleNames;
        claims["permissions"] = permissionsOf(service.catalog(), key.roleNames);
    } else {
        nlohmann::json tenants = nlohmann::json::object();
        for (const auto &tenant : key.keyTenants)
            tenants[tenant.tenantId] = {
                {"roles", tenant.roleNames},
                {"permissions", permissionsOf(service.catalog(), tenant.roleNames)}};
        claims["tenants"] = std::move(tenants);
    }

    if (const auto selected = fields::string(loginOptions, "selectedTenant");
        selected && !selected->empty()) {
        const bool member =
            std::any_of(key.keyTenants.begin(), key.keyTenants.end(),
                        [&](const KeyTenant &t) { return t.tenantId == *selected; });
        if (!member)
            fail(400, codes::InvalidArguments,
                 "The access key has no roles in the selected tenant '" + *selected + "'");
        claims["dct"] = *selected;
    }
    if (const auto requested = fields::object(loginOptions, "customClaims");
        requested && !requested->empty())
        claims["nsec"] = *requested;
    return claims;
}

HttpReply exchange(SandboxService &service, const ApiRequest &request)
{
    const long long now = QDateTime::currentSecsSinceEpoch();
    const StoredKey &key = authenticate(service, presentedAccessKey(service, request), now);
    if (!peerPermitted(key, request.peer))
        fail(403, codes::InvalidAccessKey,
             "Requests from " + request.peer.toString().toStdString() +
                 " are not permitted for this access key");

    const nlohmann::json loginOptions =
        fields::object(request.body, "loginOptions").value_or(nlohmann::json::object());
    const nlohmann::json claims = sessionClaims(service, key, loginOptions, now);
    return HttpReply::json({{"keyId", key.id},
                            {"sessionJwt", service.signer().sign(claims)},
                            {"expiration", claims["exp"]}});
}

std::string projectIdFromPath(const ApiRequest &request, qsizetype prefixLength)
{
    return request.path.mid(prefixLength).toStdString();
}

void requireProject(const SandboxService &service, const std::string &projectId)
{
    if (QString::fromStdString(projectId) != service.options().projectId)
        fail(404, codes::NotFound, "Project '" + projectId + "' not found");
}

} // namespace

std::vector<Route> authRoutes()
{
    static const QString v2Keys = QStringLiteral("/v2/keys/");
    static const QString v1Keys = QStringLiteral("/v1/keys/");
    return {
        {QByteArrayLiteral("POST"), QStringLiteral("/v1/auth/accesskey/exchange"),
         Access::AccessKey, exchange},
        {QByteArrayLiteral("GET"), v2Keys, Access::Public,
         [](SandboxService &service, const ApiRequest &request) {
             requireProject(service, projectIdFromPath(request, v2Keys.size()));
             return HttpReply::json({{"keys", {service.signer().publicJwk()}}});
         },
         true},
        {QByteArrayLiteral("GET"), v1Keys, Access::Public,
         [](SandboxService &service, const ApiRequest &request) {
             requireProject(service, projectIdFromPath(request, v1Keys.size()));
             return HttpReply::json(nlohmann::json::array({service.signer().publicJwk()}));
         },
         true},
    };
}

} // namespace sandbox
