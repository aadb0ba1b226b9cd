#include "KeyFilterProxyModel.h"

#include "KeyTableModel.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace descope {

namespace {

// Below this many rows one thread is quicker than handing out work.
constexpr int ParallelThreshold = 20'000;

struct RowRange
{
    int first;
    int last; // exclusive
};

} // namespace

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setDynamicSortFilter(true);
}

void KeyFilterProxyModel::setKeyModel(KeyTableModel *model)
{
    if (m_keyModel)
        disconnect(m_keyModel, nullptr, this, nullptr);
    m_keyModel = model;
    forgetDecisions();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Rows that move shift every decision after them.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &KeyFilterProxyModel::forgetDecisions);
    // After a reload the decisions are taken at once, so that the first keystroke can narrow.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { decideAllRows(false); });
    connect(model, &QAbstractItemModel::layoutChanged, this, &KeyFilterProxyModel::forgetDecisions);
}

void KeyFilterProxyModel::setFilter(const KeyFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = m_decisionsValid && filter.narrows(m_filter);
    m_filter = filter;
    if (!m_keyModel) {
        invalidate();
        return;
    }
    // When the new filter shows exactly the rows already shown (the first letter typed often
    // matches every key), there is nothing to re-map or re-sort.
    const bool hadDecisions = m_decisionsValid;
    std::vector<char> before;
    if (hadDecisions)
        before = m_shown;
    decideAllRows(narrowing);
    if (hadDecisions && before == m_shown)
        return;
    // A full re-map, not invalidateRowsFilter(): that one announces every run of hidden or
    // shown rows on its own, and with 100,000 keys the views spend seconds on those signals.
    m_usingDecisions = true;
    invalidate();
    (void)rowCount(); // builds the mapping now, while the decisions are read
    m_usingDecisions = false;
}

void KeyFilterProxyModel::decideAllRows(bool narrowing)
{
    const int rows = m_keyModel->rowCount();
    if (!narrowing)
        m_shown.assign(size_t(rows), 1);
    // Narrowing keeps the decisions, and re-tests only the rows they show.
    const auto decide = [this](const RowRange &range) {
        for (int row = range.first; row < range.last; ++row) {
            char &shown = m_shown[size_t(row)];
            if (shown)
                shown = accepts(row) ? 1 : 0;
        }
    };
    if (rows < ParallelThreshold) {
        decide({0, rows});
    } else {
        const int chunks = std::max(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
        QList<RowRange> ranges;
        const int step = (rows + chunks - 1) / chunks;
        for (int first = 0; first < rows; first += step)
            ranges.append({first, std::min(rows, first + step)});
        QtConcurrent::blockingMap(ranges, decide);
    }
    m_decisionsValid = true;
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

bool KeyFilterProxyModel::accepts(int sourceRow) const
{
    return m_filter.accepts(m_keyModel->key(sourceRow), m_keyModel->searchableText(sourceRow),
                            m_keyModel->nowSeconds());
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_keyModel || sourceParent.isValid())
        return false;
    if (m_usingDecisions && m_decisionsValid)
        return m_shown[size_t(sourceRow)] != 0;
    const bool shown = accepts(sourceRow);
    // A changed row keeps its decision current, so the next narrowing can trust it.
    if (m_decisionsValid && size_t(sourceRow) < m_shown.size())
        m_shown[size_t(sourceRow)] = shown ? 1 : 0;
    return shown;
}

bool KeyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keyModel)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_keyModel->lessThan(left.column(), left.row(), right.row());
}

} // namespace descope
