#pragma once

#include <QLabel>
#include <QTimer>

namespace descope {

// When a session token expires, counted down live: "Expires in 9 min 58 s", then "Expired".
// The exact time is in the tooltip.
class JwtExpiryLabel : public QLabel
{
    Q_OBJECT

public:
    explicit JwtExpiryLabel(QWidget *parent = nullptr);

    // Unix seconds; 0 shows that the token does not say.
    void setExpiry(qint64 expiresAt);
    void clearExpiry();
    qint64 expiry() const { return m_expiresAt; }

    // "1 h 2 min 3 s", "9 min 58 s", "5 s".
    static QString remainingText(qint64 seconds);

private:
    void refresh();

    QTimer m_ticker;
    qint64 m_expiresAt = 0;
};

} // namespace descope
