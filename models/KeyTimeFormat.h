#pragma once

#include <QString>

namespace descope {

// How the console writes key times. Times are Unix seconds as on the wire; 0 means "never"
// for expiries and "unknown" for creation times.

// "in 3 days", "2 hours ago", "in less than a minute": coarse, for tables.
QString formatRelativeTime(qint64 thenSeconds, qint64 nowSeconds);

// The exact time in the user's local time zone and locale, e.g. for tooltips and details.
QString formatLocalDateTime(qint64 seconds);

// An expiry as the table shows it: "Never", or relative to now.
QString formatExpiry(qint64 expireTime, qint64 nowSeconds);

} // namespace descope
