#include "KeyStatus.h"

#include <QCoreApplication>

namespace descope {

KeyStatus deriveKeyStatus(bool serverActive, qint64 expireTime, qint64 nowSeconds)
{
    if (expireTime != 0 && expireTime <= nowSeconds)
        return KeyStatus::Expired;
    return serverActive ? KeyStatus::Active : KeyStatus::Inactive;
}

bool expiresWithin(qint64 expireTime, qint64 nowSeconds, int days)
{
    return expireTime != 0 && expireTime > nowSeconds &&
           expireTime <= nowSeconds + qint64(days) * 24 * 60 * 60;
}

QString keyStatusName(KeyStatus status)
{
    switch (status) {
    case KeyStatus::Active:
        //: The status of an access key (in Hebrew it agrees with the masculine מפתח)
        return QCoreApplication::translate("KeyStatus", "Active", "key status");
    case KeyStatus::Inactive:
        //: The status of an access key: deactivated, it cannot be exchanged for sessions
        return QCoreApplication::translate("KeyStatus", "Inactive", "key status");
    case KeyStatus::Expired:
        //: The status of an access key whose expiry time has passed
        return QCoreApplication::translate("KeyStatus", "Expired", "key status");
    }
    return {};
}

} // namespace descope
