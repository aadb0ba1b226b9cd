#include "KeyFilterProxyModel.h"

#include "KeyTableModel.h"

#include <QSet>

namespace descope {

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setDynamicSortFilter(true);
}

void KeyFilterProxyModel::setKeyModel(KeyTableModel *model)
{
    m_keyModel = model;
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxyModel::setFilter(const KeyFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // A full re-map, not invalidateRowsFilter(): that one announces every run of hidden or
    // shown rows on its own, and with 100,000 keys the views spend seconds on those signals.
    invalidate();
}

QStringList KeyFilterProxyModel::keyIds(const QModelIndexList &proxyIndexes) const
{
    // A row selection holds one index per column; each key is named once, in row order.
    QStringList ids;
    QSet<QString> seen;
    for (const QModelIndex &index : proxyIndexes) {
        const QString id = index.data(KeyTableModel::KeyIdRole).toString();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_keyModel || sourceParent.isValid())
        return false;
    return m_filter.accepts(m_keyModel->key(sourceRow), m_keyModel->searchableText(sourceRow),
                            m_keyModel->nowSeconds());
}

bool KeyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keyModel)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_keyModel->lessThan(left.column(), left.row(), right.row());
}

} // namespace descope
