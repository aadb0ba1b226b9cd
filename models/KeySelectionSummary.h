#pragma once

#include <QItemSelection>

namespace descope {

class KeyFilterProxyModel;

// What a selection of shown keys holds, counted from the selection's ranges without listing
// its keys: the window's actions and status bar need only this, and it stays cheap with all
// 100,000 keys selected, where listing their IDs on every selection change did not.
struct KeySelectionSummary
{
    int keys = 0;
    int active = 0;
    int inactive = 0;
    int editable = 0;
    int soleSourceRow = -1; // the key model's row when exactly one key is selected
    int busy = 0;           // keys with a call about them in flight (KeyTableModel::activity)
};

KeySelectionSummary summarizeSelection(const KeyFilterProxyModel &proxy,
                                       const QItemSelection &selection);

} // namespace descope
