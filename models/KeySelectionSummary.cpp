#include "KeySelectionSummary.h"

#include "KeyFilterProxyModel.h"
#include "KeyTableModel.h"

#include <vector>

namespace descope {

KeySelectionSummary summarizeSelection(const KeyFilterProxyModel &proxy,
                                       const QItemSelection &selection)
{
    KeySelectionSummary summary;
    const KeyTableModel *keys = proxy.keyModel();
    if (!keys)
        return summary;
    const std::vector<int> &sourceRows = proxy.shownSourceRows();
    // A row selected column by column arrives in several ranges; each row counts once.
    std::vector<char> counted(sourceRows.size(), 0);
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != &proxy || range.parent().isValid())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (row < 0 || size_t(row) >= counted.size() || counted[size_t(row)])
                continue;
            counted[size_t(row)] = 1;
            const int sourceRow = sourceRows[size_t(row)];
            const AccessKey &key = keys->key(sourceRow);
            ++summary.keys;
            ++(key.active ? summary.active : summary.inactive);
            if (key.editable)
                ++summary.editable;
            if (keys->activity(sourceRow) != KeyActivity::None)
                ++summary.busy;
            summary.soleSourceRow = summary.keys == 1 ? sourceRow : -1;
        }
    }
    return summary;
}

} // namespace descope
