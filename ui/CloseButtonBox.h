#pragma once

class QDialog;
class QDialogButtonBox;
class QPushButton;

namespace descope {

// The buttons of a dialog that does one thing and stays open to do it again: `action`, the
// default button, beside Close, which rejects the dialog as Escape does. Close never becomes
// the default, not even with the focus, so that Enter always means the action.
QDialogButtonBox *closeButtonBox(QPushButton *action, QDialog *dialog);

} // namespace descope
