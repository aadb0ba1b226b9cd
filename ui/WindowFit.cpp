#include "WindowFit.h"

#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QWidget>

namespace descope {

namespace {

// The height `layout` needs at `width`, wrapped text included.
int neededHeight(const QLayout *layout, int width)
{
    int height = layout->totalMinimumSize().height();
    if (layout->hasHeightForWidth())
        height = qMax(height, layout->totalMinimumHeightForWidth(width));
    return height;
}

// The room a window has on its screen, less its frame once it has one.
QSize availableRoom(const QWidget *window)
{
    const QScreen *screen = window->screen();
    if (screen == nullptr)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize frame = window->frameGeometry().size() - window->size();
    return screen->availableGeometry().size() - frame;
}

// Looks at the window after each change to its layout or size, once the layout has run.
class ContentsFit : public QObject
{
public:
    explicit ContentsFit(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && !m_queued &&
            (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show ||
             event->type() == QEvent::Resize)) {
            m_queued = true;
            QMetaObject::invokeMethod(this, &ContentsFit::fit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void fit()
    {
        m_queued = false;
        // One read of the guarded pointer, so that the check and the uses see the same window.
        QWidget *window = m_window.data();
        QLayout *layout = window ? window->layout() : nullptr;
        if (window == nullptr || layout == nullptr || !window->isVisible())
            return;
        layout->activate();
        const int height =
            qMin(neededHeight(layout, window->width()), availableRoom(window).height());
        if (window->height() < height)
            window->resize(window->width(), height);
    }

    QPointer<QWidget> m_window;
    bool m_queued = false;
};

} // namespace

void growWithContents(QWidget *window)
{
    new ContentsFit(window);
}

QSize openingSize(QWidget *window, QSize preferred)
{
    QSize size = preferred.expandedTo(window->minimumSizeHint());
    if (const QLayout *layout = window->layout())
        size.setHeight(qMax(size.height(), neededHeight(layout, size.width())));
    return size.boundedTo(availableRoom(window));
}

} // namespace descope
