#include "LayoutProbe.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace {

// A view's cells are measured for the first rows only: enough for any dialog, cheap for a
// table of many keys.
constexpr int MaxRowsChecked = 500;

QString quoted(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > 70)
        shown = shown.left(67) + QStringLiteral("...");
    return u'"' + shown + u'"';
}

QString plainText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

QString sizeText(int have, int need)
{
    return QStringLiteral("%1 px of the %2 px it needs").arg(have).arg(need);
}

QString sizeText(QSize have, QSize need)
{
    return QStringLiteral("%1×%2 px of the %3×%4 px it needs")
        .arg(have.width())
        .arg(have.height())
        .arg(need.width())
        .arg(need.height());
}

// Whether a view is a combo box's list (checked through its combo box, only when open).
bool isComboPopup(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (w->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return false;
}

bool wordWraps(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->wordWrap();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->wordWrap();
    if (const auto *list = qobject_cast<const QListView *>(view))
        return list->wordWrap();
    return false;
}

bool rowHidden(const QAbstractItemView *view, int row, const QModelIndex &parent)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isRowHidden(row);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isRowHidden(row, parent);
    if (const auto *list = qobject_cast<const QListView *>(view))
        return list->isRowHidden(row);
    return false;
}

bool columnShown(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return !table->isColumnHidden(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return !tree->isColumnHidden(column);
    if (const auto *list = qobject_cast<const QListView *>(view))
        return column == list->modelColumn();
    return column == 0;
}

} // namespace

LayoutProbe::LayoutProbe(QWidget *root)
    : m_root(root)
{}

void LayoutProbe::skip(const QWidget *widget)
{
    m_skipped.insert(widget);
}

void LayoutProbe::skipColumn(const QAbstractItemView *view, int column)
{
    m_skippedColumns[view].insert(column);
}

void LayoutProbe::allowSidewaysScrolling(const QWidget *scrollArea)
{
    m_sideways.insert(scrollArea);
}

void LayoutProbe::settleLayouts(QWidget *root)
{
    // A layout change posts a LayoutRequest, whose handling may resize children that post
    // their own: a few rounds reach the fixed point.
    for (int round = 0; round < 4; ++round) {
        if (root->layout() != nullptr)
            root->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QString LayoutProbe::describe(const QWidget *widget)
{
    QString text = QLatin1String(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u' ' + widget->objectName();
    for (const QWidget *w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in ") + w->objectName();
            break;
        }
    }
    return text;
}

QStringList LayoutProbe::problems()
{
    m_problems.clear();
    settleLayouts(m_root);
    QList<QWidget *> widgets{m_root};
    widgets += m_root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->isVisible() && !skipped(widget) && !isComboPopup(widget) &&
            !qobject_cast<QMenu *>(widget))
            checkWidget(widget);
    }
    return m_problems;
}

bool LayoutProbe::skipped(const QWidget *widget) const
{
    for (const QWidget *w = widget; w != nullptr; w = w->parentWidget()) {
        if (m_skipped.contains(w))
            return true;
        if (w == m_root)
            break;
    }
    return false;
}

void LayoutProbe::report(const QWidget *widget, const QString &what)
{
    // Rows of a table repeat their texts; one line for each is enough.
    const QString problem = describe(widget) + QStringLiteral(": ") + what;
    if (!m_problems.contains(problem))
        m_problems.append(problem);
}

