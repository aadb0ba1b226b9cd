#pragma once

#include <QCoreApplication>

// Private to the models library.
namespace descope::detail {

// The models library has no QObject to translate with; this gives the reasons about custom
// claims a "descope::KeyFormClaims" context that lupdate understands.
class ClaimsText
{
    Q_DECLARE_TR_FUNCTIONS(descope::KeyFormClaims)
};

} // namespace descope::detail
