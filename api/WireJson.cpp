#include "WireJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QVariant>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace descope::wire {

namespace {

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

// Thrown inside this file only; every public decoder turns it into ApiError::decode.
struct Failure
{
    QString detail;
};

[[noreturn]] void fail(const Path &path, const QString &what)
{
    const QString where = path.toString();
    throw Failure{where.isEmpty() ? what : where + QStringLiteral(": ") + what};
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// "a string", "an object", ... as a description of what was found.
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

// ---------------------------------------------------------------------------------------------
// Lenient field readers. Absent, null, "", [] and {} all mean "unset" for every optional field.

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

// The member's value, or nullptr when it is absent or spelled as unset.
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

QString stringValue(const json &value, const Path &path)
{
    if (isUnset(value))
        return {};
    if (!value.is_string())
        wrongType(path, "a string", value);
    return fromStd(value.get_ref<const json::string_t &>());
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

qint64 integerValue(const json &value, const Path &path);

// A numeric string, as protobuf spells int64 in JSON: "1700000000", also "+5" and "1.7e9".
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

// Accepts a JSON integer, a whole float, or a numeric string (protobuf's int64 spelling).
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

// The array under `name`, or nullptr when unset. Anything else but an array is refused.
const json *readArray(const json &object, const char *name, const Path &path)
{
    const json *value = present(object, name);
    if (value && !value->is_array())
        wrongType(path.member(name), "a list", *value);
    return value;
}

// ---------------------------------------------------------------------------------------------
// nlohmann::json <-> QJson, walking values directly (no text round trip)

QJsonValue toQJsonValue(const json &value, int depth, bool *tooDeep);

QJsonObject toQJsonObjectChecked(const json &object, int depth, bool *tooDeep)
{
    QJsonObject result;
    if (!object.is_object())
        return result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(fromStd(it.key()), toQJsonValue(it.value(), depth + 1, tooDeep));
    return result;
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

// ---------------------------------------------------------------------------------------------
// Parsing

// Only whitespace (or nothing), checked without copying a possibly large body.
bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

json parseObject(const QByteArray &body)
{
    const Path root;
    if (isBlank(body))
        fail(root, QStringLiteral("the answer is empty (expected a JSON object)"));
    json document = json::parse(body.constData(), body.constData() + body.size(), nullptr,
                                /*allow_exceptions=*/false);
    if (document.is_discarded())
        fail(root, QStringLiteral("the answer is not valid JSON (truncated?)"));
    if (!document.is_object())
        fail(root, QStringLiteral("the answer is %1, not a JSON object").arg(kindOf(document)));
    return document;
}

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

// ---------------------------------------------------------------------------------------------
// Key answers, read straight from the parser's events

// {"key":{...}}, {"key":{...},"cleartext":"..."} and {"keys":[...]} are decoded while nlohmann
// parses them, without building a document first: a search answer for 100,000 keys (about
// 48 MB) would otherwise cost more to build and free as a DOM than to read. The rules are the
// ones the DOM readers above apply to the other answers: absent, null, "", [] and {} read as
// unset; unknown members are skipped; a wrong type fails with the path of the value.
class KeyAnswerReader final : public json::json_sax_t
{
public:
    enum class Answer
    {
        Key,        // {"key":{...}}
        CreatedKey, // {"key":{...},"cleartext":"..."}
        Search,     // {"keys":[...]}
    };

    explicit KeyAnswerReader(Answer answer)
        : m_answer(answer)
    {}

    // Parses and decodes `body`; throws Failure.
    void read(const QByteArray &body)
    {
        const Path root;
        if (isBlank(body))
            fail(root, QStringLiteral("the answer is empty (expected a JSON object)"));
        json::sax_parse(body.constData(), body.constData() + body.size(), this);
        if (m_parseError)
            fail(root, QStringLiteral("the answer is not valid JSON (truncated?)"));
        if (m_answer != Answer::Search && !m_haveKey)
            fail(root.member("key"), QStringLiteral("missing"));
        if (m_answer == Answer::CreatedKey && m_cleartext.isEmpty())
            fail(root.member("cleartext"), QStringLiteral("missing"));
    }

    AccessKey takeKey() { return std::move(m_key); }
    QString takeCleartext() { return std::move(m_cleartext); }
    QList<AccessKey> takeKeys() { return std::move(m_keys); }

    // json_sax_t
    bool null() override { return value(Event::ofScalar(json())); }
    bool boolean(bool flag) override { return value(Event::ofScalar(json(flag))); }
    bool number_integer(number_integer_t number) override
    {
        return value(Event::ofScalar(json(number)));
    }
    bool number_unsigned(number_unsigned_t number) override
    {
        return value(Event::ofScalar(json(number)));
    }
    bool number_float(number_float_t number, const string_t &) override
    {
        return value(Event::ofScalar(json(number)));
    }
    bool string(string_t &text) override { return value(Event::ofString(text)); }
    bool binary(binary_t &) override { return true; } // never produced from JSON text
    bool start_object(std::size_t) override { return value(Event::of(Event::Type::ObjectStart)); }
    bool start_array(std::size_t) override { return value(Event::of(Event::Type::ArrayStart)); }
    bool key(string_t &name) override;
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        m_parseError = true;
        return false;
    }

private:
    struct Event
    {
        enum class Type
        {
            Scalar, // null, true/false or a number
            String,
            ObjectStart,
            ArrayStart,
        };
        Type type = Type::Scalar;
        json scalar;                       // Scalar only
        const std::string *text = nullptr; // String only

        static Event ofScalar(json value) { return Event{Type::Scalar, std::move(value), nullptr}; }
        static Event ofString(const std::string &text) { return Event{Type::String, {}, &text}; }
        static Event of(Type type) { return Event{type, {}, nullptr}; }
        bool isNull() const { return type == Type::Scalar && scalar.is_null(); }
        bool isEmptyString() const { return type == Type::String && text->empty(); }
        bool opens() const { return type == Type::ObjectStart || type == Type::ArrayStart; }
        QString kind() const
        {
            switch (type) {
            case Type::Scalar:
                return kindOf(scalar);
            case Type::String:
                return QStringLiteral("a string");
            case Type::ObjectStart:
                return QStringLiteral("an object");
            case Type::ArrayStart:
                return QStringLiteral("a list");
            }
            return {};
        }
    };

    enum class Field
    {
        Other,
        // the answer
        Key,
        Keys,
        Cleartext,
        // a key
        Id,
        Name,
        Description,
        RoleNames,
        KeyTenants,
        Status,
        CreatedTime,
        ExpireTime,
        CreatedBy,
        ClientId,
        BoundUserId,
        CustomClaims,
        PermittedIps,
        CustomAttributes,
        Editable,
        // a key's tenant
        TenantId,
        TenantName,
        TenantRoleNames,
    };

    struct FieldName
    {
        std::string_view name; // a literal, so name.data() is NUL-terminated for Path
        Field field;
    };

    enum class Kind
    {
        Answer,     // the top-level object
        KeyList,    // "keys"
        Key,        // one key
        TenantList, // a key's "keyTenants"
        Tenant,     // one of them
        StringList, // roleNames, permittedIps, a tenant's roleNames
        Subtree,    // customClaims, customAttributes: kept as JSON
        Empty,      // [] or {} where another type belongs: fine (unset) only if it stays empty
        Skip,       // the value of an unknown member
    };

    struct Frame
    {
        Kind kind = Kind::Answer;
        Path path;                       // where this container is
        Field field = Field::Other;      // object frames: the member whose value comes next
        const char *fieldName = nullptr; //   and its name
        std::size_t index = 0;           // list frames: the next item's index
        int nesting = 0;                 // Skip: open containers
        const char *expected = nullptr;  // Empty: what the member should have been
        Event::Type opened = Event::Type::ArrayStart; // Empty: what it is instead
        QStringList *list = nullptr;                  // StringList: where the items go
        QJsonObject *object = nullptr;                // Subtree: where the result goes
    };

    // The deepest key answer: answer, keys, key, keyTenants, tenant, roleNames, an empty value.
    static constexpr int MaxFrames = 8;

    Frame &top() { return m_frames[std::size_t(m_depth - 1)]; }

    Frame &push(Kind kind, Path path)
    {
        if (m_depth == MaxFrames) // not reachable with the frames above; refuse, never overflow
            fail(path, QStringLiteral("nested too deeply"));
        Frame &frame = m_frames[std::size_t(m_depth++)];
        frame = Frame();
        frame.kind = kind;
        frame.path = path;
        return frame;
    }

    void pop() { --m_depth; }

    // The path of the value an object frame is about to receive.
    static Path memberPath(const Frame &frame) { return frame.path.member(frame.fieldName); }

    // The path of the next item of a list frame; advances the index.
    static Path nextItemPath(Frame &frame) { return frame.path.item(frame.index++); }

    [[noreturn]] static void wrong(const Path &path, const char *expected, const Event &event)
    {
        fail(path,
             QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), event.kind()));
    }

    // [] or {} where something else belongs reads as unset, provided it is empty.
    void expectEmpty(const Frame &frame, const char *expected, const Event &event)
    {
        Frame &empty = push(Kind::Empty, memberPath(frame));
        empty.expected = expected;
        empty.opened = event.type;
    }

    static Field lookUp(const std::string &name, std::initializer_list<FieldName> names,
                        const char **spelling)
    {
        for (const FieldName &candidate : names) {
            if (name == candidate.name) {
                *spelling = candidate.name.data();
                return candidate.field;
            }
        }
        *spelling = nullptr;
        return Field::Other;
    }

    bool value(const Event &event);
    bool close();
    void answerValue(Frame &frame, const Event &event);
    void keyValue(Frame &frame, const Event &event);
    void tenantValue(Frame &frame, const Event &event);
    void subtreeValue(const Event &event);

    void readText(const Frame &frame, const Event &event, QString &target);
    void readInteger(const Frame &frame, const Event &event, qint64 &target);
    void readBoolean(const Frame &frame, const Event &event, bool &target, bool unset);
    void readStatus(const Frame &frame, const Event &event, bool &active);
    void readTextList(const Frame &frame, const Event &event, QStringList &target);
    void readObject(const Frame &frame, const Event &event, QJsonObject &target);
    void readList(const Frame &frame, const Event &event, Kind kind, const char *expected);
    void skip(const Event &event)
    {
        if (event.opens())
            push(Kind::Skip, top().path).nesting = 1;
    }

    const Answer m_answer;
    std::array<Frame, MaxFrames> m_frames;
    int m_depth = 0;
    bool m_parseError = false;
    bool m_haveKey = false;

    AccessKey m_key; // the key being read
    KeyTenant m_tenant;
    QList<AccessKey> m_keys;
    QString m_cleartext;

    // Subtree: a small DOM for one claims or attributes object.
    json m_subtree;
    std::vector<json *> m_subtreeStack;
    std::string m_subtreeKey;
};

bool KeyAnswerReader::key(string_t &name)
{
    Frame &frame = top();
    switch (frame.kind) {
    case Kind::Answer:
        frame.field = lookUp(
            name,
            {{"key", m_answer == Answer::Search ? Field::Other : Field::Key},
             {"keys", m_answer == Answer::Search ? Field::Keys : Field::Other},
             {"cleartext", m_answer == Answer::CreatedKey ? Field::Cleartext : Field::Other}},
            &frame.fieldName);
        break;
    case Kind::Key:
        frame.field = lookUp(name,
                             {{"id", Field::Id},
                              {"name", Field::Name},
                              {"description", Field::Description},
                              {"roleNames", Field::RoleNames},
                              {"keyTenants", Field::KeyTenants},
                              {"status", Field::Status},
                              {"createdTime", Field::CreatedTime},
                              {"expireTime", Field::ExpireTime},
                              {"createdBy", Field::CreatedBy},
                              {"clientId", Field::ClientId},
                              {"boundUserId", Field::BoundUserId},
                              {"customClaims", Field::CustomClaims},
                              {"permittedIps", Field::PermittedIps},
                              {"customAttributes", Field::CustomAttributes},
                              {"editable", Field::Editable}},
                             &frame.fieldName);
        break;
    case Kind::Tenant:
        frame.field = lookUp(name,
                             {{"tenantId", Field::TenantId},
                              {"tenantName", Field::TenantName},
                              {"roleNames", Field::TenantRoleNames}},
                             &frame.fieldName);
        break;
    case Kind::Subtree:
        m_subtreeKey = name;
        break;
    case Kind::Empty:
        wrong(frame.path, frame.expected, Event::of(frame.opened));
    case Kind::Skip:
    case Kind::KeyList:
    case Kind::TenantList:
    case Kind::StringList:
        break;
    }
    return true;
}

bool KeyAnswerReader::value(const Event &event)
{
    if (m_depth == 0) { // the document itself
        if (event.type != Event::Type::ObjectStart)
            fail(Path(), QStringLiteral("the answer is %1, not a JSON object").arg(event.kind()));
        push(Kind::Answer, Path());
        return true;
    }
    Frame &frame = top();
    switch (frame.kind) {
    case Kind::Answer:
        answerValue(frame, event);
        break;
    case Kind::KeyList:
    case Kind::TenantList: {
        const bool keys = frame.kind == Kind::KeyList;
        const Path item = nextItemPath(frame);
        if (event.type != Event::Type::ObjectStart)
            wrong(item, "an object", event);
        if (keys)
            m_key = AccessKey();
        else
            m_tenant = KeyTenant();
        push(keys ? Kind::Key : Kind::Tenant, item);
        break;
    }
    case Kind::Key:
        keyValue(frame, event);
        break;
    case Kind::Tenant:
        tenantValue(frame, event);
        break;
    case Kind::StringList: {
        const Path item = nextItemPath(frame);
        if (event.type != Event::Type::String)
            wrong(item, "a string", event);
        frame.list->append(fromStd(*event.text));
        break;
    }
    case Kind::Subtree:
        subtreeValue(event);
        break;
    case Kind::Empty:
        wrong(frame.path, frame.expected, Event::of(frame.opened));
    case Kind::Skip:
        if (event.opens())
            ++frame.nesting;
        break;
    }
    return true;
}

bool KeyAnswerReader::close()
{
    Frame &frame = top();
    switch (frame.kind) {
    case Kind::Key:
        if (m_key.id.isEmpty())
            fail(frame.path.member("id"), QStringLiteral("missing"));
        if (m_answer == Answer::Search)
            m_keys.append(std::move(m_key));
        else
            m_haveKey = true;
        break;
    case Kind::Tenant:
        m_key.keyTenants.append(std::move(m_tenant));
        break;
    case Kind::Subtree: {
        m_subtreeStack.pop_back();
        if (!m_subtreeStack.empty())
            return true;
        bool tooDeep = false; // already refused while reading
        *frame.object = toQJsonObjectChecked(m_subtree, 0, &tooDeep);
        break;
    }
    case Kind::Skip:
        if (--frame.nesting > 0)
            return true;
        break;
    case Kind::Answer:
    case Kind::KeyList:
    case Kind::TenantList:
    case Kind::StringList:
    case Kind::Empty:
        break;
    }
    pop();
    return true;
}

void KeyAnswerReader::answerValue(Frame &frame, const Event &event)
{
    switch (frame.field) {
    case Field::Key:
        m_haveKey = false;
        if (event.type == Event::Type::ObjectStart) {
            m_key = AccessKey();
            push(Kind::Key, memberPath(frame));
        } else if (event.type == Event::Type::ArrayStart) {
            expectEmpty(frame, "an object", event);
        } else if (!event.isNull() && !event.isEmptyString()) {
            wrong(memberPath(frame), "an object", event);
        }
        break;
    case Field::Keys:
        m_keys.clear();
        readList(frame, event, Kind::KeyList, "a list");
        break;
    case Field::Cleartext:
        readText(frame, event, m_cleartext);
        break;
    default:
        skip(event);
        break;
    }
}

void KeyAnswerReader::keyValue(Frame &frame, const Event &event)
{
    AccessKey &key = m_key;
    switch (frame.field) {
    case Field::Id:
        return readText(frame, event, key.id);
    case Field::Name:
        return readText(frame, event, key.name);
    case Field::Description:
        return readText(frame, event, key.description);
    case Field::RoleNames:
        return readTextList(frame, event, key.roleNames);
    case Field::KeyTenants:
        key.keyTenants.clear();
        return readList(frame, event, Kind::TenantList, "a list");
    case Field::Status:
        return readStatus(frame, event, key.active);
    case Field::CreatedTime:
        return readInteger(frame, event, key.createdTime);
    case Field::ExpireTime:
        return readInteger(frame, event, key.expireTime);
    case Field::CreatedBy:
        return readText(frame, event, key.createdBy);
    case Field::ClientId:
        return readText(frame, event, key.clientId);
    case Field::BoundUserId:
        return readText(frame, event, key.boundUserId);
    case Field::CustomClaims:
        return readObject(frame, event, key.customClaims);
    case Field::PermittedIps:
        return readTextList(frame, event, key.permittedIps);
    case Field::CustomAttributes:
        return readObject(frame, event, key.customAttributes);
    case Field::Editable:
        return readBoolean(frame, event, key.editable, true);
    default:
        return skip(event);
    }
}

void KeyAnswerReader::tenantValue(Frame &frame, const Event &event)
{
    switch (frame.field) {
    case Field::TenantId:
        return readText(frame, event, m_tenant.tenantId);
    case Field::TenantName:
        return readText(frame, event, m_tenant.tenantName);
    case Field::TenantRoleNames:
        return readTextList(frame, event, m_tenant.roleNames);
    default:
        return skip(event);
    }
}

void KeyAnswerReader::subtreeValue(const Event &event)
{
    json item;
    switch (event.type) {
    case Event::Type::Scalar:
        item = event.scalar;
        break;
    case Event::Type::String:
        item = *event.text;
        break;
    case Event::Type::ObjectStart:
        item = json::object();
        break;
    case Event::Type::ArrayStart:
        item = json::array();
        break;
    }
    json *parent = m_subtreeStack.back();
    json *placed = nullptr;
    if (parent->is_array()) {
        parent->push_back(std::move(item));
        placed = &parent->back();
    } else {
        placed = &((*parent)[m_subtreeKey] = std::move(item));
    }
    if (event.opens()) {
        if (m_subtreeStack.size() >= std::size_t(MaxNesting))
            fail(top().path, QStringLiteral("nested more than %1 levels deep").arg(MaxNesting));
        m_subtreeStack.push_back(placed);
    }
}

void KeyAnswerReader::readText(const Frame &frame, const Event &event, QString &target)
{
    switch (event.type) {
    case Event::Type::String:
        target = fromStd(*event.text);
        return;
    case Event::Type::ObjectStart:
    case Event::Type::ArrayStart:
        target.clear();
        return expectEmpty(frame, "a string", event);
    case Event::Type::Scalar:
        if (!event.isNull())
            wrong(memberPath(frame), "a string", event);
        target.clear();
        return;
    }
}

void KeyAnswerReader::readInteger(const Frame &frame, const Event &event, qint64 &target)
{
    target = 0;
    switch (event.type) {
    case Event::Type::String:
        if (!event.text->empty())
            target = integerFromText(*event.text, memberPath(frame));
        return;
    case Event::Type::ObjectStart:
    case Event::Type::ArrayStart:
        return expectEmpty(frame, "a number", event);
    case Event::Type::Scalar:
        if (event.scalar.is_number())
            target = integerValue(event.scalar, memberPath(frame));
        else if (!event.isNull())
            wrong(memberPath(frame), "a number", event);
        return;
    }
}

void KeyAnswerReader::readBoolean(const Frame &frame, const Event &event, bool &target, bool unset)
{
    target = unset;
    if (event.opens())
        return expectEmpty(frame, "true or false", event);
    if (event.type == Event::Type::Scalar && event.scalar.is_boolean())
        target = event.scalar.get<bool>();
    else if (!event.isNull() && !event.isEmptyString())
        wrong(memberPath(frame), "true or false", event);
}

void KeyAnswerReader::readStatus(const Frame &frame, const Event &event, bool &active)
{
    static constexpr const char *Expected = "\"active\" or \"inactive\"";
    active = true;
    if (event.opens())
        return expectEmpty(frame, Expected, event);
    if (event.type == Event::Type::String) {
        const std::string &status = *event.text;
        if (status == "inactive")
            active = false;
        else if (status != "active" && !status.empty())
            fail(memberPath(frame), QStringLiteral("expected %1, got \"%2\"")
                                        .arg(QLatin1String(Expected), fromStd(status)));
    } else if (!event.isNull()) {
        wrong(memberPath(frame), Expected, event);
    }
}

void KeyAnswerReader::readTextList(const Frame &frame, const Event &event, QStringList &target)
{
    target.clear();
    if (event.type == Event::Type::ArrayStart) {
        push(Kind::StringList, memberPath(frame)).list = &target;
    } else if (event.type == Event::Type::ObjectStart) {
        expectEmpty(frame, "a list of strings", event);
    } else if (!event.isNull() && !event.isEmptyString()) {
        wrong(memberPath(frame), "a list of strings", event);
    }
}

void KeyAnswerReader::readObject(const Frame &frame, const Event &event, QJsonObject &target)
{
    target = QJsonObject();
    if (event.type == Event::Type::ObjectStart) {
        push(Kind::Subtree, memberPath(frame)).object = &target;
        m_subtree = json::object();
        m_subtreeStack.assign(1, &m_subtree);
    } else if (event.type == Event::Type::ArrayStart) {
        expectEmpty(frame, "an object", event);
    } else if (!event.isNull() && !event.isEmptyString()) {
        wrong(memberPath(frame), "an object", event);
    }
}

void KeyAnswerReader::readList(const Frame &frame, const Event &event, Kind kind,
                               const char *expected)
{
    if (event.type == Event::Type::ArrayStart) {
        push(kind, memberPath(frame));
    } else if (event.type == Event::Type::ObjectStart) {
        expectEmpty(frame, expected, event);
    } else if (!event.isNull() && !event.isEmptyString()) {
        wrong(memberPath(frame), expected, event);
    }
}

template <typename T, typename Take>
Result<T> readKeyAnswer(const QByteArray &body, KeyAnswerReader::Answer answer, Take &&take)
{
    return guarded<T>([&] {
        KeyAnswerReader reader(answer);
        reader.read(body);
        return take(reader);
    });
}

// ---------------------------------------------------------------------------------------------
// The API's objects

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

// ---------------------------------------------------------------------------------------------
// Encoding helpers

json stringList(const QStringList &list)
{
    json result = json::array();
    for (const QString &item : list)
        result.push_back(toStd(item));
    return result;
}

json keyTenants(const QList<KeyTenant> &tenants)
{
    json result = json::array();
    for (const KeyTenant &tenant : tenants)
        result.push_back(
            {{"tenantId", toStd(tenant.tenantId)}, {"roleNames", stringList(tenant.roleNames)}});
    return result;
}

std::string base64(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Decoders

Result<AccessKey> decodeKeyAnswer(const QByteArray &body)
{
    return readKeyAnswer<AccessKey>(body, KeyAnswerReader::Answer::Key,
                                    [](KeyAnswerReader &reader) { return reader.takeKey(); });
}

Result<CreatedKey> decodeCreatedKeyAnswer(const QByteArray &body)
{
    return readKeyAnswer<CreatedKey>(
        body, KeyAnswerReader::Answer::CreatedKey, [](KeyAnswerReader &reader) {
            return CreatedKey{reader.takeKey(), reader.takeCleartext()};
        });
}

Result<QList<AccessKey>> decodeSearchAnswer(const QByteArray &body)
{
    return readKeyAnswer<QList<AccessKey>>(
        body, KeyAnswerReader::Answer::Search,
        [](KeyAnswerReader &reader) { return reader.takeKeys(); });
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
        if (isBlank(body))
            fail(root, QStringLiteral("the answer is empty (expected a JSON object)"));
        json document = json::parse(body.constData(), body.constData() + body.size(), nullptr,
                                    /*allow_exceptions=*/false);
        if (document.is_discarded())
            fail(root, QStringLiteral("the answer is not valid JSON (truncated?)"));
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

// ---------------------------------------------------------------------------------------------
// Error answers

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 520:
        return QStringLiteral("Unknown Error");
    case 521:
        return QStringLiteral("Web Server Is Down");
    case 522:
        return QStringLiteral("Connection Timed Out");
    case 524:
        return QStringLiteral("A Timeout Occurred");
    default:
        return {};
    }
}

QString statusText(int status)
{
    const QString phrase = reasonPhrase(status);
    const QString code = QStringLiteral("HTTP %1").arg(status);
    return phrase.isEmpty() ? code : code + u' ' + phrase;
}

// A scalar as text: strings as they are, numbers and booleans as JSON spells them.
QString scalarText(const json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end())
        return {};
    if (it->is_string())
        return fromStd(it->get_ref<const json::string_t &>()).trimmed();
    if (it->is_number() || it->is_boolean())
        return fromStd(it->dump());
    return {};
}

