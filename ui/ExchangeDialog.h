#pragma once

#include "ExchangeResult.h"
#include "ProjectTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace descope {

class JwtClaimsView;
class JwtExpiryLabel;
class KeyExchange;
class ManagementClient;
class SecretClipboard;
class SecretField;

// Exchanges an access key for a session token, the way a service using the key would, and
// shows what came back: whether the signature verified, the header and claims, the
// exchange-time claims, the expiry counting down and the token itself (masked, copyable).
// Errors are shown in the dialog and the inputs stay as they were. The key and the token are
// wiped when the dialog closes.
class ExchangeDialog : public QDialog
{
    Q_OBJECT

public:
    ExchangeDialog(ManagementClient *client, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~ExchangeDialog() override;

    // Prefills the access key (a private copy is kept), e.g. for a key just created.
    void setAccessKey(const QString &cleartext);
    // Tenants to offer for `selectedTenant`; a tenant ID can also be typed.
    void setTenants(const QList<Tenant> &tenants);

    bool isExchanging() const { return m_exchanging; }

    // Closing cancels an exchange under way and wipes the secrets.
    void done(int result) override;

public Q_SLOTS:
    void exchange();
    void cancelExchange();

Q_SIGNALS:
    void exchanged(const descope::ExchangeResult &result);

private:
    void validateClaims();
    void updateExchangeButton();
    void setExchanging(bool exchanging);
    void showError(const QString &text, bool failure);
    void showResult(const ExchangeResult &result);
    void clearResult();
    QString selectedTenant() const;

    KeyExchange *m_exchange;
    SecretField *m_keyField;
    QPlainTextEdit *m_claimsEdit;
    QLabel *m_claimsProblem;
    QComboBox *m_tenantCombo;
    QWidget *m_inputs;
    QWidget *m_progress;
    QPushButton *m_exchangeButton;
    QPushButton *m_cancelButton;
    QLabel *m_error;
    QScrollArea *m_resultArea;
    SecretField *m_tokenField;
    JwtExpiryLabel *m_expiry;
    JwtClaimsView *m_claimsView;
    quint64 m_generation = 0; // answers to an earlier exchange are dropped
    bool m_claimsValid = true;
    bool m_exchanging = false;
};

} // namespace descope
