#pragma once

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
// Request and answer bodies, redacted; off unless enabled (QT_LOGGING_RULES=
// "descope.api.body.info=true"), and not compiled out of release builds like debug output.
Q_DECLARE_LOGGING_CATEGORY(lcApiBody)

namespace descope {

// A body fit for a log: JSON with the values of secret fields (cleartext, session and refresh
// JWTs, keys and passwords) replaced, and anything that looks like a JWT masked wherever it
// is; a body that is not JSON is reduced to its size.
QByteArray redactedForLog(const QByteArray &body);

} // namespace descope