// The body as a short line of text, or empty when it is not plain text (HTML, binary).
QString plainTextExcerpt(const QByteArray &body)
{
    constexpr qsizetype Limit = 200;
    const QString text = QString::fromUtf8(body.left(4 * Limit)).simplified();
    if (text.isEmpty() || text.startsWith(u'<'))
        return {};
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control))
            return {};
    }
    if (text.size() <= Limit)
        return text;
    return text.left(Limit) + QChar(0x2026); // …
}

} // namespace

ApiError decodeErrorAnswer(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Server;
    error.httpStatus = httpStatus;

    const json document = json::parse(body.constData(), body.constData() + body.size(), nullptr,
                                      /*allow_exceptions=*/false);
    if (document.is_object()) {
        error.errorCode = scalarText(document, "errorCode");
        error.description = scalarText(document, "errorDescription");
        error.message = scalarText(document, "errorMessage");
        if (error.message.isEmpty())
            error.message = scalarText(document, "message"); // JAVA's ErrorDetails
        if (error.description.isEmpty())
            error.description = error.message;
        if (error.description.isEmpty())
            error.description = scalarText(document, "error"); // gateways and proxies
    } else if (document.is_string()) {
        error.description = fromStd(document.get_ref<const json::string_t &>()).simplified();
    } else if (document.is_discarded()) {
        const QString excerpt = plainTextExcerpt(body);
        if (!excerpt.isEmpty())
            error.description = statusText(httpStatus) + QStringLiteral(": ") + excerpt;
    }
    if (error.description.isEmpty())
        error.description = statusText(httpStatus);
    return error;
}

