#pragma once

#include <QJsonObject>
#include <QString>

namespace descope {

// An exchanged session token, decoded, with the outcome of checking its signature against
// the project's public keys.
struct ExchangeResult
{
    QString keyId;
    QString sessionJwt; // secret: never logged
    qint64 expiration = 0;
    QJsonObject header;
    QJsonObject claims; // exchange-time claims are under "nsec"
    bool signatureVerified = false;
    QString verificationProblem; // why it did not verify, when it did not
};

} // namespace descope
