#pragma once

// Keys for the model tests, with a fixed "now" so statuses and relative times are stable.

#include "AccessKey.h"

#include <QDateTime>

namespace descope::testing {

inline const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
inline constexpr qint64 NowSeconds = 1'800'000'000;
inline constexpr qint64 Day = 24 * 60 * 60;

inline AccessKey makeKey(const QString &id, const QString &name, qint64 expireTime = 0,
                         bool active = true)
{
    AccessKey key;
    key.id = id;
    key.name = name;
    key.active = active;
    key.expireTime = expireTime;
    key.createdTime = NowSeconds - 30 * Day;
    return key;
}

} // namespace descope::testing
