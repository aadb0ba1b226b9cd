#pragma once

#include "AccessKey.h"

#include <QDialog>

class QPushButton;

namespace descope {

class SecretClipboard;
class SecretField;

// Shows the secret of a key just created or rotated: the server sends it once and keeps only
// a hash, so this is the user's one chance to copy it. Masked until revealed; closing before it
// was copied asks first. When the dialog closes the secret is wiped from its memory.
class CleartextDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason
    {
        Created,
        Rotated,
    };

    CleartextDialog(const AccessKey &key, const QString &cleartext, Reason reason,
                    SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~CleartextDialog() override;

    Reason reason() const { return m_reason; }
    QString keyId() const { return m_keyId; }
    // Whether the secret went to the clipboard at least once.
    bool wasCopied() const { return m_copied; }

    // "Exchange for a Session…" is offered unless this is turned off.
    void setExchangeAvailable(bool available);

    // Every way of closing (Close, Esc, the window's close button) ends here.
    void done(int result) override;

Q_SIGNALS:
    // The user wants a session token for this key. `cleartext` shares this dialog's buffer,
    // which is zeroed when the dialog closes: a receiver that keeps it must copy it
    // (ExchangeDialog::setAccessKey does).
    void exchangeRequested(const QString &cleartext);

private:
    bool confirmCloseWithoutCopy();

    Reason m_reason;
    QString m_keyId;
    QString m_keyName;
    SecretField *m_field;
    QPushButton *m_exchangeButton;
    bool m_copied = false;
};

} // namespace descope
