#include "KeyTableView.h"

#include "KeyActivity.h"
#include "KeyFilterProxyModel.h"
#include "KeyStatus.h"
#include "KeyTableModel.h"
#include "KeyTimeFormat.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

#include <algorithm>
#include <utility>

namespace descope {

namespace {

// Columns a first run hides: useful, but wide or rarely needed at a glance.
constexpr KeyTableModel::Column HiddenByDefault[] = {
    KeyTableModel::BoundUserColumn,
    KeyTableModel::DescriptionColumn,
    KeyTableModel::PermittedIpsColumn,
    KeyTableModel::KeyIdColumn,
};

// However long the first keys' names and creators are, their columns start no wider than this.
constexpr int MaxNameChars = 56;
constexpr int MaxCreatorChars = 40;

// What the Expires column can say, at the widest counts of each unit (and a few small ones,
// whose plural forms are longer in some languages).
QStringList expiryTexts()
{
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList texts = {formatExpiry(0, now), formatExpiry(now + 30, now),
                         formatExpiry(now - 30, now)};
    const qint64 spans[] = {Minute,    2 * Minute,    5 * Minute,    59 * Minute, Hour,
                            2 * Hour,  5 * Hour,      47 * Hour,     2 * Day,     5 * Day,
                            11 * Day,  59 * Day,      60 * Day,      150 * Day,   729 * Day,
                            730 * Day, 5 * 365 * Day, 99 * 365 * Day};
    for (const qint64 span : spans) {
        texts.append(formatExpiry(now + span + 1, now));
        texts.append(formatExpiry(now - span - 1, now));
    }
    return texts;
}

// Creation dates as the Created column shows them, with two-digit days and months.
QStringList createdTexts()
{
    QStringList texts;
    for (const QDate date : {QDate(2028, 12, 28), QDate(2028, 9, 30), QDate(2028, 11, 22)})
        texts.append(QLocale().toString(date, QLocale::ShortFormat));
    return texts;
}

} // namespace

KeyTableView::KeyTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("keyTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Fixed rows keep a 100,000-row table cheap to lay out and scroll.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &KeyTableView::showHeaderMenu);
}

void KeyTableView::setKeyModel(KeyFilterProxyModel *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyTableView::selectedKeysChanged);
    // Qt keeps no rows of a selection that covers the whole table across a layout change, and
    // loses it when the change alters the row count: typing in the search field with every key
    // selected would clear the selection. The rows are noted here, after Qt has looked.
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &KeyTableView::noteWholeTableSelection);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &KeyTableView::reselectWholeTableRows);
    // Rows that leave the filter leave the selection without a selectionChanged.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &KeyTableView::selectedKeysChanged);
    // A reload resets the model; the same keys stay selected and current across it.
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keysToReselect = selectedKeyIds();
        m_currentKeyId = currentIndex().data(KeyTableModel::KeyIdRole).toString();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keysToReselect.isEmpty())
            selectKeys(std::exchange(m_keysToReselect, {}));
        if (const QString id = std::exchange(m_currentKeyId, {}); !id.isEmpty())
            setCurrentKey(id);
        Q_EMIT selectedKeysChanged();
    });
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &KeyTableView::selectedKeysChanged);
    connect(proxy, &QAbstractItemModel::modelReset, this, &KeyTableView::fitColumnsToKeys);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &KeyTableView::fitColumnsToKeys);
    applyDefaultLayout();
}

QStringList KeyTableView::selectedKeyIds() const
{
    if (!m_proxy)
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return m_proxy->keyIds(rows);
}

int KeyTableView::selectedKeyCount() const
{
    return selectionSummary().keys;
}

KeySelectionSummary KeyTableView::selectionSummary() const
{
    return m_proxy ? summarizeSelection(*m_proxy, selectionModel()->selection())
                   : KeySelectionSummary();
}