void LayoutProbe::checkWidget(QWidget *widget)
{
    checkScrolling(widget);

    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return;
        const QString text = quoted(plainText(label));
        // Qt's own measure of the text: its widest line, or for wrapped text its longest word;
        // then the height that the width shown needs.
        checkSize(label, text,
                  QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width())));
        checkCutByParent(label, text);
        return;
    }

    if (auto *button = qobject_cast<QPushButton *>(widget)) {
        if (button->text().isEmpty())
            return;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (button->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        if (button->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (button->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (button->menu() != nullptr)
            option.features |= QStyleOptionButton::HasMenu;
        const QRect contents =
            button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
        const QSize textSize = button->fontMetrics().size(Qt::TextShowMnemonic, button->text());
        int need = textSize.width();
        if (!button->icon().isNull())
            need += button->iconSize().width() + 4;
        if (button->menu() != nullptr)
            need += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
        if (contents.width() < need || contents.height() < textSize.height())
            report(button, quoted(button->text()) + QStringLiteral(" is cut: ") +
                               sizeText(contents.size(), QSize(need, textSize.height())));
        checkCutByParent(button, quoted(button->text()));
        return;
    }

    if (auto *button = qobject_cast<QToolButton *>(widget)) {
        if (button->text().isEmpty() || button->toolButtonStyle() == Qt::ToolButtonIconOnly ||
            (button->toolButtonStyle() == Qt::ToolButtonFollowStyle &&
             button->style()->styleHint(QStyle::SH_ToolButtonStyle, nullptr, button) ==
                 Qt::ToolButtonIconOnly) ||
            button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            return;
        checkSize(button, quoted(button->text()), button->sizeHint());
        checkCutByParent(button, quoted(button->text()));
        return;
    }

    if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget)) {
        auto *button = static_cast<QAbstractButton *>(widget);
        if (button->text().isEmpty())
            return;
        // Indicator, spacing and text, with nothing added for looks: all of it is needed.
        checkSize(button, quoted(button->text()), button->sizeHint());
        checkCutByParent(button, quoted(button->text()));
        return;
    }

    if (auto *box = qobject_cast<QGroupBox *>(widget)) {
        if (box->title().isEmpty())
            return;
        // As QGroupBox::minimumSizeHint measures its title.
        int need = box->fontMetrics().horizontalAdvance(box->title() + u' ');
        if (box->isCheckable())
            need += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box) +
                    box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, box);
        if (box->width() < need)
            report(box, quoted(box->title()) + QStringLiteral(" (title) is cut: ") +
                            sizeText(box->width(), need));
        checkCutByParent(box, quoted(box->title()));
        return;
    }

    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        checkComboBox(combo);
        return;
    }

    if (auto *header = qobject_cast<QHeaderView *>(widget)) {
        checkHeader(header);
        return;
    }

    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        checkItemView(view);
        return;
    }

    if (auto *toolBar = qobject_cast<QToolBar *>(widget)) {
        const auto *extension =
            toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
        if (extension != nullptr && extension->isVisible())
            report(toolBar, QStringLiteral("hides some of its buttons behind its » button"));
        return;
    }

    if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
        const auto *extension =
            menuBar->findChild<QWidget *>(QStringLiteral("qt_menubar_ext_button"));
        if (extension != nullptr && extension->isVisible())
            report(menuBar, QStringLiteral("hides some of its menus behind its » button"));
    }
}

void LayoutProbe::checkSize(QWidget *widget, const QString &text, QSize need)
{
    if (widget->width() < need.width() || widget->height() < need.height())
        report(widget, text + QStringLiteral(" is cut: ") + sizeText(widget->size(), need));
}

void LayoutProbe::checkCutByParent(QWidget *widget, const QString &text)
{
    // Each parent up to the window draws its children only inside itself. Inside a scroll
    // area the content may be scrolled to; sideways scrolling is reported on its own.
    QRect rect = widget->rect();
    QWidget *child = widget;
    for (QWidget *parent = widget->parentWidget(); parent != nullptr;
         parent = parent->parentWidget()) {
        rect.translate(child->pos());
        if (qobject_cast<QAbstractScrollArea *>(parent->parentWidget()) != nullptr &&
            static_cast<QAbstractScrollArea *>(parent->parentWidget())->viewport() == parent)
            return;
        const QRect inside = rect.intersected(parent->rect());
        if (inside.width() < rect.width() || inside.height() < rect.height()) {
            report(widget, text + QStringLiteral(" is cut off by ") + describe(parent) +
                               QStringLiteral(": %1 of %2 px wide, %3 of %4 px high show")
                                   .arg(inside.width())
                                   .arg(rect.width())
                                   .arg(inside.height())
                                   .arg(rect.height()));
            return;
        }
        if (parent == m_root || parent->isWindow())
            return;
        child = parent;
    }
}

