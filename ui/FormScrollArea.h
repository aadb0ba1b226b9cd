#pragma once

#include <QScrollArea>

namespace descope {

// A scroll area for a form: it scrolls up and down, not sideways. It is never narrower than the
// form at its narrowest, with room for the vertical scroll bar, so that a longer translation or
// a new row widens the window instead of hiding part of the form behind a sideways scroll.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace descope
