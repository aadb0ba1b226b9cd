#include "PasskeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace descope {

namespace {

using json = nlohmann::json;
using Format = PasskeyDevice::Format;

// The library has no QObject; this gives its sentences tr() in the "descope::PasskeyFile"
// context, which lupdate understands.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(descope::PasskeyFile)
};

struct TextPosition
{
    int line = 0;
    int column = 0;
};

// ---------------------------------------------------------------------------------------------
// Where things are in the text

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Line and column of a byte offset; columns count characters, not UTF-8 bytes.
TextPosition positionOf(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition position{1, 1};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = uchar(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

std::string pointerToken(const std::string &key)
{
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

std::string memberName(const std::string &pointer)
{
    std::string name;
    const std::string token = pointer.substr(pointer.rfind('/') + 1);
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            name += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            name += token[i];
        }
    }
    return name;
}

// Where each value of a JSON text is, by JSON pointer ("/devices/2/rpId"): an object member at
// its key, an array item and the root at their first character. nlohmann has parsed and checked
// the text already and reports no positions of its own (3.11), so this pass only walks the
// structure: it trusts the syntax, yet never reads out of bounds if that trust is misplaced.
// Containers nested deeper than `maxDepth` are walked without being recorded.
class JsonPositions
{
public:
    JsonPositions(const QByteArray &text, std::size_t maxDepth);

    // The place of the value, or of its nearest recorded parent.
    TextPosition at(std::string pointer) const;
    // Members given twice in one object: the pointer and the place of the later one.
    const std::vector<std::pair<std::string, TextPosition>> &repeatedMembers() const
    {
        return m_repeated;
    }

private:
    void record(const std::string &pointer, TextPosition position, bool isMember);

    std::unordered_map<std::string, TextPosition> m_positions;
    std::vector<std::pair<std::string, TextPosition>> m_repeated;
};

JsonPositions::JsonPositions(const QByteArray &text, std::size_t maxDepth)
{
    struct Frame
    {
        bool isObject = false;
        bool expectsKey = false;
        bool tracked = false;
        std::string pointer;
        std::string memberPointer; // the member whose value comes next
        std::size_t index = 0;
    };
    std::vector<Frame> stack;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype i = 0;
    TextPosition here{1, 1};
    const auto advance = [&](qsizetype count) {
        for (; count > 0 && i < size; --count, ++i) {
            const auto c = uchar(data[i]);
            if (c == '\n') {
                ++here.line;
                here.column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++here.column;
            }
        }
    };
    const auto skipString = [&] {
        advance(1);
        while (i < size && data[i] != '"')
            advance(data[i] == '\\' ? 2 : 1);
        advance(1);
    };

    while (true) {
        while (i < size && isJsonSpace(data[i]))
            advance(1);
        if (i >= size)
            break;
        const char c = data[i];
        const TextPosition start = here;
        Frame *top = stack.empty() ? nullptr : &stack.back();
        if (c == ',' || c == ':') {
            if (top && c == ',') {
                top->expectsKey = top->isObject;
                ++top->index;
            }
            advance(1);
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            advance(1);
            continue;
        }
        if (top && top->isObject && top->expectsKey) {
            const qsizetype keyStart = i;
            skipString();
            top->expectsKey = false;
            if (top->tracked) {
                // Parsing the key's literal undoes its escapes exactly as nlohmann did.
                const json key = json::parse(data + keyStart, data + i, nullptr, false);
                const std::string name = key.is_string() ? key.get<std::string>()
                                                         : std::string(data + keyStart, data + i);
                top->memberPointer = top->pointer + '/' + pointerToken(name);
                record(top->memberPointer, start, true);
            }
            continue;
        }

        // A value: the root, an item, or a member's value (already placed at its key).
        bool tracked = true;
        std::string pointer;
        if (top) {
            tracked = top->tracked;
            if (tracked && top->isObject) {
                pointer = top->memberPointer;
            } else if (tracked) {
                pointer = top->pointer + '/' + std::to_string(top->index);
                record(pointer, start, false);
            }
        } else {
            record(pointer, start, false);
        }
        if (c == '{' || c == '[') {
            Frame frame;
            frame.isObject = c == '{';
            frame.expectsKey = frame.isObject;
            frame.tracked = tracked && stack.size() < maxDepth;
            if (frame.tracked)
                frame.pointer = std::move(pointer);
            stack.push_back(std::move(frame));
            advance(1);
        } else if (c == '"') {
            skipString();
        } else {
            // A number or a literal.
            while (i < size && !isJsonSpace(data[i]) && data[i] != ',' && data[i] != ']' &&
                   data[i] != '}')
                advance(1);
        }
    }
}

void JsonPositions::record(const std::string &pointer, TextPosition position, bool isMember)
{
    const auto [it, inserted] = m_positions.try_emplace(pointer, position);
    if (!inserted) {
        // Only a member can come twice: array indexes and the root are unique.
        if (isMember)
            m_repeated.emplace_back(pointer, position);
        it->second = position; // nlohmann keeps the last one too
    }
}

TextPosition JsonPositions::at(std::string pointer) const
{
    while (true) {
        const auto it = m_positions.find(pointer);
        if (it != m_positions.end())
            return it->second;
        const auto slash = pointer.rfind('/');
        if (slash == std::string::npos)
            return {1, 1};
        pointer.resize(slash);
    }
}

// ---------------------------------------------------------------------------------------------
// The fields of each format (descope-api.md §5)

enum class FieldKind
{
    Id,
    RpId,
    PublicKey,
    Text,
    Aaguid,
    Transports,
    Boolean,
    DeviceType,
};

struct FieldSpec
{
    const char *name;
    FieldKind kind;
    bool required;
};

constexpr std::array DescopeFields{
    FieldSpec{"credentialId", FieldKind::Id, true},
    FieldSpec{"rpId", FieldKind::RpId, true},
    FieldSpec{"publicKey", FieldKind::PublicKey, true},
    FieldSpec{"attestationType", FieldKind::Text, false},
    FieldSpec{"aaguid", FieldKind::Aaguid, false},
    FieldSpec{"transports", FieldKind::Transports, false},
    FieldSpec{"backupEligible", FieldKind::Boolean, false},
    FieldSpec{"backupState", FieldKind::Boolean, false},
};

// The MFA WebAuthn type of an export has only keyId, rpId and publicKey.
constexpr std::array Auth0Fields{
    FieldSpec{"keyId", FieldKind::Id, true},
    FieldSpec{"rpId", FieldKind::RpId, true},
    FieldSpec{"publicKey", FieldKind::PublicKey, true},
    FieldSpec{"aaguid", FieldKind::Aaguid, false},
    FieldSpec{"transports", FieldKind::Transports, false},
    FieldSpec{"credentialDeviceType", FieldKind::DeviceType, false},
    FieldSpec{"credentialBackedUp", FieldKind::Boolean, false},
    FieldSpec{"userHandle", FieldKind::Text, false},
};

// WebAuthn's AuthenticatorTransport values.
constexpr std::array KnownTransports{"usb", "nfc", "ble", "smart-card", "hybrid", "internal"};
// SimpleWebAuthn spells them one way, Auth0's API the other; both reach the server as written.
constexpr std::array KnownDeviceTypes{"singleDevice", "multiDevice", "single_device",
                                      "multi_device"};

const char *idField(Format format)
{
    return format == Format::Descope ? "credentialId" : "keyId";
}

template <std::size_t N>
const FieldSpec *findField(const std::array<FieldSpec, N> &fields, std::string_view name)
{
    for (const FieldSpec &field : fields) {
        if (name == field.name)
            return &field;
    }
    return nullptr;
}

const FieldSpec *findField(Format format, std::string_view name)
{
    return format == Format::Descope ? findField(DescopeFields, name)
                                     : findField(Auth0Fields, name);
}

QString formatName(Format format)
{
    return format == Format::Descope ? Text::tr("Descope's format") : Text::tr("Auth0's format");
}

QString kindOf(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return Text::tr("null");
    case json::value_t::string:
        return Text::tr("a string");
    case json::value_t::boolean:
        return value.get<bool>() ? Text::tr("true") : Text::tr("false");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return Text::tr("a number");
    case json::value_t::array:
        return Text::tr("a list");
    case json::value_t::object:
        return Text::tr("an object");
    default:
        return Text::tr("something else");
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

// key_id -> keyId, so that a field spelt as Auth0's Management API spells it gets a hint.
std::string camelCase(const std::string &name)
{
    std::string result;
    bool upper = false;
    for (const char c : name) {
        if (c == '_') {
            upper = true;
            continue;
        }
        result += upper ? char(std::toupper(uchar(c))) : c;
        upper = false;
    }
    return result;
}

// The known field a misspelt one probably meant, or nullptr.
const char *likelyField(Format format, const std::string &name)
{
    if (name == "relying_party_id" || name == "relying_party_identifier")
        return "rpId";
    const std::string camel = camelCase(name);
    const QString folded = fromStd(camel).toCaseFolded();
    const auto matches = [&](const FieldSpec &field) {
        return folded == QString::fromLatin1(field.name).toCaseFolded();
    };
    const auto search = [&](const auto &fields) -> const char * {
        const auto it = std::find_if(fields.begin(), fields.end(), matches);
        return it == fields.end() ? nullptr : it->name;
    };
    return format == Format::Descope ? search(DescopeFields) : search(Auth0Fields);
}

// The format a bare passkey (not wrapped in "descope" or "auth0") is written in, from its
// identifying field or, failing that, from a field only one format has.
std::optional<Format> bareFormat(const json &device)
{
    if (device.contains("credentialId"))
        return Format::Descope;
    if (device.contains("keyId"))
        return Format::Auth0;
    for (const auto &member : device.items()) {
        const bool descope = findField(Format::Descope, member.key()) != nullptr;
        const bool auth0 = findField(Format::Auth0, member.key()) != nullptr;
        if (descope != auth0)
            return descope ? Format::Descope : Format::Auth0;
    }
    return std::nullopt;
}

// Standard or URL-safe base64 (one alphabet, not both), padded or not.
std::optional<QByteArray> decodeBase64(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    if (text.size() != bytes.size() || bytes.isEmpty())
        return std::nullopt;
    const qsizetype padding = bytes.size() - QByteArray(bytes).replace('=', "").size();
    const qsizetype unpadded = bytes.size() - padding;
    if (padding > 2 || unpadded % 4 == 1 || (padding > 0 && bytes.size() % 4 != 0))
        return std::nullopt;
    const bool urlSafe = bytes.contains('-') || bytes.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::AbortOnBase64DecodingErrors |
                   (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding));
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool isAsciiLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-';
    });
}

