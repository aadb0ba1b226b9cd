#pragma once

// The rest of the claims interface, so that this one include still brings all of it.
#include "JsonSyntaxCheck.h"
#include "ReservedClaims.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace descope {

// One custom claim as the rows editor holds it: what was typed, before it becomes JSON.
struct ClaimRow
{
    enum class Type
    {
        String,
        Number,
        Boolean,
        Json, // any JSON value: an object, an array, null...
    };

    QString name;
    Type type = Type::String;
    QString value; // Boolean: "true" or "false"

    // A row added and never filled in: ignored rather than refused.
    bool isBlank() const;

    friend bool operator==(const ClaimRow &, const ClaimRow &) = default;
};

// Why typed claims are not a claims object. `row` is the ClaimRow's index, or -1 for the JSON
// text as a whole.
struct ClaimProblem
{
    int row = -1;
    QString reason;
    bool aboutName = false; // a row's name rather than its value

    friend bool operator==(const ClaimProblem &, const ClaimProblem &) = default;
};

struct ParsedClaims
{
    QJsonObject claims; // complete only when there are no problems
    QList<ClaimProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Custom claims both ways: rows of name, type and value, or the JSON object as text, each with
// reasons that say where the problem is ("JSON: unexpected '}' at line 2, column 5").
namespace claims {

// Blank rows are skipped. Every other row is checked: its name (required, not reserved, not
// repeated) and its value against its type.
ParsedClaims fromRows(const QList<ClaimRow> &rows);
// Empty text means no claims. Otherwise it must be one JSON object, with unique, allowed names.
ParsedClaims fromText(const QString &text);
// The same, but any unique names are allowed: for claims that do not sit beside a session
// token's own, such as an exchange's, which arrive under `nsec` where "exp" or "roles" replace
// nothing.
ParsedClaims objectFromText(const QString &text);

// The other way, for a key being edited and for switching views. Integers stay exact.
QList<ClaimRow> toRows(const QJsonObject &claims);
// Indented JSON; an empty string when there are no claims.
QString toText(const QJsonObject &claims);

} // namespace claims

} // namespace descope
