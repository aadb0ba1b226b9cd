#pragma once

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;

namespace descope {

class JsonTreeWidget;
struct ExchangeResult;

// What a session token says and whether to believe it: whether its signature verified against
// the project's keys (and why not), its header and claims as trees, and the exchange-time
// claims under `nsec` on their own, because the caller chose them and services must not trust
// them as they trust the key's own claims.
class JwtClaimsView : public QWidget
{
    Q_OBJECT

public:
    explicit JwtClaimsView(QWidget *parent = nullptr);

    void showResult(const ExchangeResult &result);
    void clear();

    // The claims that registries define as times in Unix seconds (RFC 7519's exp, nbf and iat,
    // OpenID Connect's auth_time and updated_at, RFC 8417's toe, Descope's rexp): shown with
    // their date and time, among the claims and under nsec alike.
    static QSet<QString> timeClaims();

private:
    QLabel *m_verification;
    JsonTreeWidget *m_headerTree;
    JsonTreeWidget *m_claimsTree;
    JsonTreeWidget *m_nsecTree;
    QLabel *m_nsecEmpty;
};

} // namespace descope
