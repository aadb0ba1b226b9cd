#include "JsonPositions.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace descope::detail {

using json = nlohmann::json;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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

} // namespace descope::detail
