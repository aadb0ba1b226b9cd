#pragma once

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

// Names a key's claims must not use. Descope's session tokens carry the registered JWT claims
// and its own authorization claims at the same top level as the key's custom claims; the
// sandbox (like Descope) lets its own values win silently, so the console refuses them instead
// of sending a claim that would never arrive.
QStringList reservedNames();
// Why `name` cannot be a custom claim, or an empty string when it can.
QString reservedReason(const QString &name);

// Blank rows are skipped. Every other row is checked: its name (required, not reserved, not
// repeated) and its value against its type.
ParsedClaims fromRows(const QList<ClaimRow> &rows);
// Empty text means no claims. Otherwise it must be one JSON object, with unique, allowed names.
ParsedClaims fromText(const QString &text);

// The other way, for a key being edited and for switching views. Integers stay exact.
QList<ClaimRow> toRows(const QJsonObject &claims);
// Indented JSON; an empty string when there are no claims.
QString toText(const QJsonObject &claims);

// Why `text` is not one JSON value, with the line and column; empty when it is one.
QString jsonSyntaxProblem(const QString &text);

} // namespace claims

} // namespace descope
