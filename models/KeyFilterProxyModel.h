#pragma once

#include "KeyFilter.h"

#include <QSortFilterProxyModel>

namespace descope {

class KeyTableModel;

// Sorts and filters a KeyTableModel. The rules live in KeyFilter; this class only applies them,
// with the model's precomputed search text and name collation keys so that a keystroke and a
// sort stay fast with 100,000 keys.
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

    KeyTableModel *m_keyModel = nullptr;
    KeyFilter m_filter;
};

} // namespace descope
