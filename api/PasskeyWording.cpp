#include "PasskeyWording.h"

namespace descope::detail {

using json = nlohmann::json;
using Format = PasskeyDevice::Format;

QString formatName(Format format)
{
    return format == Format::Descope ? PasskeyText::tr("Descope's format")
                                     : PasskeyText::tr("Auth0's format");
}

QString kindOf(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return PasskeyText::tr("null");
    case json::value_t::string:
        return PasskeyText::tr("a string");
    case json::value_t::boolean:
        return value.get<bool>() ? PasskeyText::tr("true") : PasskeyText::tr("false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return PasskeyText::tr("a number");
    case json::value_t::array:
        return PasskeyText::tr("a list");
    case json::value_t::object:
        return PasskeyText::tr("an object");
    default:
        return PasskeyText::tr("something else");
    }
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace descope::detail