void LayoutProbe::checkComboBox(QComboBox *combo)
{
    if (combo->isEditable()) {
        // A line edit: it scrolls its text, like any field one types in.
        return;
    }
    const QString text = combo->currentText();
    if (!text.isEmpty()) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = text;
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        // The style draws the text 1 px in from each side of the field.
        int need = combo->fontMetrics().horizontalAdvance(text) + 2;
        if (!option.currentIcon.isNull())
            need += combo->iconSize().width() + 4;
        if (field.width() < need)
            report(combo,
                   quoted(text) + QStringLiteral(" is cut: ") + sizeText(field.width(), need));
        checkCutByParent(combo, quoted(text));
    }
    if (m_checkPopups && combo->isEnabled() && combo->count() > 0)
        checkComboPopup(combo);
}

void LayoutProbe::checkComboPopup(QComboBox *combo)
{
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    settleLayouts(view->window());
    // What the list leaves for its items: the popup's width less the scroll bar, if any.
    int have = view->parentWidget()->width();
    if (view->verticalScrollBar()->isVisible())
        have -= view->verticalScrollBar()->width();
    // A list drawn as a menu pads its items as a menu does, and Qt makes it as wide as the
    // closed combo box would need to be to show the item; a plain list pads as its delegate
    // says.
    const bool menuStyle = view->itemDelegate()->inherits("QComboMenuDelegate");
    for (int row = 0; row < combo->count(); ++row) {
        const QModelIndex index =
            view->model()->index(row, combo->modelColumn(), view->rootIndex());
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        int need = 0;
        if (menuStyle) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.frame = combo->hasFrame();
            int contents = combo->fontMetrics().horizontalAdvance(text);
            if (!combo->itemIcon(row).isNull())
                contents += combo->iconSize().width() + 4;
            need = combo->style()
                       ->sizeFromContents(QStyle::CT_ComboBox, &option,
                                          QSize(contents, combo->fontMetrics().height()), combo)
                       .width();
        } else {
            need = view->sizeHintForIndex(index).width();
        }
        if (have < need)
            report(combo, QStringLiteral("its list cuts ") + quoted(text) + QStringLiteral(": ") +
                              sizeText(have, need));
    }
    combo->hidePopup();
    QCoreApplication::processEvents();
}

void LayoutProbe::checkHeader(QHeaderView *header)
{
    if (header->model() == nullptr)
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text =
            header->model()->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        // Text, margins and the sort arrow, which any column may come to show.
        const int need = header->sectionSizeHint(logical);
        const int have = header->sectionSize(logical);
        if (have < need)
            report(header, QStringLiteral("the column header ") + quoted(text) +
                               QStringLiteral(" is cut: ") + sizeText(have, need));
    }
}

void LayoutProbe::checkItemView(QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    // Wrapped cells grow downwards as the view lays them out; their width is not the limit.
    if (model == nullptr || wordWraps(view))
        return;
    const QSet<int> skippedColumns = m_skippedColumns.value(view);
    int checked = 0;
    QList<QModelIndex> parents{view->rootIndex()};
    while (!parents.isEmpty() && checked < MaxRowsChecked) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < model->rowCount(parent) && checked < MaxRowsChecked; ++row) {
            if (rowHidden(view, row, parent))
                continue;
            ++checked;
            for (int column = 0; column < model->columnCount(parent); ++column) {
                if (!columnShown(view, column) || skippedColumns.contains(column))
                    continue;
                const QModelIndex index = model->index(row, column, parent);
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                const int need = view->sizeHintForIndex(index).width();
                const int have = view->visualRect(index).width();
                if (have < need) {
                    const QString header =
                        model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
                    report(view, QStringLiteral("the cell ") + quoted(text) +
                                     (header.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (column ") + quoted(header) + u')') +
                                     QStringLiteral(" is cut: ") + sizeText(have, need));
                }
            }
            const QModelIndex first = model->index(row, 0, parent);
            if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isExpanded(first))
                parents.append(first);
        }
    }
}

void LayoutProbe::checkScrolling(QWidget *widget)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(widget);
    // Text one types scrolls in its field; a header scrolls with its view.
    if (area == nullptr || m_sideways.contains(area) || qobject_cast<QHeaderView *>(area) ||
        qobject_cast<QPlainTextEdit *>(area) || qobject_cast<QTextEdit *>(area))
        return;
    const QScrollBar *bar = area->horizontalScrollBar();
    if (bar->maximum() > bar->minimum())
        report(area, QStringLiteral("scrolls sideways: its content is %1 px wider than it")
                         .arg(bar->maximum() - bar->minimum()));
}
