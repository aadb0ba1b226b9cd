#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QMimeData;

namespace descope {

// Puts secrets on the system clipboard and takes them off again. Each copy is marked as a
// password for clipboard managers and history (KDE, macOS, Windows), and is cleared after a
// countdown, when the application quits and when this object is destroyed, but only while
// the clipboard still holds that secret: whatever the user copied since is left alone.
//
// Whether the clipboard still holds our secret is decided by a salted hash of it, so no
// plaintext copy is kept here. One instance serves the whole application, so that a second
// copy (of any secret) restarts the one countdown.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearAfterSeconds = 30;

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // The "Clipboard/clearAfterSeconds" setting, or the default when it is missing or invalid.
    // The constructing code passes it to setClearAfterSeconds().
    static int configuredClearAfterSeconds();

    // At least one second. A countdown under way keeps its remaining time.
    void setClearAfterSeconds(int seconds);
    int clearAfterSeconds() const { return m_clearAfterSeconds; }

    // The MIME data copy() puts on the clipboard: the text and every platform's hint that it
    // is a password. The caller owns it.
    static QMimeData *secretMimeData(const QString &secret);

    // Whether a countdown runs, and how long it has left.
    bool isCountingDown() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }

    // Whether the clipboard holds what copy() put there last.
    bool holdsSecret() const;

public Q_SLOTS:
    // Copies a secret and (re)starts the countdown.
    void copy(const QString &secret);
    // Clears the clipboard now if it still holds our secret, and stops the countdown.
    void clearNow();

Q_SIGNALS:
    void copied();
    // Once on copy with the full time, then every second; 0 just before cleared().
    void countdownChanged(int secondsLeft);
    // Our secret was taken off the clipboard (countdown over, quit, clearNow()).
    void cleared();
    // Something else was copied over our secret, so there is nothing left to clear.
    void replaced();

private:
    QByteArray digest(const QString &text) const;
    void tick();
    void onClipboardChanged();
    void stopCountdown();

    QTimer m_ticker;
    QByteArray m_salt;
    QByteArray m_digest; // of the secret on the clipboard; empty when none
    int m_clearAfterSeconds = DefaultClearAfterSeconds;
    int m_secondsLeft = 0;
    bool m_copying = false;
};

} // namespace descope
