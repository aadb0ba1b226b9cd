#include "WireJson.h"

#include "KeyAnswerReader.h"
#include "WireSupport.h"

#include <QDateTime>

#include <cstddef>
#include <utility>

namespace descope::wire {

using namespace detail;

namespace {

// Calls `read` for each item of the list under `name` (unset reads as an empty list).
template <typename T, typename Reader>
QList<T> readList(const json &document, const char *name, Reader &&read)
{
    const Path root;
    QList<T> list;
    const json *items = readArray(document, name, root);
    if (!items)
        return list;
    const Path at = root.member(name);
    list.reserve(qsizetype(items->size()));
    std::size_t index = 0;
    for (const json &item : *items) {
        list.append(read(item, at.item(index)));
        ++index;
    }
    return list;
}

// Passkey times: Unix seconds like everything else, but GO models them as time.Time, so an
// RFC 3339 string is read too.
qint64 readPasskeyTime(const json &object, const Path &path)
{
    const json *value = present(object, "createdTime");
    if (!value)
        return 0;
    const Path at = path.member("createdTime");
    if (value->is_string()) {
        const QDateTime time =
            QDateTime::fromString(fromStd(value->get_ref<const json::string_t &>()), Qt::ISODate);
        if (time.isValid())
            return time.toSecsSinceEpoch();
    }
    return integerValue(*value, at);
}

} // namespace

Result<AccessKey> decodeKeyAnswer(const QByteArray &body)
{
    return guarded<AccessKey>([&] { return readKeyAnswer(body); });
}

Result<CreatedKey> decodeCreatedKeyAnswer(const QByteArray &body)
{
    return guarded<CreatedKey>([&] { return readCreatedKeyAnswer(body); });
}

Result<QList<AccessKey>> decodeSearchAnswer(const QByteArray &body)
{
    return guarded<QList<AccessKey>>([&] { return readSearchAnswer(body); });
}

Result<QList<Tenant>> decodeTenantsAnswer(const QByteArray &body)
{
    return guarded<QList<Tenant>>([&] {
        const json document = parseObject(body);
        return readList<Tenant>(document, "tenants", [](const json &item, const Path &path) {
            requireObject(item, path);
            return Tenant{requiredString(item, "id", path), readString(item, "name", path)};
        });
    });
}

Result<QList<Role>> decodeRolesAnswer(const QByteArray &body)
{
    return guarded<QList<Role>>([&] {
        const json document = parseObject(body);
        return readList<Role>(document, "roles", [](const json &item, const Path &path) {
            requireObject(item, path);
            Role role;
            role.name = requiredString(item, "name", path);
            role.description = readString(item, "description", path);
            role.permissionNames = readStringList(item, "permissionNames", path);
            role.tenantId = readString(item, "tenantId", path);
            return role;
        });
    });
}

Result<License> decodeLicenseAnswer(const QByteArray &body)
{
    return guarded<License>([&] {
        const json document = parseObject(body);
        return License{readString(document, "rateLimitTier", Path())};
    });
}

Result<QList<UserPasskey>> decodePasskeysAnswer(const QByteArray &body)
{
    return guarded<QList<UserPasskey>>([&] {
        const json document = parseObject(body);
        return readList<UserPasskey>(document, "passkeys", [](const json &item, const Path &path) {
            requireObject(item, path);
            UserPasskey passkey;
            passkey.id = requiredString(item, "id", path);
            passkey.rpId = readString(item, "rpId", path);
            passkey.kind = readString(item, "kind", path);
            passkey.displayName = readString(item, "displayName", path);
            passkey.createdTime = readPasskeyTime(item, path);
            return passkey;
        });
    });
}

Result<ExchangeAnswer> decodeExchangeAnswer(const QByteArray &body)
{
    return guarded<ExchangeAnswer>([&] {
        const json document = parseObject(body);
        const Path root;
        ExchangeAnswer answer;
        answer.keyId = readString(document, "keyId", root);
        answer.sessionJwt = requiredString(document, "sessionJwt", root);
        answer.expiration = readInteger(document, "expiration", root);
        return answer;
    });
}

Result<nlohmann::json> decodeJwksAnswer(const QByteArray &body)
{
    return guarded<nlohmann::json>([&] {
        const Path root;
        json document = parseDocument(body);
        if (document.is_array()) // the V1 shape: a bare list of keys
            document = json{{"keys", std::move(document)}};
        if (!document.is_object())
            fail(root, QStringLiteral("the answer is %1, not a JSON object").arg(kindOf(document)));
        const json *keys = present(document, "keys");
        if (!keys)
            fail(root.member("keys"), QStringLiteral("missing"));
        if (!keys->is_array())
            wrongType(root.member("keys"), "a list", *keys);
        std::size_t index = 0;
        for (const json &key : *keys)
            requireObject(key, root.member("keys").item(index++));
        return document;
    });
}

Result<Done> decodeEmptyAnswer(const QByteArray &body)
{
    if (isBlank(body))
        return Done{};
    return guarded<Done>([&] {
        parseObject(body); // any object will do; void calls answer {}
        return Done{};
    });
}

} // namespace descope::wire
