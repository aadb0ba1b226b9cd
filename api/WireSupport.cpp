#include "WireSupport.h"

#include "WireJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace descope::wire {

namespace detail {

namespace {

QString stringValue(const json &value, const Path &path)
{
    if (isUnset(value))
        return {};
    if (!value.is_string())
        wrongType(path, "a string", value);
    return fromStd(value.get_ref<const json::string_t &>());
}

QJsonValue toQJsonValue(const json &value, int depth, bool *tooDeep)
{
    if (depth > MaxNesting && (value.is_object() || value.is_array())) {
        *tooDeep = true;
        return QJsonValue(QJsonValue::Null);
    }
    switch (value.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
        return QJsonValue(QJsonValue::Null);
    case json::value_t::boolean:
        return QJsonValue(value.get<bool>());
    case json::value_t::number_integer:
        return QJsonValue(qint64(value.get<std::int64_t>()));
    case json::value_t::number_unsigned: {
        const auto number = value.get<std::uint64_t>();
        if (number <= std::uint64_t(std::numeric_limits<qint64>::max()))
            return QJsonValue(qint64(number));
        return QJsonValue(double(number));
    }
    case json::value_t::number_float:
        return QJsonValue(value.get<double>());
    case json::value_t::string:
        return QJsonValue(fromStd(value.get_ref<const json::string_t &>()));
    case json::value_t::array: {
        QJsonArray array;
        for (const json &item : value)
            array.append(toQJsonValue(item, depth + 1, tooDeep));
        return array;
    }
    case json::value_t::object:
        return toQJsonObjectChecked(value, depth, tooDeep);
    case json::value_t::binary: {
        const auto &bytes = value.get_binary();
        const QByteArray raw(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
        return QJsonValue(QString::fromLatin1(raw.toBase64()));
    }
    }
    return QJsonValue(QJsonValue::Null);
}

json fromQJsonValue(const QJsonValue &value, int depth);

json fromQJsonArray(const QJsonArray &array, int depth)
{
    json result = json::array();
    for (const QJsonValue &item : array)
        result.push_back(fromQJsonValue(item, depth + 1));
    return result;
}

json fromQJsonObjectAt(const QJsonObject &object, int depth)
{
    json result = json::object();
    for (auto it = object.begin(); it != object.end(); ++it)
        result[toStd(it.key())] = fromQJsonValue(it.value(), depth + 1);
    return result;
}

json fromQJsonValue(const QJsonValue &value, int depth)
{
    if (depth > MaxNesting && (value.isObject() || value.isArray()))
        return nullptr;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return nullptr;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        // QJsonValue keeps integers as qint64 internally; only its variant tells them apart.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return variant.toLongLong();
        return value.toDouble();
    }
    case QJsonValue::String:
        return toStd(value.toString());
    case QJsonValue::Array:
        return fromQJsonArray(value.toArray(), depth);
    case QJsonValue::Object:
        return fromQJsonObjectAt(value.toObject(), depth);
    }
    return nullptr;
}

} // namespace

[[noreturn]] void fail(const Path &path, const QString &what)
{
    const QString where = path.toString();
    throw Failure{where.isEmpty() ? what : where + QStringLiteral(": ") + what};
}

QString kindOf(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::string:
        return QStringLiteral("a string");
    case json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QStringLiteral("a number");
    case json::value_t::array:
        return QStringLiteral("a list");
    case json::value_t::object:
        return QStringLiteral("an object");
    case json::value_t::binary:
        return QStringLiteral("binary data");
    case json::value_t::discarded:
        break;
    }
    return QStringLiteral("nothing");
}

[[noreturn]] void wrongType(const Path &path, const char *expected, const json &value)
{
    fail(path, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), kindOf(value)));
}

bool isUnset(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return true;
    case json::value_t::string:
        return value.get_ref<const json::string_t &>().empty();
    case json::value_t::array:
    case json::value_t::object:
        return value.empty();
    default:
        return false;
    }
}

const json *present(const json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || isUnset(*it))
        return nullptr;
    return &*it;
}

void requireObject(const json &value, const Path &path)
{
    if (!value.is_object())
        wrongType(path, "an object", value);
}

QString readString(const json &object, const char *name, const Path &path)
{
    const json *value = present(object, name);
    return value ? stringValue(*value, path.member(name)) : QString();
}

