#pragma once

#include <QByteArray>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

// Where the values of a JSON text are, by line and column, for problems that name their place.
// Private to the library.
namespace descope::detail {

struct TextPosition
{
    int line = 0;
    int column = 0;
};

bool isJsonSpace(char c);

// Line and column of a byte offset; columns count characters, not UTF-8 bytes.
TextPosition positionOf(const QByteArray &text, qsizetype offset);

// A member name as one token of a JSON pointer: "a/b" becomes "a~1b".
std::string pointerToken(const std::string &key);
// The member name that a JSON pointer ends with, its escapes undone.
std::string memberName(const std::string &pointer);

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

} // namespace descope::detail
