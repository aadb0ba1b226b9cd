#pragma once

#include "AccessKey.h"
#include "KeyActivity.h"
#include "KeyStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <vector>

namespace descope {

// The project's access keys, one row each. DisplayRole is formatted, translated text;
// SortRole holds the raw value a column sorts by (seconds, counts, booleans, text).
//
// Only a full reload resets the model. After an action on some keys, updateKeys() and
// removeKeys() touch just those rows, found through a key-ID-to-row index.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ExpiresColumn,
        CreatedColumn,
        CreatedByColumn,
        RolesColumn,
        TenantsColumn,
        BoundUserColumn,
        DescriptionColumn,
        PermittedIpsColumn,
        KeyIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        KeyIdRole,        // QString, on every column
        StatusRole,       // KeyStatus as int, on every column
        ExpiringSoonRole, // bool, on every column
        BusyRole,         // KeyActivity as int, on every column: 0 (None) unless a call about
                          // the key is in flight
    };
    Q_ENUM(Role)

    static constexpr int DefaultExpiringSoonDays = 14;

    explicit KeyTableModel(QObject *parent = nullptr);
    ~KeyTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A full reload: the only call that resets the model. With `now`, the clock moves inside
    // the reset instead of announcing a change to rows that are about to go.
    void setKeys(QList<AccessKey> keys);
    void setKeys(QList<AccessKey> keys, const QDateTime &now);
    // Replaces the keys already shown (rows change in place) and appends the others.
    void updateKeys(const QList<AccessKey> &keys);
    // Removes the rows of these keys; unknown IDs are ignored.
    void removeKeys(const QStringList &ids);
    void clear();

    const AccessKey &key(int row) const { return m_rows[size_t(row)].key; }
    // -1 when the key is not shown.
    int rowOfKey(const QString &id) const;
    QList<AccessKey> keys() const;

    // The folded text KeyFilter searches, computed once per key.
    const QByteArray &searchableText(int row) const { return m_rows[size_t(row)].searchableText; }
    // Natural (numeric-aware), locale-aware name order. Every row holds its name's rank in that
    // order, so a comparison while sorting is two integers, not two collation keys.
    int compareNames(int leftRow, int rightRow) const;
    // The row's place in name order, from 0: every row has its own.
    int nameRank(int row) const { return m_nameRanks[size_t(row)]; }
    // The order SortRole gives, without building QVariants: what the proxy sorts with.
    bool lessThan(int column, int leftRow, int rightRow) const;

    // The time statuses and relative expiries are computed against. The window moves it on
    // every minute; tests pin it.
    qint64 nowSeconds() const { return m_nowSeconds; }
    void setNow(const QDateTime &now);
    // Keys that expire within this many days (and have not yet) stand out.
    int expiringSoonDays() const { return m_expiringSoonDays; }
    void setExpiringSoonDays(int days);

    // What is being done to these keys while a call about them is in flight; None when the
    // answer has come. Kept by key ID, so a reload that runs meanwhile keeps it. The status
    // cell reads e.g. "Deactivating…" in italics.
    void setActivity(const QStringList &ids, KeyActivity activity);
    KeyActivity activity(int row) const { return m_rows[size_t(row)].activity; }
    KeyActivity activityOfKey(const QString &id) const;
    int busyKeyCount() const { return int(m_activities.size()); }

    KeyStatus status(int row) const { return m_rows[size_t(row)].status; }
    bool isExpiringSoon(int row) const { return m_rows[size_t(row)].expiringSoon; }
    int expiringSoonCount() const;

private:
    struct Row
    {
        AccessKey key;
        QByteArray searchableText;
        // Derived from the key and the model's clock, kept current by updateTimeState(): the
        // views read them often, and a clock tick compares them to tell which rows changed.
        KeyStatus status = KeyStatus::Active;
        bool expiringSoon = false;
        // A copy of m_activities' entry, where the views and selection counts read it fast.
        KeyActivity activity = KeyActivity::None;
    };

    Row makeRow(AccessKey key) const;
    static void releaseInBackground(std::vector<Row> rows);
    // Fills in what each row derives from its key, on several threads for many rows.
    void prepareRows(size_t first);
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    void rebuildIndexFrom(int firstRow);
    // Ranks every name from scratch, or places just these rows (renamed or new) among the
    // others, which keep their order.
    void rankNames();
    void placeNames(const QList<int> &rows);
    bool nameLess(int leftRow, int rightRow) const;
    void noteRanks();
    void updateTimeState(Row &row) const;
    void emitChangedRows(QList<int> rows);
    // The columns whose text depends on the current time.
    void timeColumnsChanged();

    std::vector<Row> m_rows;
    // Each row's place in name order, kept apart from the rows: sorting reads it millions of
    // times, and a small contiguous array stays in the cache where the rows do not.
    std::vector<int> m_nameRanks;
    std::vector<int> m_rowsByName; // the inverse: the row at each rank
    QHash<QString, int> m_rowOfKey;
    QHash<QString, KeyActivity> m_activities; // by key ID, shown or not
    qint64 m_nowSeconds;
    int m_expiringSoonDays = DefaultExpiringSoonDays;
};

} // namespace descope
