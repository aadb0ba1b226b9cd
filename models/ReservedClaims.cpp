#include "ReservedClaims.h"

#include "ClaimsText.h"

namespace descope::claims {

using detail::ClaimsText;

namespace {

// Claims that Descope's SDKs and RFC 7519 define; Descope sets them in every session token.
const QStringList &registeredClaims()
{
    static const QStringList names = {
        QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"), QStringLiteral("exp"),
        QStringLiteral("nbf"), QStringLiteral("iat"), QStringLiteral("jti"),
    };
    return names;
}

// Descope's own claims in session tokens: authorization, the current tenant, the exchange-time
// claims, the subject of user-bound keys and the session markers (descope-api.md §3).
const QStringList &descopeClaims()
{
    static const QStringList names = {
        QStringLiteral("roles"), QStringLiteral("permissions"), QStringLiteral("tenants"),
        QStringLiteral("dct"),   QStringLiteral("nsec"),        QStringLiteral("dsub"),
        QStringLiteral("amr"),   QStringLiteral("drn"),         QStringLiteral("rexp"),
    };
    return names;
}

} // namespace

QStringList reservedNames()
{
    return registeredClaims() + descopeClaims();
}

QString reservedReason(const QString &name)
{
    if (registeredClaims().contains(name))
        return ClaimsText::tr("%1 is a registered JWT claim: Descope sets it in every session "
                              "token")
            .arg(name);
    if (descopeClaims().contains(name))
        return ClaimsText::tr("%1 is reserved: Descope puts its own %1 claim in session tokens")
            .arg(name);
    return {};
}

} // namespace descope::claims