// Why a relying party ID is not a domain (WebAuthn wants a valid domain string: no scheme,
// port or path, and no IP address), or an empty string when it is one.
QString rpIdProblem(const QString &rpId)
{
    if (rpId.contains(QLatin1String("://")))
        return Text::tr("rpId must be a domain such as example.com, not a URL");
    if (rpId.contains(u':') || rpId.contains(u'/'))
        return Text::tr("rpId must be a domain such as example.com, without a port or path");
    const QString ascii = QString::fromLatin1(QUrl::toAce(rpId));
    const QStringList labels = ascii.split(u'.');
    const bool valid =
        !ascii.isEmpty() && ascii.size() <= 253 &&
        std::all_of(labels.begin(), labels.end(), [](const QString &l) { return isAsciiLabel(l); });
    if (!valid)
        return Text::tr("rpId must be a domain such as example.com");
    const QString &last = labels.last();
    if (std::all_of(last.begin(), last.end(), [](QChar c) { return c.isDigit(); }))
        return Text::tr("rpId must be a domain such as example.com, not an IP address");
    return {};
}

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

// nlohmann's own words for a syntax error, without its prefix and its "; last read: ..." tail:
// "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error while parsing
// value - unexpected ','; expected ..." becomes "unexpected ','".
QString syntaxErrorDetail(const char *what)
{
    std::string_view text(what);
    if (const auto dash = text.find(" - "); dash != std::string_view::npos)
        text.remove_prefix(dash + 3);
    else if (const auto colon = text.find(": "); colon != std::string_view::npos)
        text.remove_prefix(colon + 2);
    if (const auto tail = text.find("; "); tail != std::string_view::npos)
        text = text.substr(0, tail);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// ---------------------------------------------------------------------------------------------
// The reader

class Reader
{
public:
    explicit Reader(const QByteArray &text)
        : m_text(text)
    {}

    PasskeyFile run();

private:
    void problem(TextPosition position, QString message, int passkey = -1)
    {
        m_file.problems.append({position.line, position.column, passkey, std::move(message)});
    }
    void problemAt(const std::string &pointer, QString message, int passkey = -1)
    {
        problem(m_positions->at(pointer), std::move(message), passkey);
    }

    // The index of the passkey a pointer is inside, or -1.
    int passkeyAt(const std::string &pointer) const;

    void readDocument(const json &document);
    void readList(const json &list, const std::string &pointer);
    void readPasskey(const json &item, const std::string &pointer, int index);
    void readFields(const json &body, const std::string &at, Format format, int index,
                    PasskeyDevice &device);
    void checkUnknownFields(const json &body, const std::string &at, Format format, int index);

    // The field's value, or nullptr when it is absent or null; a required one is reported.
    const json *field(const json &body, const FieldSpec &spec, const std::string &at, int index);
    QString readString(const json &body, const FieldSpec &spec, const std::string &at, int index);
    std::optional<bool> readBoolean(const json &body, const FieldSpec &spec, const std::string &at,
                                    int index);
    QStringList readTransports(const json &body, const FieldSpec &spec, const std::string &at,
                               int index);

    QByteArray m_text;
    std::optional<JsonPositions> m_positions;
    PasskeyFile m_file;
    std::string m_listPointer;         // where the list of passkeys is: "" or "/devices"
    std::optional<int> m_formatSetter; // the passkey that set the file's format
    QHash<QString, int> m_passkeyOfId;
};

PasskeyFile Reader::run()
{
    // nlohmann skips a byte order mark; drop it here so that line 1's columns match.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_text.remove(0, 3);
    const auto blank = std::all_of(m_text.cbegin(), m_text.cend(), isJsonSpace);
    if (blank) {
        problem({1, 0}, Text::tr("the file is empty"));
        return std::move(m_file);
    }

    json document;
    try {
        document = json::parse(m_text.cbegin(), m_text.cend());
    } catch (const json::parse_error &error) {
        qsizetype offset = qsizetype(error.byte) - 1;
        if (offset >= m_text.size()) {
            // The text ended too early: point at its last character, not past the last line.
            offset = m_text.size();
            while (offset > 0 && isJsonSpace(m_text[offset - 1]))
                --offset;
        }
        const TextPosition position = positionOf(m_text, offset);
        problem(position,
                Text::tr("JSON: %1 (column %2)")
                    .arg(syntaxErrorDetail(error.what()), QString::number(position.column)));
        return std::move(m_file);
    }

    // Deep enough for /devices/N/descope/transports/M.
    m_positions.emplace(m_text, 6);
    readDocument(document);
    for (const auto &[pointer, position] : m_positions->repeatedMembers()) {
        problem(
            position,
            Text::tr("%1 is given more than once here").arg(quoted(fromStd(memberName(pointer)))),
            passkeyAt(pointer));
    }

    for (const PasskeyProblem &found : std::as_const(m_file.problems)) {
        if (found.passkey >= 0)
            m_file.entries[found.passkey].hasProblems = true;
    }
    std::stable_sort(m_file.problems.begin(), m_file.problems.end(),
                     [](const PasskeyProblem &left, const PasskeyProblem &right) {
                         return left.line != right.line ? left.line < right.line
                                                        : left.column < right.column;
                     });
    return std::move(m_file);
}

void Reader::readDocument(const json &document)
{
    const std::string root;
    if (document.is_array()) {
        readList(document, root);
        return;
    }
    const QString expected = Text::tr("expected a list of passkeys, or an object with a "
                                      "\"devices\" list");
    if (!document.is_object()) {
        problemAt(root, Text::tr("%1; the file holds %2").arg(expected, kindOf(document)));
        return;
    }
    const bool singlePasskey = document.contains("descope") || document.contains("auth0") ||
                               document.contains("credentialId") || document.contains("keyId");
    if (singlePasskey && !document.contains("devices")) {
        problemAt(
            root,
            Text::tr("%1; this is a single passkey: put it in a list, [ ... ]").arg(expected));
        return;
    }

    for (const auto &member : document.items()) {
        if (member.key() != "loginId" && member.key() != "devices")
            problemAt('/' + pointerToken(member.key()),
                      Text::tr("unknown field %1 (expected loginId and devices)")
                          .arg(quoted(fromStd(member.key()))));
    }
    if (const auto loginId = document.find("loginId");
        loginId != document.end() && !loginId->is_null()) {
        if (loginId->is_string())
            m_file.loginId = fromStd(loginId->get<std::string>()).trimmed();
        else
            problemAt("/loginId",
                      Text::tr("loginId must be a string, not %1").arg(kindOf(*loginId)));
    }
    const auto devices = document.find("devices");
    if (devices == document.end() || devices->is_null()) {
        problemAt(root, Text::tr("%1; this object has no \"devices\"").arg(expected));
        return;
    }
    if (!devices->is_array()) {
        problemAt("/devices", Text::tr("devices must be a list, not %1").arg(kindOf(*devices)));
        return;
    }
    readList(*devices, "/devices");
}

int Reader::passkeyAt(const std::string &pointer) const
{
    const std::string prefix = m_listPointer + '/';
    if (pointer.compare(0, prefix.size(), prefix) != 0)
        return -1;
    int index = 0;
    const char *first = pointer.data() + prefix.size();
    const char *last = pointer.data() + pointer.size();
    const auto [end, error] = std::from_chars(first, last, index);
    const bool whole = end == last || *end == '/';
    return error == std::errc() && end != first && whole && index < m_file.entries.size() ? index
                                                                                          : -1;
}

void Reader::readList(const json &list, const std::string &pointer)
{
    m_listPointer = pointer;
    if (list.empty()) {
        problemAt(pointer, Text::tr("the list of passkeys is empty"));
        return;
    }
    m_file.entries.reserve(qsizetype(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i)
        readPasskey(list[i], pointer + '/' + std::to_string(i), int(i));
}

void Reader::readPasskey(const json &item, const std::string &pointer, int index)
{
    const int number = index + 1;
    m_file.entries.append({{}, m_positions->at(pointer).line, false});
    PasskeyDevice &device = m_file.entries.last().device;
    if (!item.is_object()) {
        problemAt(pointer,
                  Text::tr("passkey %1 must be an object, not %2").arg(number).arg(kindOf(item)),
                  index);
        return;
    }

    // Wrapped as on the wire, {"descope": {...}} or {"auth0": {...}}, or bare.
    const bool wrappedDescope = item.contains("descope");
    const bool wrappedAuth0 = item.contains("auth0");
    if (wrappedDescope && wrappedAuth0) {
        problemAt(
            pointer,
            Text::tr("passkey %1 has both \"descope\" and \"auth0\"; give only one").arg(number),
            index);
        return;
    }
    const char *wrapper = wrappedDescope ? "descope" : (wrappedAuth0 ? "auth0" : nullptr);
    std::optional<Format> format;
    if (wrapper)
        format = wrappedDescope ? Format::Descope : Format::Auth0;
    else
        format = bareFormat(item);

    if (format && m_file.format && *format != *m_file.format) {
        const auto &first = m_file.entries[*m_formatSetter];
        problemAt(pointer,
                  Text::tr("passkey %1 is in %2, but passkey %3 (line %4) is in %5; a file "
                           "holds one format")
                      .arg(number)
                      .arg(formatName(*format))
                      .arg(*m_formatSetter + 1)
                      .arg(first.line)
                      .arg(formatName(*m_file.format)),
                  index);
    } else if (format && !m_file.format) {
        m_file.format = format;
        m_formatSetter = index;
    }
    if (!format && !m_file.format) {
        // Nothing tells the format yet; naming both IDs is the only honest hint.
        problemAt(
            pointer,
            Text::tr("passkey %1 has neither credentialId (Descope) nor keyId (Auth0)").arg(number),
            index);
        checkUnknownFields(item, pointer, Format::Descope, index);
        return;
    }
    device.format = format.value_or(*m_file.format);

    const json *body = &item;
    std::string at = pointer;
    if (wrapper) {
        for (const auto &member : item.items()) {
            if (member.key() != wrapper)
                problemAt(pointer + '/' + pointerToken(member.key()),
                          Text::tr("unknown field %1 next to %2")
                              .arg(quoted(fromStd(member.key())), quoted(QLatin1String(wrapper))),
                          index);
        }
        body = &item[wrapper];
        at = pointer + '/' + wrapper;
        if (!body->is_object()) {
            problemAt(
                at,
                Text::tr("%1 must be an object, not %2").arg(QLatin1String(wrapper), kindOf(*body)),
                index);
            return;
        }
    }
    readFields(*body, at, device.format, index, device);
}

void Reader::checkUnknownFields(const json &body, const std::string &at, Format format, int index)
{
    const Format other = format == Format::Descope ? Format::Auth0 : Format::Descope;
    for (const auto &member : body.items()) {
        const std::string &name = member.key();
        if (findField(format, name))
            continue;
        QString message = Text::tr("unknown field %1").arg(quoted(fromStd(name)));
        if (const char *meant = likelyField(format, name))
            message = Text::tr("unknown field %1 (did you mean %2?)")
                          .arg(quoted(fromStd(name)), quoted(QLatin1String(meant)));
        else if (findField(other, name))
            message = Text::tr("%1 is not a field of %2").arg(fromStd(name), formatName(format));
        problemAt(at + '/' + pointerToken(name), message, index);
    }
}

const json *Reader::field(const json &body, const FieldSpec &spec, const std::string &at, int index)
{
    const auto it = body.find(spec.name);
    if (it == body.end() || it->is_null()) {
        if (spec.required)
            problemAt(at,
                      Text::tr("passkey %1 has no %2").arg(index + 1).arg(QLatin1String(spec.name)),
                      index);
        return nullptr;
    }
    return &*it;
}

QString Reader::readString(const json &body, const FieldSpec &spec, const std::string &at,
                           int index)
{
    const json *value = field(body, spec, at, index);
    if (!value)
        return {};
    const std::string pointer = at + '/' + spec.name;
    if (!value->is_string()) {
        problemAt(
            pointer,
            Text::tr("%1 must be a string, not %2").arg(QLatin1String(spec.name), kindOf(*value)),
            index);
        return {};
    }
    const QString text = fromStd(value->get<std::string>());
    if (text.isEmpty() && spec.required)
        problemAt(pointer, Text::tr("%1 is empty").arg(QLatin1String(spec.name)), index);
    return text;
}

std::optional<bool> Reader::readBoolean(const json &body, const FieldSpec &spec,
                                        const std::string &at, int index)
{
    const json *value = field(body, spec, at, index);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        problemAt(at + '/' + spec.name,
                  Text::tr("%1 must be true or false, not %2")
                      .arg(QLatin1String(spec.name), kindOf(*value)),
                  index);
        return std::nullopt;
    }
    return value->get<bool>();
}

QStringList Reader::readTransports(const json &body, const FieldSpec &spec, const std::string &at,
                                   int index)
{
    const json *value = field(body, spec, at, index);
    if (!value)
        return {};
    const std::string pointer = at + '/' + spec.name;
    if (!value->is_array()) {
        problemAt(pointer,
                  Text::tr("%1 must be a list of strings, not %2")
                      .arg(QLatin1String(spec.name), kindOf(*value)),
                  index);
        return {};
    }
    QStringList transports;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        const std::string itemPointer = pointer + '/' + std::to_string(i);
        if (!item.is_string()) {
            problemAt(
                itemPointer,
                Text::tr("transport %1 must be a string, not %2").arg(i + 1).arg(kindOf(item)),
                index);
            continue;
        }
        const std::string name = item.get<std::string>();
        const bool known = std::any_of(KnownTransports.begin(), KnownTransports.end(),
                                       [&](const char *t) { return name == t; });
        if (!known) {
            problemAt(itemPointer,
                      Text::tr("%1 is not a transport (expected usb, nfc, ble, smart-card, "
                               "hybrid or internal)")
                          .arg(quoted(fromStd(name))),
                      index);
            continue;
        }
        transports.append(fromStd(name));
    }
    return transports;
}

