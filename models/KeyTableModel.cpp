#include "KeyTableModel.h"

#include "AllocatorTuning.h"
#include "KeyFilter.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>
#include <mutex>
#include <numeric>
#include <optional>
#include <utility>

namespace descope {

namespace {

// The collator for names: numeric so that "key-9" sorts before "key-10". A QCollator is
// reentrant, not thread-safe: each thread that ranks names makes its own.
QCollator makeNameCollator()
{
    // Qt collates the C locale (LANG=C.UTF-8 in containers and CI) by code point, without
    // numeric mode; English rules are the closest neutral order that keeps it.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    QCollator collator{locale};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

QCollator &nameCollator()
{
    static QCollator collator = makeNameCollator();
    return collator;
}

// Runs `work(first, last)` over [0, count) in chunks, on the thread pool when there is enough.
template <typename Work>
void inChunks(size_t count, Work work)
{
    constexpr size_t ParallelThreshold = 8'000;
    if (count < ParallelThreshold) {
        work(size_t(0), count);
        return;
    }
    const size_t chunks = size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount()));
    const size_t step = (count + chunks - 1) / chunks;
    QList<std::pair<size_t, size_t>> ranges;
    for (size_t first = 0; first < count; first += step)
        ranges.append({first, std::min(count, first + step)});
    QtConcurrent::blockingMap(ranges, [&work](const std::pair<size_t, size_t> &range) {
        work(range.first, range.second);
    });
}

// Row numbers as ascending runs of neighbours, [first, last] each, duplicates dropped.
QList<std::pair<int, int>> contiguousRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> runs;
    for (const int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

} // namespace

KeyTableModel::KeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowSeconds(QDateTime::currentSecsSinceEpoch())
{}

KeyTableModel::~KeyTableModel() = default;

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

KeyTableModel::Row KeyTableModel::makeRow(AccessKey key) const
{
    Row row{std::move(key), {}};
    row.searchableText = KeyFilter::searchableText(row.key);
    updateTimeState(row);
    row.activity = activityOfKey(row.key.id);
    return row;
}

void KeyTableModel::prepareRows(size_t first)
{
    inChunks(m_rows.size() - first, [this, first](size_t begin, size_t end) {
        for (size_t i = first + begin; i < first + end; ++i) {
            Row &row = m_rows[i];
            row.searchableText = KeyFilter::searchableText(row.key);
            updateTimeState(row);
            row.activity = activityOfKey(row.key.id);
        }
    });
}

void KeyTableModel::setKeys(QList<AccessKey> keys)
{
    setKeys(std::move(keys), QDateTime::fromSecsSinceEpoch(m_nowSeconds));
}

void KeyTableModel::setKeys(QList<AccessKey> keys, const QDateTime &now)
{
    beginResetModel();
    m_nowSeconds = now.toSecsSinceEpoch();
    std::vector<Row> previous = std::exchange(m_rows, {});
    m_rows.reserve(size_t(keys.size()));
    if (keys.isDetached()) {
        for (AccessKey &key : keys)
            m_rows.push_back(Row{std::move(key), {}});
    } else {
        // Moving out of a list still shared (with the caller) would first copy all of it
        // (28 MB for 100,000 keys); a copied key shares its strings.
        for (const AccessKey &key : std::as_const(keys))
            m_rows.push_back(Row{key, {}});
    }
    keys = {}; // the list goes before the names are ranked, which takes room of its own
    prepareRows(0);
    rankNames();
    m_rowOfKey.clear();
    rebuildIndexFrom(0);
    endResetModel();
    releaseInBackground(std::move(previous));
}

void KeyTableModel::releaseInBackground(std::vector<Row> rows)
{
    if (rows.empty())
        return;
    // Freeing 100,000 keys takes longer than building the table that replaces them; nothing
    // refers to them any more, so another thread frees them while the new table is shown.
    (void)QtConcurrent::run([rows = std::move(rows)]() mutable {
        rows = {};
        releaseFreedMemory();
    });
}

void KeyTableModel::clear()
{
    setKeys({});
}

void KeyTableModel::updateKeys(const QList<AccessKey> &keys)
{
    QList<int> changedRows;
    QList<AccessKey> added;
    bool renamed = false;
    for (const AccessKey &key : keys) {
        const int row = rowOfKey(key.id);
        if (row < 0) {
            added.append(key);
            continue;
        }
        renamed = renamed || m_rows[size_t(row)].key.name != key.name;
        m_rows[size_t(row)] = makeRow(key);
        changedRows.append(row);
    }
    // Ranks first: the proxy re-sorts the changed rows as soon as it hears of them.
    if (renamed)
        placeNames(changedRows);
    emitChangedRows(std::move(changedRows));

    // A key that appears twice in `keys` is added once, with its last state.
    QHash<QString, int> lastOccurrence;
    for (int i = 0; i < added.size(); ++i)
        lastOccurrence.insert(added[i].id, i);
    QList<AccessKey> unique;
    for (int i = 0; i < added.size(); ++i) {
        if (lastOccurrence.value(added[i].id) == i)
            unique.append(added[i]);
    }
    if (unique.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(unique.size()) - 1);
    for (AccessKey &key : unique)
        m_rows.push_back(Row{std::move(key), {}});
    prepareRows(size_t(first));
    QList<int> addedRows(unique.size());
    std::iota(addedRows.begin(), addedRows.end(), first);
    placeNames(addedRows);
    rebuildIndexFrom(first);
    endInsertRows();
}

void KeyTableModel::removeKeys(const QStringList &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOfKey(id);
        if (row >= 0)
            rows.append(row);
    }
    const QList<std::pair<int, int>> runs = contiguousRuns(std::move(rows));
    if (runs.isEmpty())
        return;
    for (const auto &[firstRow, lastRow] : runs) {
        for (int row = firstRow; row <= lastRow; ++row)
            m_rowOfKey.remove(m_rows[size_t(row)].key.id);
    }
    // Remove the runs from the bottom up, so the rows above keep their numbers.
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        const auto [firstRow, lastRow] = *run;
        beginRemoveRows({}, firstRow, lastRow);
        m_rows.erase(m_rows.begin() + firstRow, m_rows.begin() + lastRow + 1);
        // Listeners of the last removal find every key where it is; those of the earlier ones
        // may find moved keys missing (rowOfKey() checks), never at a wrong row.
        if (std::next(run) == runs.crend())
            rebuildIndexFrom(firstRow);
        // The others keep their order by name; their ranks close up over the gap.
        const int count = lastRow - firstRow + 1;
        std::erase_if(m_rowsByName,
                      [firstRow, lastRow](int row) { return row >= firstRow && row <= lastRow; });
        for (int &row : m_rowsByName)
            row -= row > lastRow ? count : 0;
        noteRanks();
        endRemoveRows();
    }
}

