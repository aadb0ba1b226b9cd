#pragma once

#include "KeyFilter.h"

#include <QAbstractProxyModel>

#include <vector>

namespace descope {

class KeyTableModel;

// Sorts and filters a KeyTableModel. The rules live in KeyFilter; this class only applies them.
//
// It keeps every source row in sort order, and the filter's decision for each row, apart. A
// keystroke therefore costs one pass over the decisions and one walk of the sorted order, with
// no comparison; a sort costs one sort of row numbers by the model's precomputed keys. (A
// QSortFilterProxyModel re-sorts every shown row on each change of the filter: 50 ms and more
// with 100,000 keys.) Changes of the filter, the order and the source's rows reach the views as
// layout changes, with persistent indexes (the selection, the current row) carried over.
class KeyFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit KeyFilterProxyModel(QObject *parent = nullptr);

    void setKeyModel(KeyTableModel *model);
    KeyTableModel *keyModel() const { return m_keyModel; }

    const KeyFilter &filter() const { return m_filter; }
    void setFilter(const KeyFilter &filter);

    // -1 until the first sort: the rows then keep the model's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Tells the views that every header and cell text changed: the language did (the texts are
    // translated and the dates formatted when asked for). No row moves.
    void retranslate();

    // The key IDs of proxy rows, e.g. the selection, captured before anything changes.
    QStringList keyIds(const QModelIndexList &proxyIndexes) const;
    // The key model's row of each shown row, in the order shown; and the shown row of a key
    // model's row, or -1. Mapping without indexes, for work over every row.
    const std::vector<int> &shownSourceRows() const { return m_proxyToSource; }
    int shownRowOf(int sourceRow) const
    {
        return sourceRow >= 0 && size_t(sourceRow) < m_sourceToProxy.size()
                   ? m_sourceToProxy[size_t(sourceRow)]
                   : -1;
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    using QAbstractProxyModel::setSourceModel; // setKeyModel() is the way in

    // Persistent proxy indexes with the source row each stood for when a layout change began.
    struct SavedIndexes
    {
        QModelIndexList indexes;
        std::vector<int> sourceRows;
    };

    bool accepts(int sourceRow) const;
    bool comesBefore(int leftSourceRow, int rightSourceRow) const;
    // Decides rows [first, last] for the current filter, spread over the cores when there are
    // many; when the filter only narrows, rows hidden before stay hidden without a test.
    // Returns whether any decision changed.
    bool decideRows(int first, int last, bool narrowing);
    void sortAllRows();
    // Puts these rows, whose sort values changed, back where they belong.
    void reorderRows(const std::vector<int> &rows);
    void notePlacesInOrder();
    // The shown rows: the sorted order with the hidden rows left out.
    void mapShownRows();
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void rebuildAll();

    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);

    KeyTableModel *m_keyModel = nullptr;
    KeyFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Every source row, in sort order, and each source row's place in that order.
    std::vector<int> m_order;
    std::vector<int> m_placeInOrder;
    // Per source row: whether the filter shows it.
    std::vector<char> m_shown;
    // Proxy row -> source row, and source row -> proxy row (-1 when hidden).
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy;
    SavedIndexes m_saved;
    // The decisions of the last few filters, newest first, while no row changes: deleting
    // what was just typed brings back decisions already taken instead of testing every row.
    struct RecentDecisions
    {
        KeyFilter filter;
        std::vector<char> shown;
    };
    std::vector<RecentDecisions> m_recentDecisions;
    void forgetRecentDecisions() { m_recentDecisions.clear(); }
    void rememberDecisions();
    bool recallDecisions(const KeyFilter &filter);
};

} // namespace descope
