#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace sandbox {

// The search body: every filter Descope's SDKs, spec and widget send. Filters combine with AND;
// within tenantIds any listed tenant matches.
struct KeySearchQuery
{
    std::vector<std::string> tenantIds;
    std::string boundUserId;
    std::string creatingUser;
    nlohmann::json customAttributes = nlohmann::json::object();
    std::string text; // case-insensitive, over name, ID, description, creator and bound user

    struct SortField
    {
        std::string field;
        bool descending = false;
    };
    std::vector<SortField> sort;
    long long limit = 0; // 0 answers every match
    long long page = 0;

    static KeySearchQuery fromJson(const nlohmann::json &body); // throws RequestError
    bool matches(const StoredKey &key) const;
};

// The matching keys in the requested order (creation order by default), paged if asked.
std::vector<const StoredKey *> runSearch(const KeySearchQuery &query,
                                         const std::vector<std::unique_ptr<StoredKey>> &keys);

} // namespace sandbox
