#include "JwtExpiryLabel.h"

#include "KeyTimeFormat.h"

#include <QDateTime>
#include <QStringList>

namespace descope {

JwtExpiryLabel::JwtExpiryLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("expiryLabel"));
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JwtExpiryLabel::refresh);
}

void JwtExpiryLabel::setExpiry(qint64 expiresAt)
{
    m_expiresAt = expiresAt;
    setToolTip(expiresAt > 0 ? formatLocalDateTime(expiresAt) : QString());
    refresh();
}

void JwtExpiryLabel::clearExpiry()
{
    m_ticker.stop();
    m_expiresAt = 0;
    clear();
    setToolTip({});
}

QString JwtExpiryLabel::remainingText(qint64 seconds)
{
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds % 3600 / 60);
    QStringList parts;
    if (hours > 0)
        parts.append(tr("%n h", "hours, abbreviated", hours));
    if (hours > 0 || minutes > 0)
        parts.append(tr("%n min", "minutes, abbreviated", minutes));
    parts.append(tr("%n s", "seconds, abbreviated", int(seconds % 60)));
    return parts.join(u' ');
}

void JwtExpiryLabel::refresh()
{
    if (m_expiresAt <= 0) {
        m_ticker.stop();
        setText(tr("The token does not say when it expires"));
        return;
    }
    const qint64 left = m_expiresAt - QDateTime::currentSecsSinceEpoch();
    if (left <= 0) {
        m_ticker.stop();
        setText(tr("Expired"));
        return;
    }
    //: %1 is a time span such as "9 min 58 s"
    setText(tr("Expires in %1").arg(remainingText(left)));
    if (!m_ticker.isActive())
        m_ticker.start();
}

} // namespace descope
