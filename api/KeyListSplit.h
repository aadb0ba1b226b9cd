#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <optional>
#include <vector>

// A search answer for 100,000 keys is 48 MB of JSON. Cut between whole keys of its list, the
// pieces can be decoded side by side, each as an answer of its own: {"keys":[ piece ]}, and
// an answer can be cut while it is still arriving (KeyListStream.h). Only the structure is
// scanned here (brackets, commas, strings); the decoders judge everything else.
namespace descope::wire::detail {

// The first offset from `at` on that is not JSON whitespace (the size when there is none).
qsizetype pastBlanks(QByteArrayView text, qsizetype at);

// Where the list of the top-level "keys" member opens.
struct ListOpening
{
    enum class Found
    {
        List,        // at: the offset of its '['
        NotYet,      // the text ends before it: more may follow
        NotThisShape // not an object, "keys" is not a list, or the text is not JSON
    };
    Found found = Found::NotYet;
    qsizetype at = -1;
};
ListOpening findKeyListOpening(QByteArrayView answer);

// The items of a list, scanned from a point between two of them (just past the '[' or past a
// comma between items) to the end of `text`.
struct ListItems
{
    std::vector<qsizetype> commas; // between items, in order
    qsizetype close = -1;          // the list's ']', or -1 when the text ends before it
    bool malformed = false;        // a bracket closes what the list did not open
};
ListItems scanListItems(QByteArrayView text);

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
