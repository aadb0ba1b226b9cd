#pragma once

#include <QString>

namespace descope {

// How the console writes key times. Times are Unix seconds as on the wire; 0 means "never"
// for expiries and "unknown" for creation times.

// "in 3 days", "2 hours ago", "in less than a minute": coarse, for the table, the details pane
// and the expiry picker alike. Under a minute either way is "less than a minute"; otherwise the
// span is rounded to the nearest whole unit, and the unit is minutes up to 59, hours up to 47,
// days up to 59, months (30 days) up to 23, then years (365 days). Past and future are
// rounded alike, so "90 days" and "90 days less a few seconds" both read "in 3 months".
QString formatRelativeTime(qint64 thenSeconds, qint64 nowSeconds);

// The exact time in the user's local time zone and locale, e.g. for tooltips and details.
QString formatLocalDateTime(qint64 seconds);

// The exact time in UTC, in the user's locale, e.g. for the time claims of a token, which are
// compared with servers' logs: "Friday, 4 December 2026 17:40:00 UTC".
QString formatUtcDateTime(qint64 seconds);

// Whether a JSON number is a plausible Unix time in seconds (RFC 7519's NumericDate): finite,
// not negative and before the year 10000. Fractions of a second are allowed.
bool isUnixSeconds(double value);

// An expiry as the table shows it: "Never", or relative to now.
QString formatExpiry(qint64 expireTime, qint64 nowSeconds);

} // namespace descope