int KeyTableModel::rowOfKey(const QString &id) const
{
    const int row = m_rowOfKey.value(id, -1);
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].key.id != id)
        return -1;
    return row;
}

QList<AccessKey> KeyTableModel::keys() const
{
    QList<AccessKey> result;
    result.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        result.append(row.key);
    return result;
}

void KeyTableModel::rebuildIndexFrom(int firstRow)
{
    m_rowOfKey.reserve(qsizetype(m_rows.size()));
    for (int row = firstRow; row < int(m_rows.size()); ++row)
        m_rowOfKey.insert(m_rows[size_t(row)].key.id, row);
}

void KeyTableModel::rankNames()
{
    // Sort keys make the comparisons of a full sort cheap; they are dropped once ranked.
    std::vector<std::optional<QCollatorSortKey>> sortKeys(m_rows.size());
    inChunks(m_rows.size(), [this, &sortKeys](size_t first, size_t last) {
        const QCollator collator = makeNameCollator();
        for (size_t row = first; row < last; ++row)
            sortKeys[row] = collator.sortKey(m_rows[row].key.name);
    });
    const auto less = [&](int left, int right) {
        const int byCollation = sortKeys[size_t(left)]->compare(*sortKeys[size_t(right)]);
        if (byCollation != 0)
            return byCollation < 0;
        const Row &a = m_rows[size_t(left)];
        const Row &b = m_rows[size_t(right)];
        // Equal under the collator (e.g. only case differs): keep a total order.
        if (const int byCodePoint = a.key.name.compare(b.key.name); byCodePoint != 0)
            return byCodePoint < 0;
        return a.key.id < b.key.id;
    };
    m_rowsByName.resize(m_rows.size());
    std::iota(m_rowsByName.begin(), m_rowsByName.end(), 0);
    // Each chunk sorted on its own thread, then the sorted runs merged.
    std::vector<size_t> runEnds;
    std::mutex runEndsMutex;
    inChunks(m_rowsByName.size(), [&](size_t first, size_t last) {
        std::sort(m_rowsByName.begin() + qsizetype(first), m_rowsByName.begin() + qsizetype(last),
                  less);
        const std::lock_guard lock(runEndsMutex);
        runEnds.push_back(last);
    });
    std::sort(runEnds.begin(), runEnds.end());
    for (size_t run = 1; run < runEnds.size(); ++run)
        std::inplace_merge(m_rowsByName.begin(), m_rowsByName.begin() + qsizetype(runEnds[run - 1]),
                           m_rowsByName.begin() + qsizetype(runEnds[run]), less);
    noteRanks();
}

