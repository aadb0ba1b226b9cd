#pragma once

#include <QDateTime>
#include <QString>

namespace descope {

// The status the console shows. The server knows only active and inactive; expired is derived
// from the expiry, as Descope's own access-key widget does.
enum class KeyStatus
{
    Active,
    Inactive,
    Expired,
};

// `expireTime` is Unix seconds, 0 meaning the key never expires.
KeyStatus deriveKeyStatus(bool serverActive, qint64 expireTime, qint64 nowSeconds);
inline KeyStatus deriveKeyStatus(bool serverActive, qint64 expireTime, const QDateTime &now)
{
    return deriveKeyStatus(serverActive, expireTime, now.toSecsSinceEpoch());
}

// Whether a key expires within `days` days from now and has not expired yet.
bool expiresWithin(qint64 expireTime, qint64 nowSeconds, int days);

// "Active", "Inactive", "Expired", translated.
QString keyStatusName(KeyStatus status);

} // namespace descope
