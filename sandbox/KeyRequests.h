#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace sandbox {

class ProjectCatalog;

// Validation and merging of create and update bodies. Every check throws RequestError with
// the field it is about, so a client learns exactly what to fix.

// Fills a new key from a create body (without id, times, creator and JSON cache).
StoredKey keyFromCreateRequest(const nlohmann::json &body, const ProjectCatalog &catalog);

// Applies an update body to a copy of the stored key: absent or null keeps a field, an
// explicit empty value clears it. `expireTime`, `userId` and `status` are not updatable.
StoredKey applyUpdateRequest(const StoredKey &current, const nlohmann::json &body,
                             const ProjectCatalog &catalog);

// `id` of single-key calls; throws "The id field is required" when missing or empty.
std::string requiredId(const nlohmann::json &body);
// `ids` of batch calls, de-duplicated in order; throws when missing or empty.
std::vector<std::string> requiredIds(const nlohmann::json &body);

// True when `address` is a valid IPv4/IPv6 address or CIDR range.
bool isIpOrCidr(const std::string &address);

} // namespace sandbox
