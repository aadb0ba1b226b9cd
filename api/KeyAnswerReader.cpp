#include "KeyAnswerReader.h"

#include "KeyListSplit.h"
#include "WireSupport.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

// RapidJSON copies unescaped runs of a string 16 bytes at a time where SSE2 is available.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/reader.h>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace descope::wire::detail {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A handler of RapidJSON's SAX reader, which reads strings several times faster than
// nlohmann's lexer (that lexer was two thirds of the time to decode 100,000 keys).
class KeyAnswerReader final
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

    void read(const QByteArray &body)
    {
        if (isBlank(body))
            fail(Path(), QStringLiteral("the answer is empty (expected a JSON object)"));
        // QByteArray ends in a NUL, where RapidJSON's string stream stops; a NUL inside the
        // body stops it early, which the length check below turns into a parse error.
        if (!body.isValidUtf8())
            return failParse();
        rapidjson::StringStream stream(body.constData());
        rapidjson::Reader parser;
        m_parseError = parser.Parse<ParseFlags>(stream, *this).IsError() ||
                       qsizetype(stream.Tell()) != body.size();
        check();
    }

    // The keys of one piece of a large answer (see KeyListSplit.h), read as the items of an
    // answer {"keys":[ piece ]}: each key is parsed where it lies in `text`, with no copy.
    // `text` ends in a NUL somewhere past `end`; failures name keys from `firstIndex` on.
    void readPiece(const char *text, qsizetype begin, qsizetype end, qsizetype firstIndex = 0)
    {
        // The answer around the piece, as the parser would report it.
        StartObject();
        Key("keys", 4, false);
        StartArray();
        top().index = std::size_t(firstIndex);
        rapidjson::Reader parser;
        const QByteArrayView piece(text, end); // offsets as in the answer
        if (!piece.sliced(begin).isValidUtf8())
            return failParse();
        qsizetype at = begin;
        for (bool first = true;; first = false) {
            at = pastBlanks(piece, at);
            if (!first) {
                if (at == end)
                    break;
                if (piece[at] != ',')
                    return failParse();
                at = pastBlanks(piece, at + 1);
            }
            if (at == end)
                return failParse(); // a list item is missing
            rapidjson::StringStream stream(text + at);
            if (parser.Parse<ParseFlags | rapidjson::kParseStopWhenDoneFlag>(stream, *this)
                    .IsError())
                return failParse();
            at += qsizetype(stream.Tell());
            if (at > end)
                return failParse();
        }
        EndArray(0);
        EndObject(0);
        check();
    }

private:
    // Numbers in claims keep every digit. UTF-8 is checked before parsing, by Qt: RapidJSON's
    // own check costs a third of the time and turns off its vector copy of strings.
    static constexpr unsigned ParseFlags = rapidjson::kParseFullPrecisionFlag;

    void failParse()
    {
        m_parseError = true;
        check();
    }

    void check()
    {
        const Path root;
        if (m_parseError)
            fail(root, QStringLiteral("the answer is not valid JSON (truncated?)"));
        if (m_answer != Answer::Search && !m_haveKey)
            fail(root.member("key"), QStringLiteral("missing"));
        if (m_answer == Answer::CreatedKey && m_cleartext.isEmpty())
            fail(root.member("cleartext"), QStringLiteral("missing"));
    }

