#pragma once

#include <QJsonObject>
#include <QString>

namespace descope {

// Custom claims for an exchange as the user types them: a JSON object, or nothing.
struct ExchangeClaimsInput
{
    QJsonObject claims;
    QString problem; // where and why the text is not a JSON object; empty when it is

    bool isValid() const { return problem.isEmpty(); }
};

// Blank text means no claims. Otherwise the problem names the line and column, e.g.
// "Line 2, column 9: missing value separator".
ExchangeClaimsInput parseExchangeClaims(const QString &text);

} // namespace descope
