#include "ByteSearch.h"

#include <cstdint>
#include <cstring>

namespace descope {

namespace {

// GCC and Clang vector extensions: SSE2 on x86-64, NEON on ARM, plain code elsewhere.
using Bytes16 = std::uint8_t __attribute__((vector_size(16)));

Bytes16 load(const char *at)
{
    Bytes16 bytes;
    std::memcpy(&bytes, at, sizeof bytes);
    return bytes;
}

Bytes16 splat(char c)
{
    Bytes16 bytes;
    for (int i = 0; i < 16; ++i)
        bytes[i] = std::uint8_t(c);
    return bytes;
}

} // namespace

bool containsBytes(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype size = haystack.size();
    const qsizetype length = needle.size();
    if (length == 0)
        return true;
    if (length > size)
        return false;
    const char *text = haystack.data();
    if (length == 1)
        return std::memchr(text, needle[0], size_t(size)) != nullptr;

    const char *middle = needle.data() + 1;
    const size_t middleLength = size_t(length - 2);
    const Bytes16 first = splat(needle[0]);
    const Bytes16 last = splat(needle[length - 1]);
    // Positions whose last byte still lies inside the text, sixteen at a time.
    const qsizetype starts = size - length + 1;
    qsizetype at = 0;
    for (; at + 16 <= starts; at += 16) {
        const Bytes16 hits = (load(text + at) == first) & (load(text + at + length - 1) == last);
        std::uint64_t halves[2];
        std::memcpy(halves, &hits, sizeof halves);
        if ((halves[0] | halves[1]) == 0)
            continue;
        for (int lane = 0; lane < 16; ++lane) {
            if (hits[lane] && std::memcmp(text + at + lane + 1, middle, middleLength) == 0)
                return true;
        }
    }
    for (; at < starts; ++at) {
        if (text[at] == needle[0] && text[at + length - 1] == needle[length - 1] &&
            std::memcmp(text + at + 1, middle, middleLength) == 0)
            return true;
    }
    return false;
}

} // namespace descope
