#pragma once

#include <QString>

namespace descope {

// What the console is doing to a key while a call about it is in flight: its row reads so,
// and the actions that would change it again wait for the answer.
enum class KeyActivity
{
    None,
    Activating,
    Deactivating,
    Rotating,
    Deleting,
    Saving,
};

// "Deactivating…", translated: what the key's status reads meanwhile.
QString keyActivityText(KeyActivity activity);

} // namespace descope
