#include "FormScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace descope {

FormScrollArea::FormScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
}

QSize FormScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (const QWidget *form = widget()) {
        // The scroll bar's room is kept even while it is hidden: its appearing must not push
        // the form into a sideways scroll.
        const int width = form->minimumSizeHint().width() + 2 * frameWidth() +
                          verticalScrollBar()->sizeHint().width();
        size.setWidth(qMax(size.width(), width));
    }
    return size;
}

QSize FormScrollArea::sizeHint() const
{
    return QScrollArea::sizeHint().expandedTo(QSize(minimumSizeHint().width(), 0));
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The form's layout changed (a row added, a text retranslated): so may its narrowest width.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace descope