void Reader::readFields(const json &body, const std::string &at, Format format, int index,
                        PasskeyDevice &device)
{
    checkUnknownFields(body, at, format, index);
    const auto spec = [format](const char *name) { return *findField(format, name); };
    const auto pointerOf = [&at](const char *name) { return at + '/' + name; };

    const char *id = idField(format);
    device.credentialId = readString(body, spec(id), at, index);
    const auto isSpace = [](QChar c) { return c.isSpace(); };
    if (std::any_of(device.credentialId.cbegin(), device.credentialId.cend(), isSpace)) {
        problemAt(pointerOf(id), Text::tr("%1 has spaces in it").arg(QLatin1String(id)), index);
    } else if (!device.credentialId.isEmpty()) {
        const auto seen = m_passkeyOfId.constFind(device.credentialId);
        if (seen == m_passkeyOfId.cend())
            m_passkeyOfId.insert(device.credentialId, index);
        else
            problemAt(pointerOf(id),
                      Text::tr("passkey %1 has the same %2 as passkey %3 (line %4)")
                          .arg(index + 1)
                          .arg(QLatin1String(id))
                          .arg(seen.value() + 1)
                          .arg(m_file.entries[seen.value()].line),
                      index);
    }

    device.rpId = readString(body, spec("rpId"), at, index);
    if (!device.rpId.isEmpty()) {
        if (const QString problem = rpIdProblem(device.rpId); !problem.isEmpty())
            problemAt(pointerOf("rpId"), problem, index);
    }

    const QString publicKey = readString(body, spec("publicKey"), at, index);
    if (!publicKey.isEmpty()) {
        const auto bytes = decodeBase64(publicKey);
        if (!bytes)
            problemAt(pointerOf("publicKey"), Text::tr("publicKey is not valid base64"), index);
        else if (bytes->isEmpty())
            problemAt(pointerOf("publicKey"), Text::tr("publicKey is empty"), index);
        else
            device.publicKey = *bytes;
    }

    device.aaguid = readString(body, spec("aaguid"), at, index);
    if (!device.aaguid.isEmpty() && !isUuid(device.aaguid))
        problemAt(pointerOf("aaguid"),
                  Text::tr("aaguid must be a UUID such as "
                           "adce0002-35bc-c60a-648b-0b25f1f05503"),
                  index);

    device.transports = readTransports(body, spec("transports"), at, index);

    if (format == Format::Descope) {
        device.attestationType = readString(body, spec("attestationType"), at, index);
        device.backupEligible =
            readBoolean(body, spec("backupEligible"), at, index).value_or(false);
        device.backupState = readBoolean(body, spec("backupState"), at, index).value_or(false);
        // WebAuthn: the backup state flag may only be set on a backup-eligible credential.
        if (device.backupState && !device.backupEligible)
            problemAt(pointerOf("backupState"),
                      Text::tr("backupState is true but backupEligible is not; only a "
                               "backup-eligible passkey can be backed up"),
                      index);
        return;
    }

    device.credentialDeviceType = readString(body, spec("credentialDeviceType"), at, index);
    const std::string deviceType = device.credentialDeviceType.toStdString();
    const bool knownType =
        deviceType.empty() || std::any_of(KnownDeviceTypes.begin(), KnownDeviceTypes.end(),
                                          [&](const char *t) { return deviceType == t; });
    if (!knownType)
        problemAt(pointerOf("credentialDeviceType"),
                  Text::tr("credentialDeviceType must be singleDevice or multiDevice"), index);
    device.backupState = readBoolean(body, spec("credentialBackedUp"), at, index).value_or(false);
    const bool singleDevice = deviceType == "singleDevice" || deviceType == "single_device";
    if (device.backupState && singleDevice)
        problemAt(pointerOf("credentialBackedUp"),
                  Text::tr("credentialBackedUp is true, but a single-device credential cannot "
                           "be backed up"),
                  index);
    device.userHandle = readString(body, spec("userHandle"), at, index);
}

} // namespace

