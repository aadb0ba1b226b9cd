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

std::optional<std::vector<KeyListPiece>> splitKeyList(const QByteArray &answer, int pieces)
{
    const char *text = answer.constData();
    const qsizetype size = answer.size();
    qsizetype at = 0;
    while (at < size && isBlank(text[at]))
        ++at;
    if (at == size || text[at] != '{')
        return std::nullopt;

    // Find the list of the top-level "keys" member; any other top-level member is stepped over.
    int depth = 0;
    qsizetype listOpen = -1;
    qsizetype listClose = -1;
    std::vector<qsizetype> commas; // between the list's keys
    while (at < size) {
        const char c = text[at];
        if (c == '"') {
            const qsizetype past = pastString(text, size, at);
            if (past < 0)
                return std::nullopt;
            if (depth == 1 && past - at == 6 && std::memcmp(text + at, "\"keys\"", 6) == 0) {
                qsizetype value = past;
                while (value < size && (isBlank(text[value]) || text[value] == ':'))
                    ++value;
                if (value < size && text[value] == '[') {
                    if (listOpen >= 0)
                        return std::nullopt; // "keys" twice: the whole reader decides
                    listOpen = value;
                    depth = 2;
                    at = value + 1;
                    continue;
                }
            }
            at = past;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 2 && listOpen >= 0 && listClose < 0 && c == ']')
                listClose = at;
            if (--depth < 0)
                return std::nullopt;
        } else if (c == ',' && depth == 2 && listOpen >= 0 && listClose < 0) {
            commas.push_back(at);
        }
        ++at;
    }
    if (depth != 0 || listOpen < 0 || listClose < 0)
        return std::nullopt;

    // Pieces of about equal size, each cut at the first comma past its share.
    std::vector<KeyListPiece> cut;
    qsizetype begin = listOpen + 1;
    const qsizetype share = (listClose - begin) / std::max(1, pieces);
    size_t comma = 0;
    for (int piece = 1; piece < pieces; ++piece) {
        const qsizetype target = listOpen + 1 + share * piece;
        while (comma < commas.size() && commas[comma] < target)
            ++comma;
        if (comma == commas.size())
            break;
        cut.push_back({begin, commas[comma]});
        begin = commas[comma] + 1;
        ++comma;
    }
    cut.push_back({begin, listClose});
    // Blanks only around a piece would make an empty list element: no piece may be empty.
    for (const KeyListPiece &piece : cut) {
        qsizetype first = piece.begin;
        while (first < piece.end && isBlank(text[first]))
            ++first;
        if (first == piece.end)
            return std::nullopt;
    }
    return cut;
}

} // namespace descope::wire::detail