QString requiredString(const json &object, const char *name, const Path &path)
{
    QString text = readString(object, name, path);
    if (text.isEmpty())
        fail(path.member(name), QStringLiteral("missing"));
    return text;
}

qint64 integerFromText(const std::string &text, const Path &path)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (end - begin > 1 && *begin == '+' && begin[1] >= '0' && begin[1] <= '9')
        ++begin;
    qint64 whole = 0;
    const auto integer = std::from_chars(begin, end, whole);
    if (integer.ec == std::errc() && integer.ptr == end)
        return whole;
    double number = 0;
    const auto floating = std::from_chars(begin, end, number);
    if (floating.ec == std::errc() && floating.ptr == end && begin != end)
        return integerValue(json(number), path);
    if (integer.ec == std::errc::result_out_of_range)
        fail(path, QStringLiteral("the number %1 is too large").arg(fromStd(text)));
    fail(path, QStringLiteral("expected a number, got a string"));
}

qint64 integerValue(const json &value, const Path &path)
{
    switch (value.type()) {
    case json::value_t::number_integer:
        return value.get<std::int64_t>();
    case json::value_t::number_unsigned: {
        const auto number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<qint64>::max()))
            fail(path, QStringLiteral("the number %1 is too large").arg(number));
        return qint64(number);
    }
    case json::value_t::number_float: {
        const double number = value.get<double>();
        // 2^63 is exactly representable; anything at or above it does not fit.
        constexpr double limit = 9223372036854775808.0;
        if (!std::isfinite(number) || std::trunc(number) != number || number >= limit ||
            number < -limit)
            fail(path, QStringLiteral("expected a whole number, got %1").arg(number, 0, 'g', 17));
        return qint64(number);
    }
    case json::value_t::string:
        return integerFromText(value.get_ref<const json::string_t &>(), path);
    default:
        wrongType(path, "a number", value);
    }
}

qint64 readInteger(const json &object, const char *name, const Path &path)
{
    const json *value = present(object, name);
    return value ? integerValue(*value, path.member(name)) : 0;
}

QStringList readStringList(const json &object, const char *name, const Path &path)
{
    const json *value = present(object, name);
    if (!value)
        return {};
    const Path at = path.member(name);
    if (!value->is_array())
        wrongType(at, "a list of strings", *value);
    QStringList list;
    list.reserve(qsizetype(value->size()));
    std::size_t index = 0;
    for (const json &item : *value) {
        if (!item.is_string())
            wrongType(at.item(index), "a string", item);
        list.append(fromStd(item.get_ref<const json::string_t &>()));
        ++index;
    }
    return list;
}

const json *readArray(const json &object, const char *name, const Path &path)
{
    const json *value = present(object, name);
    if (value && !value->is_array())
        wrongType(path.member(name), "a list", *value);
    return value;
}

QJsonObject toQJsonObjectChecked(const json &object, int depth, bool *tooDeep)
{
    QJsonObject result;
    if (!object.is_object())
        return result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(fromStd(it.key()), toQJsonValue(it.value(), depth + 1, tooDeep));
    return result;
}

bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

json parseDocument(const QByteArray &body)
{
    const Path root;
    if (isBlank(body))
        fail(root, QStringLiteral("the answer is empty (expected a JSON object)"));
    json document = json::parse(body.constData(), body.constData() + body.size(), nullptr,
                                /*allow_exceptions=*/false);
    // nlohmann ends the text at a NUL byte, which valid JSON never holds unescaped.
    if (document.is_discarded() || body.contains('\0'))
        fail(root, QStringLiteral("the answer is not valid JSON (truncated?)"));
    return document;
}

json parseObject(const QByteArray &body)
{
    const Path root;
    json document = parseDocument(body);
    if (!document.is_object())
        fail(root, QStringLiteral("the answer is %1, not a JSON object").arg(kindOf(document)));
    return document;
}

} // namespace detail

// ---------------------------------------------------------------------------------------------
// Conversions

QJsonObject toQJsonObject(const nlohmann::json &object)
{
    bool tooDeep = false; // deeper levels become null; there is no error channel here
    return detail::toQJsonObjectChecked(object, 0, &tooDeep);
}

nlohmann::json fromQJsonObject(const QJsonObject &object)
{
    return detail::fromQJsonObjectAt(object, 0);
}

} // namespace descope::wire