QString PasskeyProblem::text() const
{
    if (line <= 0)
        return message;
    return Text::tr("line %1: %2").arg(QString::number(line), message);
}

QList<PasskeyDevice> PasskeyFile::devices() const
{
    QList<PasskeyDevice> result;
    result.reserve(entries.size());
    for (const Entry &entry : entries)
        result.append(entry.device);
    return result;
}

PasskeyFile PasskeyFile::read(const QString &path)
{
    PasskeyFile file;
    const auto fail = [&file](QString message) {
        file.problems.append({0, 0, -1, std::move(message)});
        return file;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return fail(Text::tr("%1 is a folder, not a file.").arg(path));
    const QLocale locale;
    const auto tooLarge = [&](qint64 size) {
        return fail(Text::tr("The file is %1; passkey files over %2 are refused.")
                        .arg(locale.formattedDataSize(size), locale.formattedDataSize(MaxBytes)));
    };
    if (info.size() > MaxBytes)
        return tooLarge(info.size());

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(Text::tr("The file cannot be read: %1").arg(input.errorString()));
    // It may have grown since, or be a device whose size says nothing.
    const QByteArray text = input.read(MaxBytes + 1);
    if (input.error() != QFileDevice::NoError)
        return fail(Text::tr("The file cannot be read: %1").arg(input.errorString()));
    if (text.size() > MaxBytes)
        return tooLarge(text.size());
    return parse(text);
}

PasskeyFile PasskeyFile::parse(const QByteArray &text)
{
    return Reader(text).run();
}

} // namespace descope
