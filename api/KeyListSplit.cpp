#include "KeyListSplit.h"

#include <cstring>

namespace descope::wire::detail {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The offset just past the string that opens at `quote`, or -1 when it does not close. Strings
// are most of an answer's bytes, so they are crossed with memchr, not a byte at a time.
qsizetype pastString(const char *text, qsizetype size, qsizetype quote)
{
    qsizetype at = quote + 1;
    while (at < size) {
        const void *found = std::memchr(text + at, '"', size_t(size - at));
        if (!found)
            return -1;
        const qsizetype close = static_cast<const char *>(found) - text;
        // Escaped when an odd number of backslashes stands before it.
        qsizetype backslashes = 0;
        while (close - 1 - backslashes > quote && text[close - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return close + 1;
        at = close + 1;
    }
    return -1;
}

} // namespace

qsizetype pastBlanks(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isBlank(text[at]))
        ++at;
    return at;
}

ListOpening findKeyListOpening(QByteArrayView answer)
{
    const char *text = answer.data();
    const qsizetype size = answer.size();
    qsizetype at = pastBlanks(answer, 0);
    if (at == size)
        return {};
    if (text[at] != '{')
        return {ListOpening::Found::NotThisShape, -1};

    int depth = 0;
    while (at < size) {
        const char c = text[at];
        if (c == '"') {
            const qsizetype past = pastString(text, size, at);
            if (past < 0)
                return {};
            if (depth == 1 && past - at == 6 && std::memcmp(text + at, "\"keys\"", 6) == 0) {
                qsizetype next = pastBlanks(answer, past);
                if (next == size)
                    return {};
                if (text[next] == ':') { // a member's name, not a value
                    next = pastBlanks(answer, next + 1);
                    if (next == size)
                        return {};
                    if (text[next] != '[')
                        return {ListOpening::Found::NotThisShape, -1};
                    return {ListOpening::Found::List, next};
                }
            }
            at = past;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth <= 0) {
            return {ListOpening::Found::NotThisShape, -1}; // closed without a list of keys
        }
        ++at;
    }
    return {};
}

ListItems scanListItems(QByteArrayView items)
{
    const char *text = items.data();
    const qsizetype size = items.size();
    ListItems found;
    int depth = 0;
    qsizetype at = 0;
    while (at < size) {
        const char c = text[at];
        if (c == '"') {
            at = pastString(text, size, at);
            if (at < 0)
                return found; // the text ends inside a string
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                if (c == ']')
                    found.close = at;
                else
                    found.malformed = true;
                return found;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            found.commas.push_back(at);
        }
        ++at;
    }
    return found;
}

std::optional<std::vector<KeyListPiece>> splitKeyList(const QByteArray &answer, int pieces)
{
    const ListOpening opening = findKeyListOpening(answer);
    if (opening.found != ListOpening::Found::List)
        return std::nullopt;
    const qsizetype first = opening.at + 1;
    ListItems items = scanListItems(QByteArrayView(answer).sliced(first));
    if (items.malformed || items.close < 0)
        return std::nullopt;
    const qsizetype listClose = first + items.close;
    // A second top-level list of keys after this one: the whole reader decides what that means.
    // The rest of the answer sits at the top level, as the members of an object would.
    const QByteArray rest = QByteArray(1, '{').append(answer.sliced(listClose + 1));
    if (findKeyListOpening(rest).found == ListOpening::Found::List)
        return std::nullopt;

    // Pieces of about equal size, each cut at the first comma past its share.
    std::vector<KeyListPiece> cut;
    qsizetype begin = first;
    const qsizetype share = (listClose - begin) / std::max(1, pieces);
    size_t comma = 0;
    for (int piece = 1; piece < pieces; ++piece) {
        const qsizetype target = first + share * piece;
        while (comma < items.commas.size() && first + items.commas[comma] < target)
            ++comma;
        if (comma == items.commas.size())
            break;
        cut.push_back({begin, first + items.commas[comma]});
        begin = first + items.commas[comma] + 1;
        ++comma;
    }
    cut.push_back({begin, listClose});
    // Blanks only around a piece would make an empty list element: no piece may be empty.
    for (const KeyListPiece &piece : cut) {
        if (pastBlanks(QByteArrayView(answer).first(piece.end), piece.begin) == piece.end)
            return std::nullopt;
    }
    return cut;
}

} // namespace descope::wire::detail