int KeyTableView::selectKeys(const QStringList &ids)
{
    if (!m_proxy)
        return 0;
    QItemSelection selection;
    for (const QString &id : ids) {
        const int sourceRow = m_proxy->keyModel()->rowOfKey(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_proxy->keyModel()->index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
    return int(selection.size());
}

bool KeyTableView::wholeTableSelected() const
{
    const QItemSelection selection = selectionModel()->selection();
    if (selection.size() != 1 || m_proxy->rowCount() == 0)
        return false;
    const QItemSelectionRange &range = selection.first();
    return range.top() == 0 && range.bottom() == m_proxy->rowCount() - 1 && range.left() == 0 &&
           range.right() == m_proxy->columnCount() - 1;
}

void KeyTableView::noteWholeTableSelection()
{
    m_wholeTable.reset();
    if (!m_proxy || !wholeTableSelected())
        return;
    // Which key model rows the selection holds: every row shown now.
    WholeTableSelection noted;
    noted.sourceRowCount = m_proxy->keyModel()->rowCount();
    noted.selected.assign(size_t(noted.sourceRowCount), 0);
    for (const int sourceRow : m_proxy->shownSourceRows())
        noted.selected[size_t(sourceRow)] = 1;
    m_wholeTable = std::move(noted);
}

void KeyTableView::reselectWholeTableRows()
{
    const std::optional<WholeTableSelection> noted = std::exchange(m_wholeTable, std::nullopt);
    // Rows removed from the key model renumber the others: the noted numbers no longer name
    // the same keys, and selecting by them could select keys that were not. The selection is
    // left as Qt leaves it: none, rather than the wrong keys.
    if (!noted || m_proxy->keyModel()->rowCount() < noted->sourceRowCount)
        return;
    // The shown rows that were selected; rows new to the key model (appended) were not.
    const std::vector<int> &shown = m_proxy->shownSourceRows();
    std::vector<int> rows;
    rows.reserve(shown.size());
    for (size_t row = 0; row < shown.size(); ++row) {
        const size_t sourceRow = size_t(shown[row]);
        if (sourceRow < noted->selected.size() && noted->selected[sourceRow])
            rows.push_back(int(row));
    }
    // The usual keystroke only hides rows: every row shown is still selected, and the whole
    // table is selected again as one range, not as thousands of runs of rows to compare.
    if (!rows.empty() && rows.size() == shown.size()) {
        if (!wholeTableSelected())
            selectionModel()->select(
                QItemSelection(m_proxy->index(0, 0),
                               m_proxy->index(m_proxy->rowCount() - 1, m_proxy->columnCount() - 1)),
                QItemSelectionModel::ClearAndSelect);
        return;
    }
    // Otherwise (rows came back, or new keys appeared) one range for each run of adjacent
    // selected rows; the rows that were not selected stay so.
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (size_t first = 0; first < rows.size();) {
        size_t last = first;
        while (last + 1 < rows.size() && rows[last + 1] == rows[last] + 1)
            ++last;
        selection.append(QItemSelectionRange(m_proxy->index(rows[first], 0),
                                             m_proxy->index(rows[last], lastColumn)));
        first = last + 1;
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void KeyTableView::setCurrentKey(const QString &id)
{
    const int sourceRow = m_proxy->keyModel()->rowOfKey(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->keyModel()->index(sourceRow, 0));
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

QByteArray KeyTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool KeyTableView::restoreLayout(const QByteArray &layout)
{
    if (layout.isEmpty() || !horizontalHeader()->restoreState(layout))
        return false;
    if (horizontalHeader()->count() != KeyTableModel::ColumnCount) {
        applyDefaultLayout();
        return false;
    }
    m_widthsToFit.clear(); // the user's widths stand
    // The header restores the sort indicator; the proxy must sort to match it.
    sortByColumn(horizontalHeader()->sortIndicatorSection(),
                 horizontalHeader()->sortIndicatorOrder());
    return true;
}

void KeyTableView::resetLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < KeyTableModel::ColumnCount; ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    applyDefaultLayout();
}

void KeyTableView::applyDefaultLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, false);
    for (const KeyTableModel::Column column : HiddenByDefault)
        header->setSectionHidden(column, true);
    // Each column fits its header (with a sort arrow) and, where the words are the console's
    // own, every text it can show in this language; names and lists get a typical width.
    // A key with a call in flight reads what is being done, e.g. "Deactivating…".
    const QStringList statuses = {
        keyStatusName(KeyStatus::Active),           keyStatusName(KeyStatus::Inactive),
        keyStatusName(KeyStatus::Expired),          keyActivityText(KeyActivity::Activating),
        keyActivityText(KeyActivity::Deactivating), keyActivityText(KeyActivity::Rotating),
        keyActivityText(KeyActivity::Deleting),     keyActivityText(KeyActivity::Saving)};
    header->resizeSection(KeyTableModel::NameColumn,
                          columnWidthFor(KeyTableModel::NameColumn, {}, 28));
    header->resizeSection(KeyTableModel::StatusColumn,
                          columnWidthFor(KeyTableModel::StatusColumn, statuses, 0));
    header->resizeSection(KeyTableModel::ExpiresColumn,
                          columnWidthFor(KeyTableModel::ExpiresColumn, expiryTexts(), 0));
    header->resizeSection(KeyTableModel::CreatedColumn,
                          columnWidthFor(KeyTableModel::CreatedColumn, createdTexts(), 0));
    header->resizeSection(KeyTableModel::CreatedByColumn,
                          columnWidthFor(KeyTableModel::CreatedByColumn, {}, 18));
    header->resizeSection(KeyTableModel::RolesColumn,
                          columnWidthFor(KeyTableModel::RolesColumn, {}, 22));
    header->resizeSection(KeyTableModel::TenantsColumn,
                          columnWidthFor(KeyTableModel::TenantsColumn, {}, 22));
    sortByColumn(KeyTableModel::NameColumn, Qt::AscendingOrder);
    m_widthsToFit.clear();
    for (const int column : {int(KeyTableModel::NameColumn), int(KeyTableModel::CreatedByColumn)})
        m_widthsToFit.insert(column, header->sectionSize(column));
    fitColumnsToKeys();
}

int KeyTableView::columnWidthFor(int column, const QStringList &texts, int minimumChars) const
{
    int width = qMax(horizontalHeader()->sectionSizeHint(column),
                     minimumChars * fontMetrics().averageCharWidth());
    // Bold too: the table stresses the expiry of keys that expire soon.
    for (const QString &text : texts)
        width = qMax(width, qMax(textWidth(text, false), textWidth(text, true)));
    return width;
}

int KeyTableView::textWidth(const QString &text, bool bold) const
{
    // As the item delegate measures a cell.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.font.setBold(bold);
    option.fontMetrics = QFontMetrics(option.font);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    return style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).width();
}

void KeyTableView::fitColumnsToKeys()
{
    if (m_widthsToFit.isEmpty() || !m_proxy || m_proxy->rowCount() == 0)
        return;
    const QHash<int, int> widths = std::exchange(m_widthsToFit, {});
    for (auto column = widths.cbegin(); column != widths.cend(); ++column) {
        // Resized by the user in the meantime: that width stands.
        if (columnWidth(column.key()) != column.value())
            continue;
        // Names often differ only at their end (-prod-1, -prod-12), and so do creators: the
        // column starts wide enough for the first keys' (Qt looks at up to 1,000 rows), within
        // reason.
        const int chars =
            column.key() == KeyTableModel::NameColumn ? MaxNameChars : MaxCreatorChars;
        const int fitted =
            qMin(sizeHintForColumn(column.key()), chars * fontMetrics().averageCharWidth());
        if (fitted > column.value())
            horizontalHeader()->resizeSection(column.key(), fitted);
    }
}

void KeyTableView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
        const QString title =
            model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
        QAction *action = menu->addAction(title);
        action->setObjectName(QStringLiteral("columnToggle%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name identifies a row: it always stays.
        action->setEnabled(column != KeyTableModel::NameColumn);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Columns"));
    reset->setObjectName(QStringLiteral("actionResetColumns"));
    connect(reset, &QAction::triggered, this, &KeyTableView::resetLayout);
}

void KeyTableView::changeEvent(QEvent *event)
{
    // The header's titles and the cells' words come from the model, which asks the catalogue
    // only when a view asks it: the view must ask again.
    if (event->type() == QEvent::LanguageChange && m_proxy)
        m_proxy->retranslate();
    QTableView::changeEvent(event);
}

void KeyTableView::showHeaderMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillColumnMenu(menu);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(position));
}

} // namespace descope
