#include "KeyTimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace descope {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("KeyTimeFormat", text, nullptr, n);
}

// The span in the largest unit that keeps it readable, e.g. "3 days" or "5 months".
QString span(qint64 seconds)
{
    if (seconds < Hour)
        return tr("%n minute(s)", int(seconds / Minute));
    if (seconds < 2 * Day)
        return tr("%n hour(s)", int(seconds / Hour));
    if (seconds < 60 * Day)
        return tr("%n day(s)", int(seconds / Day));
    if (seconds < 730 * Day)
        return tr("%n month(s)", int(seconds / (30 * Day)));
    return tr("%n year(s)", int(seconds / (365 * Day)));
}

} // namespace

QString formatRelativeTime(qint64 thenSeconds, qint64 nowSeconds)
{
    const qint64 delta = thenSeconds - nowSeconds;
    if (delta >= 0) {
        if (delta < Minute)
            return tr("in less than a minute");
        //: %1 is a span such as "3 days"
        return tr("in %1").arg(span(delta));
    }
    if (-delta < Minute)
        return tr("less than a minute ago");
    //: %1 is a span such as "3 days"
    return tr("%1 ago").arg(span(-delta));
}

QString formatLocalDateTime(qint64 seconds)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
    return QLocale().toString(local, QLocale::LongFormat);
}

QString formatExpiry(qint64 expireTime, qint64 nowSeconds)
{
    if (expireTime == 0)
        return tr("Never");
    return formatRelativeTime(expireTime, nowSeconds);
}

} // namespace descope
