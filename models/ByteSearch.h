#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace descope {

// Whether `needle` occurs in `haystack`, byte for byte. The key filter asks this of 100,000
// searchable texts on every keystroke, mostly with needles of two to six bytes, for which
// glibc's memmem spends about six instructions a byte; this tests sixteen candidate positions
// at once by their first and last bytes and compares the rest only where both match.
bool containsBytes(QByteArrayView haystack, QByteArrayView needle);

} // namespace descope
