#include "SecretClipboard.h"

#include "SecretMemory.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>

namespace descope {

namespace {

constexpr int MaxClearAfterSeconds = 24 * 60 * 60;

QClipboard *systemClipboard()
{
    // After the application object is gone (a late destructor) there is no clipboard to clear.
    return qGuiApp != nullptr ? QGuiApplication::clipboard() : nullptr;
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
    , m_salt(16, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()),
                                          m_salt.size() / qsizetype(sizeof(quint32)));
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SecretClipboard::tick);
    if (QClipboard *clipboard = systemClipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &SecretClipboard::onClipboardChanged);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    // Not clearNow(): a destructor emits no signals to receivers that may be half gone.
    const bool ours = holdsSecret();
    stopCountdown(); // so that our own clearing below is not taken for a replacement
    if (ours)
        systemClipboard()->clear(QClipboard::Clipboard);
}

int SecretClipboard::configuredClearAfterSeconds()
{
    bool ok = false;
    const int seconds =
        QSettings()
            .value(QStringLiteral("Clipboard/clearAfterSeconds"), DefaultClearAfterSeconds)
            .toInt(&ok);
    return ok && seconds > 0 ? qMin(seconds, MaxClearAfterSeconds) : DefaultClearAfterSeconds;
}

void SecretClipboard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qBound(1, seconds, MaxClearAfterSeconds);
}

QMimeData *SecretClipboard::secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    // A private copy: widgets wipe their own buffers when they close, and must not wipe what
    // the user is about to paste.
    mime->setText(privateCopy(secret));
    // KDE's Klipper and other Linux clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS clipboard managers that follow nspasteboard.org skip concealed content.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    // Windows keeps content with these formats out of clipboard history (Win+V) and the cloud
    // clipboard; each holds a DWORD, 0 meaning "no".
    const QByteArray zeroDword(4, '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), zeroDword);
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), zeroDword);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), zeroDword);
    return mime;
}

bool SecretClipboard::holdsSecret() const
{
    QClipboard *clipboard = systemClipboard();
    if (m_digest.isEmpty() || clipboard == nullptr)
        return false;
    const QMimeData *mime = clipboard->mimeData(QClipboard::Clipboard);
    return mime != nullptr && mime->hasText() && digest(mime->text()) == m_digest;
}

void SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = systemClipboard();
    if (clipboard == nullptr || secret.isEmpty())
        return;
    m_digest = digest(secret);
    m_copying = true; // our own change is not "something else was copied"
    clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_copying = false;
    m_secondsLeft = m_clearAfterSeconds;
    m_ticker.start();
    Q_EMIT copied();
    Q_EMIT countdownChanged(m_secondsLeft);
}

void SecretClipboard::clearNow()
{
    const bool tracking = !m_digest.isEmpty();
    const bool ours = holdsSecret();
    stopCountdown();
    if (ours) {
        systemClipboard()->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    } else if (tracking) {
        Q_EMIT replaced();
    }
}

QByteArray SecretClipboard::digest(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                text.size() * qsizetype(sizeof(QChar))));
    return hash.result();
}

void SecretClipboard::tick()
{
    if (m_secondsLeft <= 0)
        return;
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        Q_EMIT countdownChanged(m_secondsLeft);
        return;
    }
    Q_EMIT countdownChanged(0);
    clearNow();
}

void SecretClipboard::onClipboardChanged()
{
    if (m_copying || m_digest.isEmpty() || holdsSecret())
        return;
    stopCountdown();
    Q_EMIT replaced();
}

void SecretClipboard::stopCountdown()
{
    m_ticker.stop();
    m_secondsLeft = 0;
    m_digest.clear();
}

} // namespace descope