bool KeyTableModel::nameLess(int leftRow, int rightRow) const
{
    const AccessKey &a = m_rows[size_t(leftRow)].key;
    const AccessKey &b = m_rows[size_t(rightRow)].key;
    if (const int byCollation = nameCollator().compare(a.name, b.name); byCollation != 0)
        return byCollation < 0;
    if (const int byCodePoint = a.name.compare(b.name); byCodePoint != 0)
        return byCodePoint < 0;
    return a.id < b.id;
}

void KeyTableModel::placeNames(const QList<int> &rows)
{
    // Many rows at once are ranked again from scratch; a few are placed by binary search.
    if (rows.size() > 256 || m_rowsByName.size() + size_t(rows.size()) < m_rows.size()) {
        rankNames();
        return;
    }
    std::vector<char> moving(m_rows.size(), 0);
    for (const int row : rows)
        moving[size_t(row)] = 1;
    std::erase_if(m_rowsByName, [&moving](int row) { return moving[size_t(row)] != 0; });
    for (const int row : rows) {
        if (!moving[size_t(row)])
            continue; // named twice
        moving[size_t(row)] = 0;
        const auto place =
            std::lower_bound(m_rowsByName.begin(), m_rowsByName.end(), row,
                             [this](int ranked, int placed) { return nameLess(ranked, placed); });
        m_rowsByName.insert(place, row);
    }
    noteRanks();
}

void KeyTableModel::noteRanks()
{
    m_nameRanks.resize(m_rows.size());
    for (size_t rank = 0; rank < m_rowsByName.size(); ++rank)
        m_nameRanks[size_t(m_rowsByName[rank])] = int(rank);
}

void KeyTableModel::updateTimeState(Row &row) const
{
    row.status = deriveKeyStatus(row.key.active, row.key.expireTime, m_nowSeconds);
    row.expiringSoon = expiresWithin(row.key.expireTime, m_nowSeconds, m_expiringSoonDays);
}

void KeyTableModel::emitChangedRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    // When most rows changed, one signal over them all is cheaper for the views than many.
    if (rows.size() * 2 > qsizetype(m_rows.size())) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (const auto &[firstRow, lastRow] : contiguousRuns(std::move(rows)))
        Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

void KeyTableModel::setNow(const QDateTime &now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    if (seconds == m_nowSeconds)
        return;
    m_nowSeconds = seconds;
    timeColumnsChanged();
}

void KeyTableModel::setExpiringSoonDays(int days)
{
    if (days == m_expiringSoonDays)
        return;
    m_expiringSoonDays = std::max(0, days);
    timeColumnsChanged();
}

void KeyTableModel::timeColumnsChanged()
{
    if (m_rows.empty())
        return;
    // The time shows in the status and expiry columns of every row; the whole row changes
    // (its colour) only where the status or the "expiring soon" mark flipped.
    static_assert(StatusColumn + 1 == ExpiresColumn);
    Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, ExpiresColumn));
    QList<int> flipped;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row &entry = m_rows[size_t(row)];
        const KeyStatus status = entry.status;
        const bool soon = entry.expiringSoon;
        updateTimeState(entry);
        if (entry.status != status || entry.expiringSoon != soon)
            flipped.append(row);
    }
    emitChangedRows(std::move(flipped));
}

int KeyTableModel::expiringSoonCount() const
{
    int count = 0;
    for (int row = 0; row < int(m_rows.size()); ++row)
        count += isExpiringSoon(row) ? 1 : 0;
    return count;
}

} // namespace descope
