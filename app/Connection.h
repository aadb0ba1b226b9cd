#pragma once

#include <QString>
#include <QUrl>

class QDebug;

namespace descope {

// The project the console talks to. The management key lives in memory only: it is never
// written to settings, shown or logged (the QDebug operator below leaves it out).
struct Connection
{
    QString displayName; // e.g. "Sandbox"
    QString projectId;
    QUrl baseUrl;
    QString managementKey;
    bool isSandbox = false;

    bool isValid() const { return !projectId.isEmpty() && baseUrl.isValid(); }
};

QDebug operator<<(QDebug debug, const Connection &connection);

} // namespace descope
