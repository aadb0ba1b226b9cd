#include "JsonFields.h"

#include "HttpReply.h"

#include <charconv>

namespace sandbox::fields {

namespace {

const nlohmann::json *lookup(const nlohmann::json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

bool isEmptyMarker(const nlohmann::json &value)
{
    return (value.is_string() && value.get_ref<const std::string &>().empty()) ||
           (value.is_array() && value.empty());
}

[[noreturn]] void wrongType(const char *name, const char *expected)
{
    fail(400, codes::InvalidRequest, std::string("The ") + name + " field must be " + expected);
}

} // namespace

std::optional<std::string> string(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (isEmptyMarker(*value))
        return std::string();
    if (!value->is_string())
        wrongType(name, "a string");
    return value->get<std::string>();
}

std::optional<std::vector<std::string>> stringList(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (isEmptyMarker(*value))
        return std::vector<std::string>{};
    if (!value->is_array())
        wrongType(name, "a list of strings");
    std::vector<std::string> result;
    result.reserve(value->size());
    for (const auto &item : *value) {
        if (!item.is_string())
            wrongType(name, "a list of strings");
        result.push_back(item.get<std::string>());
    }
    return result;
}

std::optional<nlohmann::json> object(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (isEmptyMarker(*value))
        return nlohmann::json::object();
    if (!value->is_object())
        wrongType(name, "an object");
    return *value;
}

std::optional<long long> integer(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (isEmptyMarker(*value))
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<long long>();
    if (value->is_number_float()) {
        const double number = value->get<double>();
        if (number == static_cast<double>(static_cast<long long>(number)))
            return static_cast<long long>(number);
        wrongType(name, "a whole number");
    }
    if (value->is_string()) {
        const auto &text = value->get_ref<const std::string &>();
        long long number = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (error == std::errc() && end == text.data() + text.size())
            return number;
    }
    wrongType(name, "a whole number");
}

std::optional<bool> boolean(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean())
        wrongType(name, "true or false");
    return value->get<bool>();
}

std::optional<nlohmann::json> array(const nlohmann::json &object, const char *name)
{
    const auto *value = lookup(object, name);
    if (!value)
        return std::nullopt;
    if (isEmptyMarker(*value))
        return nlohmann::json::array();
    if (!value->is_array())
        wrongType(name, "a list");
    return *value;
}

} // namespace sandbox::fields