// ---------------------------------------------------------------------------------------------
// Encoders

nlohmann::json encode(const CreateKeyRequest &request)
{
    return {
        {"name", toStd(request.name)},
        {"expireTime", request.expireTime},
        {"roleNames", stringList(request.roleNames)},
        {"keyTenants", keyTenants(request.keyTenants)},
        {"description", toStd(request.description)},
        {"permittedIps", stringList(request.permittedIps)},
        {"customClaims", fromQJsonObject(request.customClaims)},
        {"customAttributes", fromQJsonObject(request.customAttributes)},
        {"userId", toStd(request.boundUserId)},
    };
}

nlohmann::json encode(const UpdateKeyRequest &request)
{
    return {
        {"id", toStd(request.id)},
        {"name", toStd(request.name)},
        {"description", toStd(request.description)},
        {"roleNames", stringList(request.roleNames)},
        {"keyTenants", keyTenants(request.keyTenants)},
        {"permittedIps", stringList(request.permittedIps)},
        {"customClaims", fromQJsonObject(request.customClaims)},
        {"customAttributes", fromQJsonObject(request.customAttributes)},
    };
}

nlohmann::json encode(const KeySearchQuery &query)
{
    json body = {{"tenantIds", stringList(query.tenantIds)}};
    if (!query.boundUserId.isEmpty())
        body["boundUserId"] = toStd(query.boundUserId);
    if (!query.creatingUser.isEmpty())
        body["creatingUser"] = toStd(query.creatingUser);
    if (!query.customAttributes.isEmpty())
        body["customAttributes"] = fromQJsonObject(query.customAttributes);
    if (!query.text.isEmpty())
        body["text"] = toStd(query.text);
    if (!query.sort.isEmpty()) {
        json sort = json::array();
        for (const auto &field : query.sort)
            sort.push_back({{"field", toStd(field.field)}, {"desc", field.descending}});
        body["sort"] = std::move(sort);
    }
    return body;
}

