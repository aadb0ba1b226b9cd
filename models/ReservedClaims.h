#pragma once

#include <QString>
#include <QStringList>

namespace descope::claims {

// Names a key's claims must not use. Descope's session tokens carry the registered JWT claims
// and its own authorization claims at the same top level as the key's custom claims; the
// sandbox (like Descope) lets its own values win silently, so the console refuses them instead
// of sending a claim that would never arrive.
QStringList reservedNames();
// Why `name` cannot be a custom claim, or an empty string when it can.
QString reservedReason(const QString &name);

} // namespace descope::claims
