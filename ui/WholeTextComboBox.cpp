#include "WholeTextComboBox.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>

namespace descope {

WholeTextComboBox::WholeTextComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // The width follows the chosen item, whichever way it changes.
    connect(this, &QComboBox::currentIndexChanged, this, [this] { updateGeometry(); });
    connect(model(), &QAbstractItemModel::dataChanged, this, [this] { updateGeometry(); });
}

QSize WholeTextComboBox::sizeHint() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    int width = fontMetrics().horizontalAdvance(currentText());
    if (!itemIcon(currentIndex()).isNull())
        width += iconSize().width() + 4;
    const int height = QComboBox::sizeHint().height();
    const QSize contents(width, fontMetrics().height());
    return QSize(style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this).width(),
                 height);
}

QSize WholeTextComboBox::minimumSizeHint() const
{
    return sizeHint();
}

void WholeTextComboBox::showPopup()
{
    // Qt widens the list to its items only in some styles; this does it in all of them.
    QAbstractItemView *list = view();
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = qMax(
            width,
            list->sizeHintForIndex(model()->index(row, modelColumn(), rootModelIndex())).width());
    if (count() > maxVisibleItems())
        width += list->verticalScrollBar()->sizeHint().width();
    list->setMinimumWidth(width + 2 * list->frameWidth());
    QComboBox::showPopup();
}

} // namespace descope
