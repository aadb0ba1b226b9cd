#include "SecretClipboardStatus.h"

#include "SecretClipboard.h"

namespace descope {

SecretClipboardStatus::SecretClipboardStatus(SecretClipboard *clipboard, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("clipboardStatus"));
    setForegroundRole(QPalette::PlaceholderText);
    // The line is reserved even while empty, so the dialog does not jump when it fills.
    setMinimumHeight(fontMetrics().height());
    if (clipboard == nullptr)
        return;
    connect(clipboard, &SecretClipboard::countdownChanged, this,
            &SecretClipboardStatus::showCountdown);
    connect(clipboard, &SecretClipboard::cleared, this,
            [this] { setText(tr("Clipboard cleared")); });
    connect(clipboard, &SecretClipboard::replaced, this, &QLabel::clear);
    // A dialog opened while an earlier copy counts down shows that countdown too.
    if (clipboard->isCountingDown())
        showCountdown(clipboard->secondsLeft());
}

void SecretClipboardStatus::showCountdown(int secondsLeft)
{
    if (secondsLeft <= 0)
        return; // cleared() or replaced() follows at once
    setText(tr("Clipboard clears in %n s", "countdown", secondsLeft));
}

} // namespace descope