public:
    AccessKey takeKey() { return std::move(m_key); }
    QString takeCleartext() { return std::move(m_cleartext); }
    QList<AccessKey> takeKeys() { return std::move(m_keys); }
    void reserveKeys(qsizetype count) { m_keys.reserve(count); }

    // RapidJSON's handler: integers as nlohmann reads them (unsigned unless negative).
    using Size = rapidjson::SizeType;
    bool Null() { return value(Event::ofScalar(json())); }
    bool Bool(bool flag) { return value(Event::ofScalar(json(flag))); }
    bool Int(int number) { return value(Event::ofScalar(json(std::int64_t(number)))); }
    bool Uint(unsigned number) { return value(Event::ofScalar(json(std::uint64_t(number)))); }
    bool Int64(std::int64_t number) { return value(Event::ofScalar(json(number))); }
    bool Uint64(std::uint64_t number) { return value(Event::ofScalar(json(number))); }
    bool Double(double number) { return value(Event::ofScalar(json(number))); }
    bool RawNumber(const char *, Size, bool) { return true; } // only with kParseNumbersAsStrings
    bool String(const char *text, Size length, bool)
    {
        return value(Event::ofString(std::string_view(text, length)));
    }
    bool StartObject() { return value(Event::of(Event::Type::ObjectStart)); }
    bool StartArray() { return value(Event::of(Event::Type::ArrayStart)); }
    bool Key(const char *name, Size length, bool);
    bool EndObject(Size) { return close(); }
    bool EndArray(Size) { return close(); }

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
        json scalar;           // Scalar only
        std::string_view text; // String only; valid during the event

        static Event ofScalar(json value) { return Event{Type::Scalar, std::move(value), {}}; }
        static Event ofString(std::string_view text) { return Event{Type::String, {}, text}; }
        static Event of(Type type) { return Event{type, {}, {}}; }
        bool isNull() const { return type == Type::Scalar && scalar.is_null(); }
        bool isEmptyString() const { return type == Type::String && text.empty(); }
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

    static Field lookUp(std::string_view name, std::initializer_list<FieldName> names,
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
    // For fields whose values repeat from key to key (creators, descriptions, roles, tenants,
    // networks): equal values share one string, which is a third of the memory of 100,000 keys.
    void readSharedText(const Frame &frame, const Event &event, QString &target);
    QString shared(std::string_view text);
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
    bool m_haveKeys = false;

    AccessKey m_key; // the key being read
    KeyTenant m_tenant;
    QList<AccessKey> m_keys;
    QString m_cleartext;
    // Looked up by the parser's std::string_view, without making a std::string.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::unordered_map<std::string, QString, TextHash, std::equal_to<>> m_shared;

    // Subtree: a small DOM for one claims or attributes object.
    json m_subtree;
    std::vector<json *> m_subtreeStack;
    std::string m_subtreeKey;
};

bool KeyAnswerReader::Key(const char *text, Size length, bool)
{
    const std::string_view name(text, length);
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
        m_subtreeKey.assign(name);
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
        frame.list->append(shared(event.text));
        break;
    }
    case Kind::Subtree:
        subtreeValue(event);
        break;
    case Kind::Empty:
        wrong(frame.path, frame.expected, Event::of(frame.opened));
    case Kind::Skip:
        // RapidJSON's reader recurses once per level: the depth is bounded here, where the
        // claims' depth is too, so that no answer can exhaust the stack.
        if (event.opens() && ++frame.nesting > MaxNesting)
            fail(frame.path, QStringLiteral("nested more than %1 levels deep").arg(MaxNesting));
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
        // Which of two lists would count is anybody's guess; an answer read as it arrives
        // has kept the first already.
        if (m_haveKeys)
            fail(memberPath(frame), QStringLiteral("given twice"));
        m_haveKeys = true;
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
        return readSharedText(frame, event, key.description);
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
        return readSharedText(frame, event, key.createdBy);
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
        return readSharedText(frame, event, m_tenant.tenantId);
    case Field::TenantName:
        return readSharedText(frame, event, m_tenant.tenantName);
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
        item = std::string(event.text);
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
        target = fromUtf8(event.text);
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

void KeyAnswerReader::readSharedText(const Frame &frame, const Event &event, QString &target)
{
    if (event.type == Event::Type::String)
        target = shared(event.text);
    else
        readText(frame, event, target);
}

QString KeyAnswerReader::shared(std::string_view text)
{
    // Values that do not repeat would only fill the table; past this many distinct ones, the
    // rest are converted as they come.
    constexpr size_t MaxShared = 16384;
    if (const auto known = m_shared.find(text); known != m_shared.end())
        return known->second;
    QString value = fromUtf8(text);
    if (m_shared.size() < MaxShared)
        m_shared.emplace(text, value);
    return value;
}

