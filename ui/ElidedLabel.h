#pragma once

#include <QLabel>

namespace descope {

// A one-line label that, when short of room, shows as much of its text as fits with "…" and
// the whole text in its tooltip, instead of demanding the width of the whole text: status-bar
// labels in a small window elide rather than push each other out of sight or overlap.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace descope
