#pragma once

#include "ApiError.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

// What the wire decoders share: paths and failures, the lenient field readers, the conversions
// to QJson, parsing. Private to the library; WireJson.h is the public face.
namespace descope::wire::detail {

using json = nlohmann::json;

// Claims and attributes deeper than this are refused rather than risking the stack.
constexpr int MaxNesting = 256;

// ---------------------------------------------------------------------------------------------
// Paths and failures

// Where a value sits in the answer. Paths live on the stack as a chain and are spelled out only
// when something fails, so the happy path never builds a string.
struct Path
{
    const Path *parent = nullptr;
    const char *name = nullptr; // a member name; nullptr for an array index (or the root)
    std::size_t index = 0;
    bool isIndex = false;

    Path member(const char *memberName) const { return Path{this, memberName, 0, false}; }
    Path item(std::size_t itemIndex) const { return Path{this, nullptr, itemIndex, true}; }

    QString toString() const
    {
        QString text = parent ? parent->toString() : QString();
        if (isIndex)
            return text + u'[' + QString::number(index) + u']';
        if (!name)
            return text;
        if (!text.isEmpty())
            text += u'.';
        return text + QString::fromUtf8(name);
    }
};

// Thrown inside the decoders only; every public decoder turns it into ApiError::decode.
struct Failure
{
    QString detail;
};

[[noreturn]] void fail(const Path &path, const QString &what);

inline QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}

// "a string", "an object", ... as a description of what was found.
QString kindOf(const json &value);

[[noreturn]] void wrongType(const Path &path, const char *expected, const json &value);

// ---------------------------------------------------------------------------------------------
// Lenient field readers. Absent, null, "", [] and {} all mean "unset" for every optional field.

bool isUnset(const json &value);

// The member's value, or nullptr when it is absent or spelled as unset.
const json *present(const json &object, const char *name);

void requireObject(const json &value, const Path &path);
QString readString(const json &object, const char *name, const Path &path);
QString requiredString(const json &object, const char *name, const Path &path);

// A numeric string, as protobuf spells int64 in JSON: "1700000000", also "+5" and "1.7e9".
qint64 integerFromText(const std::string &text, const Path &path);

// Accepts a JSON integer, a whole float, or a numeric string (protobuf's int64 spelling).
qint64 integerValue(const json &value, const Path &path);

qint64 readInteger(const json &object, const char *name, const Path &path);
QStringList readStringList(const json &object, const char *name, const Path &path);

// The array under `name`, or nullptr when unset. Anything else but an array is refused.
const json *readArray(const json &object, const char *name, const Path &path);

// ---------------------------------------------------------------------------------------------
// nlohmann::json -> QJson, walking values directly (no text round trip)

// Containers deeper than MaxNesting become null and set *tooDeep.
QJsonObject toQJsonObjectChecked(const json &object, int depth, bool *tooDeep);

// ---------------------------------------------------------------------------------------------
// Parsing

// Only whitespace (or nothing), checked without copying a possibly large body.
bool isBlank(const QByteArray &body);

// Parses a whole answer; an empty or unparsable body fails at the root.
json parseDocument(const QByteArray &body);
json parseObject(const QByteArray &body);

template <typename T, typename Decoder>
Result<T> guarded(Decoder &&decode)
{
    try {
        return Result<T>(decode());
    } catch (const Failure &failure) {
        return ApiError::decode(failure.detail);
    } catch (const json::exception &exception) {
        // Not expected (every access is type-checked first), but never let one escape.
        return ApiError::decode(QString::fromUtf8(exception.what()));
    }
}

} // namespace descope::wire::detail
