#pragma once

#include "AccessKey.h"
#include "KeyListSplit.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

// {"key":{...}}, {"key":{...},"cleartext":"..."} and {"keys":[...]} are decoded while RapidJSON
// parses them, without building a document first: a search answer for 100,000 keys (about
// 48 MB) would otherwise cost more to build and free as a DOM than to read. The rules are the
// ones the DOM readers of WireSupport.h apply to the other answers: absent, null, "", [] and {}
// read as unset; unknown members are skipped; a wrong type fails with the path of the value.
// Each parses and decodes `body` and throws detail::Failure.
namespace descope::wire::detail {

// A key takes well over this much JSON: a list reserved for answerBytes / MinimumKeyBytes keys
// never grows by copying itself, and pages reserved but never written cost no memory.
constexpr qsizetype MinimumKeyBytes = 100;

AccessKey readKeyAnswer(const QByteArray &body);           // {"key":{...}}
CreatedKey readCreatedKeyAnswer(const QByteArray &body);   // {"key":{...},"cleartext":"..."}
QList<AccessKey> readSearchAnswer(const QByteArray &body); // {"keys":[...]}

// The keys of these pieces of a search answer (see KeyListSplit.h), decoded side by side;
// nothing when a piece does not decode, so that the whole answer is read again and its error
// names the key's place in the whole list. readSearchAnswer() uses it for large answers.
std::optional<QList<AccessKey>> readSearchAnswerPieces(const QByteArray &body,
                                                       const std::vector<KeyListPiece> &pieces);

// Whole keys of a search answer's list, as the list holds them (comma-separated, without the
// brackets); a failure names a key by its place in the whole list, counted from firstIndex.
QList<AccessKey> readSearchAnswerItems(const QByteArray &items, qsizetype firstIndex);

} // namespace descope::wire::detail
