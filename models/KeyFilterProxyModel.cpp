#include "KeyFilterProxyModel.h"

#include "KeyTableModel.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <climits>
#include <numeric>

namespace descope {

namespace {

// Below this many rows one thread is quicker than handing out work.
constexpr int ParallelThreshold = 20'000;
// How many filters' decisions are kept: a word typed and deleted again.
constexpr size_t RecentDecisionsKept = 12;
// Up to this many changed rows are moved one by one; more are sorted again with the rest.
constexpr size_t ReorderOneByOneLimit = 64;

struct RowRange
{
    int first;
    int last; // exclusive
};

} // namespace

KeyFilterProxyModel::KeyFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void KeyFilterProxyModel::setKeyModel(KeyTableModel *model)
{
    beginResetModel();
    if (m_keyModel)
        disconnect(m_keyModel, nullptr, this, nullptr);
    m_keyModel = model;
    QAbstractProxyModel::setSourceModel(model);
    rebuildAll();
    endResetModel();
    if (!model)
        return;
    // As QAbstractProxyModel does: a source that goes away (in practice, with the window that
    // owns both) is forgotten without signals, which would reach views being destroyed too.
    connect(model, &QObject::destroyed, this, [this] {
        m_keyModel = nullptr;
        rebuildAll();
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &KeyFilterProxyModel::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, &KeyFilterProxyModel::sourceReset);
    connect(model, &QAbstractItemModel::dataChanged, this, &KeyFilterProxyModel::sourceDataChanged);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { beginLayoutChange(NoLayoutChangeHint); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { beginLayoutChange(NoLayoutChangeHint); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
    // The key model never reorders itself; were it to, starting over is the safe answer.
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &KeyFilterProxyModel::beginResetModel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &KeyFilterProxyModel::sourceReset);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
}

void KeyFilterProxyModel::setFilter(const KeyFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    if (!m_keyModel || m_keyModel->rowCount() == 0) {
        m_filter = filter;
        return;
    }
    rememberDecisions();
    const std::vector<char> before = m_shown;
    m_filter = filter;
    if (!recallDecisions(filter))
        decideRows(0, m_keyModel->rowCount() - 1, narrowing);
    // When the new filter shows exactly the rows already shown (the first letter typed often
    // matches every key), there is nothing to announce.
    if (m_shown == before)
        return;
    beginLayoutChange(NoLayoutChangeHint);
    mapShownRows();
    endLayoutChange(NoLayoutChangeHint);
}

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (!m_keyModel) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    beginLayoutChange(VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    sortAllRows();
    mapShownRows();
    endLayoutChange(VerticalSortHint);
}

void KeyFilterProxyModel::retranslate()
{
    if (columnCount() == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QStringList KeyFilterProxyModel::keyIds(const QModelIndexList &proxyIndexes) const
{
    // A row selection holds one index per column; each key is named once, in row order.
    QStringList ids;
    if (!m_keyModel)
        return ids;
    std::vector<char> seen(size_t(m_keyModel->rowCount()), 0);
    for (const QModelIndex &index : proxyIndexes) {
        const QModelIndex source = mapToSource(index);
        if (!source.isValid() || seen[size_t(source.row())])
            continue;
        seen[size_t(source.row())] = 1;
        ids.append(m_keyModel->key(source.row()).id);
    }
    return ids;
}

void KeyFilterProxyModel::rememberDecisions()
{
    const auto known =
        std::find_if(m_recentDecisions.begin(), m_recentDecisions.end(),
                     [this](const auto &recent) { return recent.filter == m_filter; });
    if (known != m_recentDecisions.end())
        m_recentDecisions.erase(known);
    m_recentDecisions.insert(m_recentDecisions.begin(), {m_filter, m_shown});
    if (m_recentDecisions.size() > RecentDecisionsKept)
        m_recentDecisions.pop_back();
}

bool KeyFilterProxyModel::recallDecisions(const KeyFilter &filter)
{
    const auto known =
        std::find_if(m_recentDecisions.begin(), m_recentDecisions.end(),
                     [&filter](const auto &recent) { return recent.filter == filter; });
    if (known == m_recentDecisions.end())
        return false;
    m_shown = known->shown;
    return true;
}

bool KeyFilterProxyModel::accepts(int sourceRow) const
{
    return m_filter.accepts(m_keyModel->key(sourceRow), m_keyModel->searchableText(sourceRow),
                            m_keyModel->nowSeconds());
}

bool KeyFilterProxyModel::comesBefore(int leftSourceRow, int rightSourceRow) const
{
    // Every column's order is total (ties fall back to the name, then the ID), so descending
    // is exactly ascending reversed.
    return m_sortOrder == Qt::AscendingOrder
               ? m_keyModel->lessThan(m_sortColumn, leftSourceRow, rightSourceRow)
               : m_keyModel->lessThan(m_sortColumn, rightSourceRow, leftSourceRow);
}

bool KeyFilterProxyModel::decideRows(int first, int last, bool narrowing)
{
    std::atomic<bool> changed = false;
    const auto decide = [this, narrowing, &changed](const RowRange &range) {
        bool any = false;
        for (int row = range.first; row < range.last; ++row) {
            char &shown = m_shown[size_t(row)];
            if (narrowing && !shown)
                continue;
            const char now = accepts(row) ? 1 : 0;
            any = any || now != shown;
            shown = now;
        }
        if (any)
            changed = true;
    };
    const int rows = last - first + 1;
    if (rows < ParallelThreshold) {
        decide({first, last + 1});
    } else {
        const int chunks = std::max(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
        QList<RowRange> ranges;
        const int step = (rows + chunks - 1) / chunks;
        for (int begin = first; begin <= last; begin += step)
            ranges.append({begin, std::min(last + 1, begin + step)});
        QtConcurrent::blockingMap(ranges, decide);
    }
    return changed;
}

void KeyFilterProxyModel::sortAllRows()
{
    const int rows = m_keyModel ? m_keyModel->rowCount() : 0;
    m_order.resize(size_t(rows));
    if (m_sortColumn == KeyTableModel::NameColumn) {
        // The model ranks the names once per change: the order is the ranks inverted.
        for (int row = 0; row < rows; ++row)
            m_order[size_t(m_keyModel->nameRank(row))] = row;
    } else {
        std::iota(m_order.begin(), m_order.end(), 0);
        if (m_sortColumn >= 0 && m_sortColumn < KeyTableModel::ColumnCount) {
            const int column = m_sortColumn;
            std::sort(m_order.begin(), m_order.end(), [this, column](int left, int right) {
                return m_keyModel->lessThan(column, left, right);
            });
        }
    }
    if (m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());
    notePlacesInOrder();
}

void KeyFilterProxyModel::reorderRows(const std::vector<int> &rows)
{
    if (m_sortColumn < 0)
        return;
    if (rows.size() > ReorderOneByOneLimit) {
        sortAllRows();
        return;
    }
    std::vector<char> moving(m_order.size(), 0);
    for (const int row : rows)
        moving[size_t(row)] = 1;
    // What is left is still in order: a change to some rows does not change how the others
    // compare among themselves.
    std::erase_if(m_order, [&moving](int row) { return moving[size_t(row)] != 0; });
    for (const int row : rows) {
        const auto place =
            std::lower_bound(m_order.begin(), m_order.end(), row, [this](int inOrder, int changed) {
                return comesBefore(inOrder, changed);
            });
        m_order.insert(place, row);
    }
    notePlacesInOrder();
}

void KeyFilterProxyModel::notePlacesInOrder()
{
    m_placeInOrder.resize(m_order.size());
    for (size_t place = 0; place < m_order.size(); ++place)
        m_placeInOrder[size_t(m_order[place])] = int(place);
}

void KeyFilterProxyModel::mapShownRows()
{
    m_proxyToSource.clear();
    m_sourceToProxy.assign(m_order.size(), -1);
    for (const int row : m_order) {
        if (m_shown[size_t(row)]) {
            m_sourceToProxy[size_t(row)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(row);
        }
    }
}

void KeyFilterProxyModel::rebuildAll()
{
    forgetRecentDecisions();
    const int rows = m_keyModel ? m_keyModel->rowCount() : 0;
    m_shown.assign(size_t(rows), 1);
    if (rows > 0)
        decideRows(0, rows - 1, false);
    sortAllRows();
    mapShownRows();
}

void KeyFilterProxyModel::beginLayoutChange(LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    m_saved.indexes = persistentIndexList();
    m_saved.sourceRows.clear();
    m_saved.sourceRows.reserve(size_t(m_saved.indexes.size()));
    for (const QModelIndex &index : std::as_const(m_saved.indexes))
        m_saved.sourceRows.push_back(m_proxyToSource[size_t(index.row())]);
}

void KeyFilterProxyModel::endLayoutChange(LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_saved.indexes.size());
    for (qsizetype i = 0; i < m_saved.indexes.size(); ++i) {
        const int source = m_saved.sourceRows[size_t(i)];
        const int row = source >= 0 ? m_sourceToProxy[size_t(source)] : -1;
        moved.append(row >= 0 ? index(row, m_saved.indexes[i].column()) : QModelIndex());
    }
    changePersistentIndexList(m_saved.indexes, moved);
    m_saved = {};
    Q_EMIT layoutChanged({}, hint);
}

void KeyFilterProxyModel::sourceReset()
{
    rebuildAll();
    endResetModel();
}

void KeyFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    forgetRecentDecisions();
    const bool visibilityChanged = decideRows(first, last, false);

    // A changed row out of place among its neighbours has to move.
    std::vector<int> misplaced;
    if (m_sortColumn >= 0) {
        for (int row = first; row <= last; ++row) {
            const size_t place = size_t(m_placeInOrder[size_t(row)]);
            if ((place > 0 && comesBefore(row, m_order[place - 1])) ||
                (place + 1 < m_order.size() && comesBefore(m_order[place + 1], row)))
                misplaced.push_back(row);
        }
    }
    if (visibilityChanged || !misplaced.empty()) {
        const auto hint = misplaced.empty() ? NoLayoutChangeHint : VerticalSortHint;
        beginLayoutChange(hint);
        if (!misplaced.empty()) {
            // Moving one row can leave its old neighbours in place; moving all that changed
            // is what keeps the order whole.
            std::vector<int> changed(static_cast<size_t>(last - first + 1));
            std::iota(changed.begin(), changed.end(), first);
            reorderRows(changed);
        }
        mapShownRows();
        endLayoutChange(hint);
    }

    // The rows that are shown changed their data, wherever they are now.
    int top = INT_MAX;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int shownAt = m_sourceToProxy[size_t(row)];
        if (shownAt >= 0) {
            top = std::min(top, shownAt);
            bottom = std::max(bottom, shownAt);
        }
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()),
                           roles);
}

void KeyFilterProxyModel::sourceRowsInserted(int first, int last)
{
    forgetRecentDecisions();
    const int count = last - first + 1;
    for (int &row : m_order)
        row += row >= first ? count : 0;
    for (int &row : m_saved.sourceRows)
        row += row >= first ? count : 0;
    m_shown.insert(m_shown.begin() + first, size_t(count), 1);
    decideRows(first, last, false);
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    if (m_sortColumn < 0 || added.size() > ReorderOneByOneLimit) {
        sortAllRows();
    } else {
        for (const int row : added) {
            const auto place = std::lower_bound(
                m_order.begin(), m_order.end(), row,
                [this](int inOrder, int newRow) { return comesBefore(inOrder, newRow); });
            m_order.insert(place, row);
        }
        notePlacesInOrder();
    }
    mapShownRows();
    endLayoutChange(NoLayoutChangeHint);
}

void KeyFilterProxyModel::sourceRowsRemoved(int first, int last)
{
    forgetRecentDecisions();
    const int count = last - first + 1;
    const auto renumber = [first, last, count](int row) {
        if (row < first)
            return row;
        return row > last ? row - count : -1;
    };
    std::vector<int> order;
    order.reserve(m_order.size() - size_t(count));
    for (const int row : m_order) {
        if (const int kept = renumber(row); kept >= 0)
            order.push_back(kept);
    }
    m_order = std::move(order);
    for (int &row : m_saved.sourceRows)
        row = row >= 0 ? renumber(row) : row;
    m_shown.erase(m_shown.begin() + first, m_shown.begin() + last + 1);
    notePlacesInOrder();
    mapShownRows();
    endLayoutChange(NoLayoutChangeHint);
}

QModelIndex KeyFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex KeyFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex KeyFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int KeyFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int KeyFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_keyModel ? 0 : m_keyModel->columnCount();
}

bool KeyFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant KeyFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_keyModel)
        return {};
    // Columns are the model's own; QAbstractProxyModel would look them up through row 0,
    // which an empty table does not have.
    if (orientation == Qt::Horizontal || section < 0 || section >= rowCount())
        return m_keyModel->headerData(section, orientation, role);
    return m_keyModel->headerData(m_proxyToSource[size_t(section)], orientation, role);
}

QModelIndex KeyFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_keyModel || proxyIndex.model() != this)
        return {};
    return m_keyModel->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex KeyFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_keyModel || sourceIndex.model() != m_keyModel)
        return {};
    const size_t row = size_t(sourceIndex.row());
    if (row >= m_sourceToProxy.size() || m_sourceToProxy[row] < 0)
        return {};
    return index(m_sourceToProxy[row], sourceIndex.column());
}

} // namespace descope
