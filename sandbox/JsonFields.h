#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

// Lenient readers for request bodies. Descope's SDKs disagree on how to say "unset" (GO sends
// null and "", PY null, NODE omits, JAVA omits), so absent, null, "" and [] all read as unset.
// A value of the wrong type is a validation error naming the field, never a crash.
namespace sandbox::fields {

// nullopt when the field is absent or null; "" and [] come back as "".
std::optional<std::string> string(const nlohmann::json &object, const char *name);

// nullopt when absent or null; "" and [] read as an explicit empty list.
std::optional<std::vector<std::string>> stringList(const nlohmann::json &object, const char *name);

// nullopt when absent or null; "", [] and {} read as an explicit empty object.
std::optional<nlohmann::json> object(const nlohmann::json &object, const char *name);

// nullopt when absent, null, "" or []; else an integer or a numeric string (protobuf int64 JSON).
std::optional<long long> integer(const nlohmann::json &object, const char *name);

std::optional<bool> boolean(const nlohmann::json &object, const char *name);

// nullopt when absent or null; "" and [] read as an empty array. Elements are not checked.
std::optional<nlohmann::json> array(const nlohmann::json &object, const char *name);

} // namespace sandbox::fields