nlohmann::json encodeId(const QString &id)
{
    return {{"id", toStd(id)}};
}

nlohmann::json encodeIds(const QStringList &ids)
{
    return {{"ids", stringList(ids)}};
}

nlohmann::json encodeExchange(const QJsonObject &customClaims, const QString &selectedTenant)
{
    json options = json::object();
    if (!customClaims.isEmpty())
        options["customClaims"] = fromQJsonObject(customClaims);
    if (!selectedTenant.isEmpty())
        options["selectedTenant"] = toStd(selectedTenant);
    return {{"loginOptions", std::move(options)}};
}

nlohmann::json encodePasskeyImport(const QString &loginId, const QList<PasskeyDevice> &devices)
{
    json list = json::array();
    for (const PasskeyDevice &device : devices) {
        if (device.format == PasskeyDevice::Format::Descope) {
            list.push_back({{"descope",
                             {
                                 {"credentialId", toStd(device.credentialId)},
                                 {"rpId", toStd(device.rpId)},
                                 {"publicKey", base64(device.publicKey)},
                                 {"attestationType", toStd(device.attestationType)},
                                 {"aaguid", toStd(device.aaguid)},
                                 {"transports", stringList(device.transports)},
                                 {"backupEligible", device.backupEligible},
                                 {"backupState", device.backupState},
                             }}});
        } else {
            list.push_back({{"auth0",
                             {
                                 {"keyId", toStd(device.credentialId)},
                                 {"rpId", toStd(device.rpId)},
                                 {"publicKey", base64(device.publicKey)},
                                 {"aaguid", toStd(device.aaguid)},
                                 {"transports", stringList(device.transports)},
                                 {"credentialDeviceType", toStd(device.credentialDeviceType)},
                                 {"credentialBackedUp", device.backupState},
                                 {"userHandle", toStd(device.userHandle)},
                             }}});
        }
    }
    return {{"loginId", toStd(loginId)}, {"devices", std::move(list)}};
}

nlohmann::json encodeLoginId(const QString &loginId)
{
    return {{"loginId", toStd(loginId)}};
}

// ---------------------------------------------------------------------------------------------
// Conversions

QJsonObject toQJsonObject(const nlohmann::json &object)
{
    bool tooDeep = false; // deeper levels become null; there is no error channel here
    return toQJsonObjectChecked(object, 0, &tooDeep);
}

nlohmann::json fromQJsonObject(const QJsonObject &object)
{
    return fromQJsonObjectAt(object, 0);
}

} // namespace descope::wire
