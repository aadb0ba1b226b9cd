#pragma once

#include <QSize>

class QWidget;

namespace descope {

// Keeps a window tall enough for its content as the content changes: text that wraps onto more
// lines at the window's width, a problem or a result that appears. By itself Qt takes a
// window's minimum size from its layout's minimum, which leaves out how tall wrapped text is,
// so the window keeps its size and squeezes everything in it. The window only ever grows, and
// no taller than its screen; otherwise the size the user gave it is kept.
void growWithContents(QWidget *window);

// The size for a window to open at: `preferred`, or more where the content needs more (a longer
// translation, wrapped text at that width), and no more than its screen's free area.
QSize openingSize(QWidget *window, QSize preferred);

} // namespace descope
