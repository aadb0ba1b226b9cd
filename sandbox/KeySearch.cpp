#include "KeySearch.h"

#include "HttpReply.h"
#include "JsonFields.h"

#include <QString>

#include <algorithm>

namespace sandbox {

namespace {

const std::vector<std::string> &sortableFields()
{
    static const std::vector<std::string> names = {"name",        "id",         "createdTime",
                                                   "expireTime",  "status",     "createdBy",
                                                   "boundUserId", "description"};
    return names;
}

bool containsText(const std::string &haystack, const QString &needle)
{
    return !haystack.empty() && QString::fromUtf8(haystack.data(), qsizetype(haystack.size()))
                                    .contains(needle, Qt::CaseInsensitive);
}

bool attributeMatches(const nlohmann::json &stored, const nlohmann::json &wanted)
{
    if (wanted.is_array())
        return std::find(wanted.begin(), wanted.end(), stored) != wanted.end();
    return stored == wanted;
}

int compareBy(const std::string &field, const StoredKey &a, const StoredKey &b)
{
    auto three = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    if (field == "name")
        return three(a.name, b.name);
    if (field == "id")
        return three(a.id, b.id);
    if (field == "createdTime")
        return three(a.createdTime, b.createdTime);
    if (field == "expireTime")
        return three(a.expireTime, b.expireTime);
    if (field == "status")
        return three(a.active, b.active);
    if (field == "createdBy")
        return three(a.createdBy, b.createdBy);
    if (field == "boundUserId")
        return three(a.boundUserId, b.boundUserId);
    return three(a.description, b.description);
}

} // namespace

KeySearchQuery KeySearchQuery::fromJson(const nlohmann::json &body)
{
    KeySearchQuery query;
    query.tenantIds = fields::stringList(body, "tenantIds").value_or(std::vector<std::string>{});
    query.boundUserId = fields::string(body, "boundUserId").value_or(std::string());
    query.creatingUser = fields::string(body, "creatingUser").value_or(std::string());
    query.customAttributes =
        fields::object(body, "customAttributes").value_or(nlohmann::json::object());
    query.text = fields::string(body, "text").value_or(std::string());
    if (const auto sort = fields::array(body, "sort")) {
        for (const auto &item : *sort) {
            if (!item.is_object())
                fail(400, codes::InvalidRequest, "Each sort entry must be an object");
            const auto field = fields::string(item, "field").value_or(std::string());
            const auto &known = sortableFields();
            if (std::find(known.begin(), known.end(), field) == known.end())
                fail(400, codes::InvalidArguments,
                     "Access keys cannot be sorted by '" + field + "'");
            query.sort.push_back({field, fields::boolean(item, "desc").value_or(false)});
        }
    }
    query.limit = fields::integer(body, "limit").value_or(0);
    query.page = fields::integer(body, "page").value_or(0);
    if (query.limit < 0 || query.page < 0)
        fail(400, codes::InvalidArguments, "The limit and page fields must not be negative");
    return query;
}

bool KeySearchQuery::matches(const StoredKey &key) const
{
    if (!tenantIds.empty()) {
        const bool inTenant = std::any_of(key.keyTenants.begin(), key.keyTenants.end(),
                                          [this](const KeyTenant &tenant) {
                                              return std::find(tenantIds.begin(), tenantIds.end(),
                                                               tenant.tenantId) != tenantIds.end();
                                          });
        if (!inTenant)
            return false;
    }
    if (!boundUserId.empty() && key.boundUserId != boundUserId)
        return false;
    if (!creatingUser.empty() && key.createdBy != creatingUser)
        return false;
    for (const auto &[name, wanted] : customAttributes.items()) {
        const auto stored = key.customAttributes.find(name);
        if (stored == key.customAttributes.end() || !attributeMatches(*stored, wanted))
            return false;
    }
    if (!text.empty()) {
        const QString needle = QString::fromStdString(text);
        if (!containsText(key.name, needle) && !containsText(key.id, needle) &&
            !containsText(key.description, needle) && !containsText(key.createdBy, needle) &&
            !containsText(key.boundUserId, needle))
            return false;
    }
    return true;
}

std::vector<const StoredKey *> runSearch(const KeySearchQuery &query,
                                         const std::vector<std::unique_ptr<StoredKey>> &keys)
{
    std::vector<const StoredKey *> found;
    found.reserve(keys.size());
    for (const auto &key : keys) {
        if (query.matches(*key))
            found.push_back(key.get());
    }
    if (!query.sort.empty()) {
        std::stable_sort(found.begin(), found.end(),
                         [&query](const StoredKey *a, const StoredKey *b) {
                             for (const auto &order : query.sort) {
                                 const int result = compareBy(order.field, *a, *b);
                                 if (result != 0)
                                     return order.descending ? result > 0 : result < 0;
                             }
                             return false;
                         });
    }
    if (query.limit > 0) {
        const auto first =
            std::min<std::size_t>(found.size(), std::size_t(query.limit * query.page));
        const auto last = std::min<std::size_t>(found.size(), first + std::size_t(query.limit));
        found =
            std::vector<const StoredKey *>(found.begin() + long(first), found.begin() + long(last));
    }
    return found;
}

} // namespace sandbox
