#include "KeyActivity.h"

#include <QCoreApplication>

namespace descope {

QString keyActivityText(KeyActivity activity)
{
    switch (activity) {
    case KeyActivity::None:
        break;
    case KeyActivity::Activating:
        //: Shown as a key's status while the server activates it
        return QCoreApplication::translate("KeyActivity", "Activating…");
    case KeyActivity::Deactivating:
        //: Shown as a key's status while the server deactivates it
        return QCoreApplication::translate("KeyActivity", "Deactivating…");
    case KeyActivity::Rotating:
        //: Shown as a key's status while the server replaces its secret
        return QCoreApplication::translate("KeyActivity", "Rotating…");
    case KeyActivity::Deleting:
        //: Shown as a key's status while the server deletes it
        return QCoreApplication::translate("KeyActivity", "Deleting…");
    case KeyActivity::Saving:
        //: Shown as a key's status while the server saves changes to it
        return QCoreApplication::translate("KeyActivity", "Saving…");
    }
    return {};
}

} // namespace descope
