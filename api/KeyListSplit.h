#pragma once

#include <QByteArray>

#include <cstddef>
#include <optional>
#include <vector>

// A search answer for 100,000 keys is 48 MB of JSON, and one thread decodes it at about
// 90 MB/s. Cut between whole keys of its list, the pieces can be decoded side by side, each as
// an answer of its own: {"keys":[ piece ]}. No piece is copied: its keys are parsed where they
// lie in the answer.
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

} // namespace descope::wire::detail
