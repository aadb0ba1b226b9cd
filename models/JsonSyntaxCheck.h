#pragma once

#include <QRegularExpression>
#include <QString>

namespace descope {

// JSON's number: no leading zeros, no "+", no hex, no NaN or Infinity.
const QRegularExpression &jsonNumberGrammar();

namespace claims {

// Why `text` is not one JSON value, with the line and column; empty when it is one. Unlike
// QJsonParseError, which gives only an offset and "illegal value", the reason is in words a
// person can act on ("JSON: unexpected '}' at line 2, column 5"). Names repeated in an object,
// and numbers Qt could not keep exactly, are problems too.
QString jsonSyntaxProblem(const QString &text);

} // namespace claims

} // namespace descope
