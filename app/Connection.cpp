#include "Connection.h"

#include <QDebug>

namespace descope {

QDebug operator<<(QDebug debug, const Connection &connection)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Connection(" << connection.displayName << ", " << connection.projectId
                    << ", " << connection.baseUrl.toDisplayString()
                    << (connection.isSandbox ? ", sandbox" : "") << ", management key "
                    << (connection.managementKey.isEmpty() ? "absent" : "redacted") << ')';
    return debug;
}

} // namespace descope
