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

// An expiry as the table shows it: "Never", or relative to now.
QString formatExpiry(qint64 expireTime, qint64 nowSeconds);

} // namespace descope
