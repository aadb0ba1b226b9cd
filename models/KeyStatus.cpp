#include "KeyStatus.h"

namespace descope {

KeyStatus deriveKeyStatus(bool serverActive, qint64 expireTime, const QDateTime &now)
{
    if (expireTime != 0 && expireTime <= now.toSecsSinceEpoch())
        return KeyStatus::Expired;
    return serverActive ? KeyStatus::Active : KeyStatus::Inactive;
}

} // namespace descope
