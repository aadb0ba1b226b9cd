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
        return QCoreApplication::translate("KeyStatus", "Active");
    case KeyStatus::Inactive:
        return QCoreApplication::translate("KeyStatus", "Inactive");
    case KeyStatus::Expired:
        return QCoreApplication::translate("KeyStatus", "Expired");
    }
    return {};
}

} // namespace descope
