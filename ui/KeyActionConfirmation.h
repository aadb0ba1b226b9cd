#pragma once

#include "BatchOperation.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace descope {

// The questions asked before a change to keys, through UserPrompts so tests can answer them.
// Activate, deactivate and delete ask first, with Cancel the default: one key is named, many
// are counted and the first few named, and the question says what happens to the machines
// that use them. Above TypedCountThreshold keys, the administrator types the count to confirm.
// A setting ("Don't ask again for a single key") lets activating or deactivating one key go
// without a question; it never skips a question about several keys, nor a deletion.
class KeyActionConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(KeyActionConfirmation)

public:
    // A mass change of more keys than this is confirmed by typing their count.
    static constexpr int TypedCountThreshold = 50;

    // `names` lists the keys as the question shows them ("name (ID)"), `soleName` is the
    // key's name when there is one. True when the change may go ahead.
    static bool confirm(QWidget *parent, BatchOperation::Action action, const QStringList &names,
                        const QString &soleName);
    static bool confirmRotation(QWidget *parent, const QString &name);

    // Whether activating or deactivating a single key asks first (QSettings).
    static bool asksForSingleKey();
    static void setAsksForSingleKey(bool ask);
};

} // namespace descope
