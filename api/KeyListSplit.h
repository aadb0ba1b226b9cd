#pragma once

#include <QByteArray>

#include <cstddef>
#include <iterator>
#include <optional>
#include <vector>

// A search answer for 100,000 keys is 48 MB of JSON, and one thread decodes it at about
// 90 MB/s. Cut between whole keys of its list, the pieces can be decoded side by side, each as
// an answer of its own: {"keys":[ piece ]}. No piece is copied; PiecedText reads the opening,
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

// Three runs of bytes read as one: a forward iterator over them for nlohmann's parser.
class PiecedText
{
public:
    PiecedText(const char *opening, const char *body, qsizetype bodySize, const char *closing);

    class Iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char *;
        using reference = const char &;

        Iterator() = default;
        Iterator(const PiecedText *text, int run, const char *at)
            : m_text(text)
            , m_run(run)
            , m_at(at)
            , m_runEnd(text->m_ends[run])
        {}
        reference operator*() const { return *m_at; }
        Iterator &operator++()
        {
            // The parser reads every byte through here: one comparison more than a pointer.
            if (++m_at == m_runEnd && m_run < 2) {
                ++m_run;
                m_at = m_text->m_begins[m_run];
                m_runEnd = m_text->m_ends[m_run];
            }
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_at == b.m_at; }

    private:
        const PiecedText *m_text = nullptr;
        int m_run = 0;
        const char *m_at = nullptr;
        const char *m_runEnd = nullptr;
    };

    Iterator begin() const;
    Iterator end() const;

private:
    const char *m_begins[3];
    const char *m_ends[3];
};

} // namespace descope::wire::detail
