#include "PasskeyFileReader.h"

#include "PasskeyFieldReader.h"
#include "PasskeyFields.h"
#include "PasskeyWording.h"

#include <algorithm>
#include <charconv>
#include <string_view>

namespace descope::detail {

using json = nlohmann::json;
using Format = PasskeyDevice::Format;

namespace {

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

} // namespace

PasskeyFileReader::PasskeyFileReader(const QByteArray &text)
    : m_text(text)
{}

void PasskeyFileReader::problem(TextPosition position, QString message, int passkey)
{
    m_file.problems.append({position.line, position.column, passkey, std::move(message)});
}

void PasskeyFileReader::problemAt(const std::string &pointer, QString message, int passkey)
{
    problem(m_positions->at(pointer), std::move(message), passkey);
}

PasskeyFile PasskeyFileReader::run()
{
    // nlohmann skips a byte order mark; drop it here so that line 1's columns match.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_text.remove(0, 3);
    const auto blank = std::all_of(m_text.cbegin(), m_text.cend(), isJsonSpace);
    if (blank) {
        problem({1, 0}, PasskeyText::tr("the file is empty"));
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
                PasskeyText::tr("JSON: %1 (column %2)")
                    .arg(syntaxErrorDetail(error.what()), QString::number(position.column)));
        return std::move(m_file);
    }

    // Deep enough for /devices/N/descope/transports/M.
    m_positions.emplace(m_text, 6);
    readDocument(document);
    for (const auto &[pointer, position] : m_positions->repeatedMembers()) {
        problem(position,
                PasskeyText::tr("%1 is given more than once here")
                    .arg(quoted(fromStd(memberName(pointer)))),
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

void PasskeyFileReader::readDocument(const json &document)
{
    const std::string root;
    if (document.is_array()) {
        readList(document, root);
        return;
    }
    const QString expected = PasskeyText::tr("expected a list of passkeys, or an object with a "
                                             "\"devices\" list");
    if (!document.is_object()) {
        problemAt(root, PasskeyText::tr("%1; the file holds %2").arg(expected, kindOf(document)));
        return;
    }
    const bool singlePasskey = document.contains("descope") || document.contains("auth0") ||
                               document.contains("credentialId") || document.contains("keyId");
    if (singlePasskey && !document.contains("devices")) {
        problemAt(root, PasskeyText::tr("%1; this is a single passkey: put it in a list, [ ... ]")
                            .arg(expected));
        return;
    }

    for (const auto &member : document.items()) {
        if (member.key() != "loginId" && member.key() != "devices")
            problemAt('/' + pointerToken(member.key()),
                      PasskeyText::tr("unknown field %1 (expected loginId and devices)")
                          .arg(quoted(fromStd(member.key()))));
    }
    if (const auto loginId = document.find("loginId");
        loginId != document.end() && !loginId->is_null()) {
        if (loginId->is_string())
            m_file.loginId = fromStd(loginId->get<std::string>()).trimmed();
        else
            problemAt("/loginId",
                      PasskeyText::tr("loginId must be a string, not %1").arg(kindOf(*loginId)));
    }
    const auto devices = document.find("devices");
    if (devices == document.end() || devices->is_null()) {
        problemAt(root, PasskeyText::tr("%1; this object has no \"devices\"").arg(expected));
        return;
    }
    if (!devices->is_array()) {
        problemAt("/devices",
                  PasskeyText::tr("devices must be a list, not %1").arg(kindOf(*devices)));
        return;
    }
    readList(*devices, "/devices");
}

int PasskeyFileReader::passkeyAt(const std::string &pointer) const
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

void PasskeyFileReader::readList(const json &list, const std::string &pointer)
{
    m_listPointer = pointer;
    if (list.empty()) {
        problemAt(pointer, PasskeyText::tr("the list of passkeys is empty"));
        return;
    }
    m_file.entries.reserve(qsizetype(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i)
        readPasskey(list[i], pointer + '/' + std::to_string(i), int(i));
}

void PasskeyFileReader::readPasskey(const json &item, const std::string &pointer, int index)
{
    const int number = index + 1;
    m_file.entries.append({{}, m_positions->at(pointer).line, false});
    PasskeyDevice &device = m_file.entries.last().device;
    if (!item.is_object()) {
        problemAt(
            pointer,
            PasskeyText::tr("passkey %1 must be an object, not %2").arg(number).arg(kindOf(item)),
            index);
        return;
    }

    // Wrapped as on the wire, {"descope": {...}} or {"auth0": {...}}, or bare.
    const bool wrappedDescope = item.contains("descope");
    const bool wrappedAuth0 = item.contains("auth0");
    if (wrappedDescope && wrappedAuth0) {
        problemAt(pointer,
                  PasskeyText::tr("passkey %1 has both \"descope\" and \"auth0\"; give only one")
                      .arg(number),
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
                  PasskeyText::tr("passkey %1 is in %2, but passkey %3 (line %4) is in %5; a file "
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
        problemAt(pointer,
                  PasskeyText::tr("passkey %1 has neither credentialId (Descope) nor keyId (Auth0)")
                      .arg(number),
                  index);
        fieldReader(Format::Descope, index).checkUnknownFields(item, pointer);
        return;
    }
    device.format = format.value_or(*m_file.format);

    const json *body = &item;
    std::string at = pointer;
    if (wrapper) {
        for (const auto &member : item.items()) {
            if (member.key() != wrapper)
                problemAt(pointer + '/' + pointerToken(member.key()),
                          PasskeyText::tr("unknown field %1 next to %2")
                              .arg(quoted(fromStd(member.key())), quoted(QLatin1String(wrapper))),
                          index);
        }
        body = &item[wrapper];
        at = pointer + '/' + wrapper;
        if (!body->is_object()) {
            problemAt(at,
                      PasskeyText::tr("%1 must be an object, not %2")
                          .arg(QLatin1String(wrapper), kindOf(*body)),
                      index);
            return;
        }
    }
    const char *id = idField(device.format);
    if (fieldReader(device.format, index).read(*body, at, device))
        checkIdIsNew(device.credentialId, at + '/' + id, id, index);
}

PasskeyFieldReader PasskeyFileReader::fieldReader(Format format, int index)
{
    return PasskeyFieldReader(format, index, [this, index](const std::string &at, QString message) {
        problemAt(at, std::move(message), index);
    });
}

void PasskeyFileReader::checkIdIsNew(const QString &id, const std::string &pointer,
                                     const char *idField, int index)
{
    const auto seen = m_passkeyOfId.constFind(id);
    if (seen == m_passkeyOfId.cend()) {
        m_passkeyOfId.insert(id, index);
        return;
    }
    problemAt(pointer,
              PasskeyText::tr("passkey %1 has the same %2 as passkey %3 (line %4)")
                  .arg(index + 1)
                  .arg(QLatin1String(idField))
                  .arg(seen.value() + 1)
                  .arg(m_file.entries[seen.value()].line),
              index);
}

} // namespace descope::detail
