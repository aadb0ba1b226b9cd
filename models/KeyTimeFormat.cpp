#include "KeyTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace descope {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Free functions have no tr(); this gives them one in the "descope::KeyTimeFormat" context, which
// lupdate sees too (a hand-written translate() wrapper would be filed under another context).
class KeyTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(descope::KeyTimeFormat)
};

constexpr qint64 Month = 30 * Day;
constexpr qint64 Year = 365 * Day;

// `seconds` in whole `unit`s, rounded to the nearest (halves up).
qint64 rounded(qint64 seconds, qint64 unit)
{
    return (seconds + unit / 2) / unit;
}

// The span (never negative) in the largest unit that keeps it readable, e.g. "3 days" or "5
// months". The one rounding rule: each unit is rounded to the nearest whole one, and a unit is
// used while its rounded count stays under the next unit's threshold: up to 59 minutes, 47
// hours, 59 days, 23 months, then years. The thresholds are compared with the rounded count, so
// the count never goes down as the span grows, and a span a few seconds either side of a whole
// unit (a key made "90 days" ago by the picker, read a moment later by the table) reads the same.
QString span(qint64 seconds)
{
    if (const qint64 minutes = rounded(seconds, Minute); minutes < 60)
        return KeyTimeFormat::tr("%n minute(s)", nullptr, int(minutes));
    if (const qint64 hours = rounded(seconds, Hour); hours < 48)
        return KeyTimeFormat::tr("%n hour(s)", nullptr, int(hours));
    if (const qint64 days = rounded(seconds, Day); days < 60)
        return KeyTimeFormat::tr("%n day(s)", nullptr, int(days));
    if (const qint64 months = rounded(seconds, Month); months < 24)
        return KeyTimeFormat::tr("%n month(s)", nullptr, int(months));
    return KeyTimeFormat::tr("%n year(s)", nullptr, int(rounded(seconds, Year)));
}

} // namespace

QString formatRelativeTime(qint64 thenSeconds, qint64 nowSeconds)
{
    // Times from the wire can be anything; beyond ten thousand years nobody reads the count,
    // and clamping keeps the subtraction and the rounding from overflowing.
    constexpr qint64 Limit = 10'000 * Year;
    const qint64 delta =
        std::clamp(thenSeconds, -Limit, Limit) - std::clamp(nowSeconds, -Limit, Limit);
    if (delta >= 0) {
        if (delta < Minute)
            return KeyTimeFormat::tr("in less than a minute");
        //: A time ahead; %1 is a span such as "3 days"
        return KeyTimeFormat::tr("in %1").arg(span(delta));
    }
    if (-delta < Minute)
        return KeyTimeFormat::tr("less than a minute ago");
    //: A time past; %1 is a span such as "3 days"
    return KeyTimeFormat::tr("%1 ago").arg(span(-delta));
}

QString formatLocalDateTime(qint64 seconds)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

QString formatUtcDateTime(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), QLocale::LongFormat);
}

bool isUnixSeconds(double value)
{
    constexpr double Year10000 = 253'402'300'800.0; // 10000-01-01T00:00:00Z
    return std::isfinite(value) && value >= 0 && value < Year10000;
}

QString formatExpiry(qint64 expireTime, qint64 nowSeconds)
{
    if (expireTime == 0)
        //: When a key expires: it does not
        return KeyTimeFormat::tr("Never", "expiry");
    return formatRelativeTime(expireTime, nowSeconds);
}

} // namespace descope
