#include "JsonTreeWidget.h"

#include "KeyTimeFormat.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QStyledItemDelegate>

#include <cmath>

namespace descope {

namespace {

// The member itself, kept for copying objects and arrays as JSON.
constexpr int JsonValueRole = Qt::UserRole + 1;

QString numberText(const QJsonValue &value)
{
    // Integers print in full: QString::number(double) would switch large ones (such as Unix
    // times) to exponent notation.
    const double number = value.toDouble();
    const qint64 integer = value.toInteger();
    if (double(integer) == number)
        return QString::number(integer);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString valueText(const QJsonValue &value)
{
    // Scalars appear as JSON spells them (not translated): they are data, meant to be copied.
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return JsonTreeWidget::tr("%n item(s)", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return JsonTreeWidget::tr("%n field(s)", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return JsonTreeWidget::tr("string", "JSON type");
    case QJsonValue::Double:
        return JsonTreeWidget::tr("number", "JSON type");
    case QJsonValue::Bool:
        return JsonTreeWidget::tr("boolean", "JSON type");
    case QJsonValue::Null:
        return JsonTreeWidget::tr("null", "JSON type");
    case QJsonValue::Array:
        return JsonTreeWidget::tr("array", "JSON type");
    case QJsonValue::Object:
        return JsonTreeWidget::tr("object", "JSON type");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Shows the date and time of a member holding Unix seconds next to the number.
void annotateTime(QTreeWidgetItem *item, const QJsonValue &value)
{
    if (!value.isDouble() || !isUnixSeconds(value.toDouble()))
        return;
    const auto seconds = qint64(std::floor(value.toDouble()));
    const QString number = item->text(JsonTreeWidget::ValueColumn);
    //: A time claim of a token: %1 is its value in Unix seconds, %2 that time in UTC
    item->setText(JsonTreeWidget::ValueColumn,
                  JsonTreeWidget::tr("%1 · %2").arg(number, formatUtcDateTime(seconds)));
    //: %1 is the value in Unix seconds, %2 that time in the user's time zone
    item->setToolTip(JsonTreeWidget::ValueColumn,
                     JsonTreeWidget::tr("%1 seconds since 1970 (UTC)\nYour time: %2")
                         .arg(number, formatLocalDateTime(seconds)));
}

QTreeWidgetItem *addMember(QTreeWidgetItem *parent, const QString &name, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setText(JsonTreeWidget::NameColumn, name);
    item->setText(JsonTreeWidget::ValueColumn, valueText(value));
    item->setToolTip(JsonTreeWidget::ValueColumn, item->text(JsonTreeWidget::ValueColumn));
    item->setText(JsonTreeWidget::TypeColumn, typeName(value.type()));
    item->setData(JsonTreeWidget::ValueColumn, JsonValueRole, QVariant::fromValue(value));

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addMember(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addMember(item, QStringLiteral("[%1]").arg(i), array.at(i));
    }
    return item;
}

// QTreeView measures rows without telling the delegate how wide a column is, so long values
// would stay on one line, cut off. This measures the Value column at its current width. (The other
// columns size themselves to their contents, which a fixed width would defeat.)
class ValueWrappingDelegate : public QStyledItemDelegate
{
public:
    explicit ValueWrappingDelegate(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem measured = option;
        // The style wraps only inside a valid rectangle; the height does not matter.
        if (index.column() == JsonTreeWidget::ValueColumn)
            measured.rect = QRect(0, 0, m_tree->columnWidth(JsonTreeWidget::ValueColumn), 1);
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView *m_tree;
};

} // namespace

JsonTreeWidget::JsonTreeWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Value"), tr("Type")});
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setItemDelegate(new ValueWrappingDelegate(this));
    setAlternatingRowColors(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);

    auto *copyAction = new QAction(tr("Copy Value"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &JsonTreeWidget::copyCurrentValue);
    addAction(copyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // The height the tree asks for follows its visible rows and whether it needs a scroll bar.
    connect(this, &QTreeView::expanded, this, &QWidget::updateGeometry);
    connect(this, &QTreeView::collapsed, this, &QWidget::updateGeometry);
    connect(header(), &QHeaderView::sectionResized, this, [this](int column) {
        // Wrapped values take more or fewer lines when their column narrows or widens.
        if (column == ValueColumn)
            scheduleDelayedItemsLayout();
        updateGeometry();
    });
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &QWidget::updateGeometry);
}

void JsonTreeWidget::setJson(const QJsonObject &object)
{
    clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QTreeWidgetItem *item = addMember(invisibleRootItem(), it.key(), it.value());
        if (m_timeMembers.contains(it.key()))
            annotateTime(item, it.value());
    }
    expandAll();
    updateGeometry();
}

QString JsonTreeWidget::copyText(const QTreeWidgetItem *item)
{
    if (item == nullptr)
        return {};
    const QJsonValue value = item->data(ValueColumn, JsonValueRole).toJsonValue();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // The value as JSON spells it, without the date a time member shows beside it.
    return valueText(value);
}

QSize JsonTreeWidget::sizeHint() const
{
    int height = 2 * frameWidth() + viewportSizeHint().height();
    if (horizontalScrollBar()->maximum() > 0)
        height += horizontalScrollBar()->sizeHint().height();
    return {QTreeWidget::sizeHint().width(), height};
}

QSize JsonTreeWidget::minimumSizeHint() const
{
    return {QTreeWidget::minimumSizeHint().width(), sizeHint().height()};
}

void JsonTreeWidget::copyCurrentValue()
{
    if (QTreeWidgetItem *item = currentItem())
        QGuiApplication::clipboard()->setText(copyText(item));
}

} // namespace descope
