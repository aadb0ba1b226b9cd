#pragma once

#include <QComboBox>

namespace descope {

// A combo box for names of any length (tenants): it shows the chosen name whole, being as wide
// as that name and never squeezed narrower, and its list is as wide as the longest name in it.
// Eliding a name, even with the whole name as a tooltip, would hide what tells two names apart.
class WholeTextComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit WholeTextComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void showPopup() override;
};

} // namespace descope