void KeyAnswerReader::readInteger(const Frame &frame, const Event &event, qint64 &target)
{
    target = 0;
    switch (event.type) {
    case Event::Type::String:
        if (!event.text.empty())
            target = integerFromText(std::string(event.text), memberPath(frame));
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
        const std::string_view status = event.text;
        if (status == "inactive")
            active = false;
        else if (status != "active" && !status.empty())
            fail(memberPath(frame), QStringLiteral("expected %1, got \"%2\"")
                                        .arg(QLatin1String(Expected), fromUtf8(status)));
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

template <typename Take>
auto readWith(const QByteArray &body, KeyAnswerReader::Answer answer, Take &&take)
{
    KeyAnswerReader reader(answer);
    reader.read(body);
    return take(reader);
}

} // namespace

namespace {

// Room for more keys than the text can hold, so that the list never grows by copying itself
// (for 100,000 keys: 25 MB copied into 50 MB, both at once).
void reserveKeysFor(KeyAnswerReader &reader, qsizetype bytes)
{
    reader.reserveKeys(bytes / MinimumKeyBytes);
}

} // namespace

std::optional<QList<AccessKey>> readSearchAnswerPieces(const QByteArray &body,
                                                       const std::vector<KeyListPiece> &pieces)
{
    std::vector<std::optional<QList<AccessKey>>> decoded(pieces.size());
    std::vector<size_t> indexes(pieces.size());
    std::iota(indexes.begin(), indexes.end(), size_t(0));
    QtConcurrent::blockingMap(indexes, [&](size_t index) {
        const KeyListPiece &piece = pieces[index];
        try {
            KeyAnswerReader reader(KeyAnswerReader::Answer::Search);
            // The first piece's list gets room for every key: the others join it there.
            reserveKeysFor(reader, index == 0 ? body.size() : piece.end - piece.begin);
            reader.readPiece(body.constData(), piece.begin, piece.end);
            decoded[index] = reader.takeKeys();
        } catch (const Failure &) {
            // Left empty: the caller decodes the whole answer instead.
        }
    });
    for (const auto &keys : decoded) {
        if (!keys)
            return std::nullopt;
    }
    // The answer around the list must read as well: {"keys":[]} with whatever else it holds.
    try {
        KeyAnswerReader reader(KeyAnswerReader::Answer::Search);
        reader.read(body.first(pieces.front().begin) + body.sliced(pieces.back().end));
    } catch (const Failure &) {
        return std::nullopt;
    }
    QList<AccessKey> keys = std::move(*decoded.front());
    for (size_t piece = 1; piece < decoded.size(); ++piece) {
        for (AccessKey &key : *decoded[piece])
            keys.append(std::move(key));
        decoded[piece].reset(); // each piece's memory goes as soon as its keys have moved
    }
    return keys;
}

QList<AccessKey> readSearchAnswerItems(const QByteArray &items, qsizetype firstIndex)
{
    KeyAnswerReader reader(KeyAnswerReader::Answer::Search);
    reserveKeysFor(reader, items.size());
    reader.readPiece(items.constData(), 0, items.size(), firstIndex);
    return reader.takeKeys();
}

AccessKey readKeyAnswer(const QByteArray &body)
{
    return readWith(body, KeyAnswerReader::Answer::Key,
                    [](KeyAnswerReader &reader) { return reader.takeKey(); });
}

CreatedKey readCreatedKeyAnswer(const QByteArray &body)
{
    return readWith(body, KeyAnswerReader::Answer::CreatedKey, [](KeyAnswerReader &reader) {
        return CreatedKey{reader.takeKey(), reader.takeCleartext()};
    });
}

QList<AccessKey> readSearchAnswer(const QByteArray &body)
{
    // Below this, handing out the work costs more than it saves.
    constexpr qsizetype PiecewiseBytes = 4 * 1024 * 1024;
    const int threads = QThread::idealThreadCount();
    if (body.size() >= PiecewiseBytes && threads > 1) {
        if (const auto pieces = splitKeyList(body, threads)) {
            if (auto keys = readSearchAnswerPieces(body, *pieces))
                return std::move(*keys);
        }
    }
    KeyAnswerReader reader(KeyAnswerReader::Answer::Search);
    reserveKeysFor(reader, body.size());
    reader.read(body);
    return reader.takeKeys();
}

} // namespace descope::wire::detail
