#include "CloseButtonBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace descope {

QDialogButtonBox *closeButtonBox(QPushButton *action, QDialog *dialog)
{
    action->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->addButton(action, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace descope
