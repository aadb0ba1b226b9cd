#pragma once

#include "KeyFilter.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace descope {

class KeyTableModel;

// Sorts and filters a KeyTableModel. The rules live in KeyFilter; this class only applies them,
// with the model's precomputed search text and name ranks so that a keystroke and a sort stay
// fast with 100,000 keys.
class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit KeyFilterProxyModel(QObject *parent = nullptr);

    void setKeyModel(KeyTableModel *model);
    KeyTableModel *keyModel() const { return m_keyModel; }

    const KeyFilter &filter() const { return m_filter; }
    void setFilter(const KeyFilter &filter);

    // The key IDs of proxy rows, e.g. the selection, captured before anything changes.
    QStringList keyIds(const QModelIndexList &proxyIndexes) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    using QSortFilterProxyModel::setSourceModel; // setKeyModel() is the way in

    bool accepts(int sourceRow) const;
    // Decides every row for the current filter at once, spread over the cores; when the filter
    // only narrows, rows hidden before stay hidden without a test.
    void decideAllRows(bool narrowing);
    void forgetDecisions() { m_decisionsValid = false; }

    KeyTableModel *m_keyModel = nullptr;
    KeyFilter m_filter;
    // One entry per source row: whether the current filter shows it. Valid while no row has
    // been inserted, removed or reset since it was filled.
    mutable std::vector<char> m_shown;
    bool m_decisionsValid = false;
    // True only while a filter change re-maps the rows, which then read m_shown.
    bool m_usingDecisions = false;
};

} // namespace descope
