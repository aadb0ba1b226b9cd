#pragma once

#include <QByteArray>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// A search answer for 100,000 keys is 48 MB of JSON, and one thread decodes it at about
// 90 MB/s. Cut between whole keys of its list, the pieces can be decoded side by side, each as
// an answer of its own: {"keys":[ piece ]}. No piece is copied; PiecedInput reads the opening,
// the piece and the closing as one text.
namespace descope::wire::detail {

struct KeyListPiece
{
    qsizetype begin; // offset of the first key's '{' in the answer
    qsizetype end;   // one past the last key's '}'
};

// Cuts the "keys" list of a search answer into up to `pieces` runs of whole keys, or nothing
// when the answer is not the plain shape this expects (another top-level "keys", no list, a
// structure that does not close): the caller then decodes it whole, which also finds the error.
std::optional<std::vector<KeyListPiece>> splitKeyList(const QByteArray &answer, int pieces);

// Three runs of bytes read as one, in the shape of nlohmann's input adapters: the parser
// asks for each byte through get_character(), which costs one comparison, as a pointer range
// does. (An iterator over the runs, through nlohmann's iterator adapter, read 30% slower.)
class PiecedInput
{
public:
    using char_type = char;

    PiecedInput(const char *opening, const char *body, qsizetype bodySize, const char *closing);

    std::char_traits<char>::int_type get_character()
    {
        if (m_at != m_end) [[likely]]
            return std::char_traits<char>::to_int_type(*m_at++);
        return nextRun();
    }

private:
    std::char_traits<char>::int_type nextRun();

    const char *m_begins[3];
    const char *m_ends[3];
    int m_run = 0;
    const char *m_at;
    const char *m_end;
};

} // namespace descope::wire::detail
