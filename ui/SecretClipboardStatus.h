#pragma once

#include <QLabel>

namespace descope {

class SecretClipboard;

// One line under a secret: "Clipboard clears in 27 s" while a copied secret waits to be
// cleared, "Clipboard cleared" once it was, and nothing otherwise.
class SecretClipboardStatus : public QLabel
{
    Q_OBJECT

public:
    explicit SecretClipboardStatus(SecretClipboard *clipboard, QWidget *parent = nullptr);

private:
    void showCountdown(int secondsLeft);
};

} // namespace descope
