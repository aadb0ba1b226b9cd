// The key table's marks of calls in flight: which keys are being activated, deactivated,
// rotated, deleted or saved until the server answers.

#include "KeyTableModel.h"

#include <algorithm>
#include <limits>

namespace descope {

KeyActivity KeyTableModel::activityOfKey(const QString &id) const
{
    // Read for every row of a reload, on several threads: a lookup only when marks exist.
    return m_activities.isEmpty() ? KeyActivity::None : m_activities.value(id, KeyActivity::None);
}

void KeyTableModel::setActivity(const QStringList &ids, KeyActivity activity)
{
    int firstChanged = std::numeric_limits<int>::max();
    int lastChanged = -1;
    for (const QString &id : ids) {
        if (activity == KeyActivity::None)
            m_activities.remove(id);
        else
            m_activities.insert(id, activity);
        const int row = rowOfKey(id);
        if (row < 0 || m_rows[size_t(row)].activity == activity)
            continue;
        m_rows[size_t(row)].activity = activity;
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (lastChanged < 0)
        return;
    // One signal over the span, not one per row: a batch marks thousands of scattered rows,
    // and every signal makes the window count the selection again.
    Q_EMIT dataChanged(
        index(firstChanged, 0), index(lastChanged, ColumnCount - 1),
        {BusyRole, Qt::DisplayRole, Qt::FontRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

} // namespace descope
