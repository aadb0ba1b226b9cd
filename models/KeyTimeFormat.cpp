#include "KeyTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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

// The span in the largest unit that keeps it readable, e.g. "3 days" or "5 months".
QString span(qint64 seconds)
{
    if (seconds < Hour)
        return KeyTimeFormat::tr("%n minute(s)", nullptr, int(seconds / Minute));
    if (seconds < 2 * Day)
        return KeyTimeFormat::tr("%n hour(s)", nullptr, int(seconds / Hour));
    if (seconds < 60 * Day)
        return KeyTimeFormat::tr("%n day(s)", nullptr, int(seconds / Day));
    if (seconds < 730 * Day)
        return KeyTimeFormat::tr("%n month(s)", nullptr, int(seconds / (30 * Day)));
    return KeyTimeFormat::tr("%n year(s)", nullptr, int(seconds / (365 * Day)));
}

} // namespace

QString formatRelativeTime(qint64 thenSeconds, qint64 nowSeconds)
{
    const qint64 delta = thenSeconds - nowSeconds;
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

QString formatExpiry(qint64 expireTime, qint64 nowSeconds)
{
    if (expireTime == 0)
        //: When a key expires: it does not
        return KeyTimeFormat::tr("Never", "expiry");
    return formatRelativeTime(expireTime, nowSeconds);
}

} // namespace descope
