#include "ExchangeDialog.h"

#include "CloseButtonBox.h"
#include "JwtClaimsView.h"
#include "JwtExpiryLabel.h"
#include "KeyExchange.h"
#include "KeyFormClaims.h"
#include "SecretClipboardStatus.h"
#include "SecretField.h"
#include "StandardLabels.h"
#include "WindowFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace descope {

namespace {

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void setErrorColour(QLabel *label, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #b91c1c; }") : QString());
}

} // namespace

ExchangeDialog::ExchangeDialog(ManagementClient *client, SecretClipboard *clipboard,
                               QWidget *parent)
    : QDialog(parent)
    , m_exchange(new KeyExchange(client, this))
    , m_keyField(new SecretField(this))
    , m_claimsEdit(new QPlainTextEdit(this))
    , m_claimsProblem(messageLabel(QStringLiteral("claimsProblem"), this))
    , m_tenantCombo(new QComboBox(this))
    , m_inputs(new QWidget(this))
    , m_progress(new QWidget(this))
    , m_exchangeButton(new QPushButton(tr("&Exchange"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_error(messageLabel(QStringLiteral("exchangeError"), this))
    , m_resultArea(new QScrollArea(this))
    , m_tokenField(new SecretField(this))
    , m_expiry(new JwtExpiryLabel(this))
    , m_claimsView(new JwtClaimsView(this))
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange Access Key for a Session"));

    // The inputs.
    m_keyField->setObjectName(QStringLiteral("accessKeyField"));
    m_keyField->setEditable(true);
    m_keyField->setClipboard(clipboard);
    m_keyField->copyButton()->hide(); // Ctrl+C still copies, through the clipboard
    m_keyField->setPlaceholderText(tr("Paste an access key"));
    connect(m_keyField, &SecretField::secretChanged, this, &ExchangeDialog::updateExchangeButton);

    m_claimsEdit->setObjectName(QStringLiteral("claimsEdit"));
    m_claimsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_claimsEdit->setPlaceholderText(tr("Optional, e.g. {\"team\": \"qa\"}"));
    m_claimsEdit->setTabChangesFocus(true);
    m_claimsEdit->setFixedHeight(m_claimsEdit->fontMetrics().lineSpacing() * 4 +
                                 2 * m_claimsEdit->frameWidth() + 8);
    connect(m_claimsEdit, &QPlainTextEdit::textChanged, this, &ExchangeDialog::validateClaims);

    m_tenantCombo->setObjectName(QStringLiteral("tenantCombo"));
    m_tenantCombo->setEditable(true);
    m_tenantCombo->setInsertPolicy(QComboBox::NoInsert);
    m_tenantCombo->lineEdit()->setPlaceholderText(tr("No tenant"));
    setTenants({});

    auto *form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Spare height goes to the result, not between the input rows.
    m_inputs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto addRow = [this, form](const QString &caption, QWidget *field, QWidget *buddy) {
        auto *label = new QLabel(caption, m_inputs);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Access key:"), m_keyField, m_keyField->lineEdit());
    addRow(tr("Custom c&laims:"), m_claimsEdit, m_claimsEdit);
    form->addRow(QString(), m_claimsProblem);
    addRow(tr("&Tenant:"), m_tenantCombo, m_tenantCombo);

    // Progress while the exchange runs.
    m_progress->setObjectName(QStringLiteral("exchangeProgress"));
    auto *bar = new QProgressBar(m_progress);
    bar->setRange(0, 0); // busy: the server says nothing about how far along it is
    bar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelExchangeButton"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExchangeDialog::cancelExchange);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(new QLabel(tr("Exchanging…"), m_progress));
    progressLayout->addWidget(bar, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progress->setVisible(false);

    // The result.
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_tokenField->setClipboard(clipboard);
    m_tokenField->copyButton()->setText(tr("C&opy Token"));
    auto *result = new QWidget(m_resultArea);
    auto *tokenForm = new QFormLayout;
    tokenForm->setContentsMargins(0, 0, 0, 0);
    auto *tokenCaption = new QLabel(tr("Session &token:"), result);
    tokenCaption->setBuddy(m_tokenField->lineEdit());
    tokenForm->addRow(tokenCaption, m_tokenField);
    tokenForm->addRow(tr("Expiry:"), m_expiry);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addLayout(tokenForm);
    resultLayout->addWidget(new SecretClipboardStatus(clipboard, result));
    resultLayout->addWidget(m_claimsView);
    resultLayout->addStretch();
    m_resultArea->setObjectName(QStringLiteral("exchangeResult"));
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setFrameShape(QFrame::NoFrame);
    m_resultArea->setWidget(result);
    m_resultArea->setVisible(false);

    m_exchangeButton->setObjectName(QStringLiteral("exchangeButton"));
    connect(m_exchangeButton, &QPushButton::clicked, this, &ExchangeDialog::exchange);
    QDialogButtonBox *buttons = closeButtonBox(m_exchangeButton, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_resultArea, 1);
    layout->addStretch();
    layout->addWidget(buttons);

    m_keyField->setFocus();
    updateExchangeButton();
    resize(openingSize(this, QSize(680, 640)));
    growWithContents(this);
}

ExchangeDialog::~ExchangeDialog()
{
    ++m_generation;
    m_exchange->cancel();
    m_keyField->wipe();
    m_tokenField->wipe();
}

void ExchangeDialog::setAccessKey(const QString &cleartext)
{
    m_keyField->setSecret(cleartext);
    if (!cleartext.isEmpty())
        m_claimsEdit->setFocus();
}

void ExchangeDialog::setTenants(const QList<Tenant> &tenants)
{
    const QString typed = m_tenantCombo->currentText();
    m_tenantCombo->clear();
    m_tenantCombo->addItem(QString(), QString());
    for (const Tenant &tenant : tenants) {
        //: %1 is a tenant's name, %2 its ID
        const QString text =
            tenant.name.isEmpty() ? tenant.id : tr("%1 (%2)", "tenant").arg(tenant.name, tenant.id);
        m_tenantCombo->addItem(text, tenant.id);
    }
    m_tenantCombo->setCurrentText(typed);
}

void ExchangeDialog::done(int result)
{
    ++m_generation;
    m_exchange->cancel();
    setExchanging(false);
    m_keyField->wipe();
    clearResult();
    m_error->setVisible(false);
    QDialog::done(result);
}

void ExchangeDialog::exchange()
{
    const ParsedClaims customClaims = claims::objectFromText(m_claimsEdit->toPlainText());
    if (m_exchanging || !customClaims.ok() || isBlank(m_keyField->secret()))
        return;
    clearResult();
    m_error->setVisible(false);
    setExchanging(true);
    const quint64 generation = ++m_generation;
    m_exchange->exchange(
        m_keyField->secret(), customClaims.claims, selectedTenant(), this,
        [this, generation](const Result<ExchangeResult> &answer) {
            if (generation != m_generation)
                return;
            setExchanging(false);
            if (!answer) {
                const bool cancelled = answer.error().kind == ApiError::Kind::Cancelled;
                showError(cancelled
                              ? tr("The exchange was cancelled.")
                              //: %1 says what went wrong and what to do
                              : tr("The exchange failed. %1").arg(answer.error().userMessage()),
                          !cancelled);
                return;
            }
            showResult(answer.value());
            Q_EMIT exchanged(answer.value());
        });
}

void ExchangeDialog::cancelExchange()
{
    if (m_exchanging)
        m_exchange->cancel();
}

void ExchangeDialog::validateClaims()
{
    const ParsedClaims customClaims = claims::objectFromText(m_claimsEdit->toPlainText());
    m_claimsValid = customClaims.ok();
    m_claimsProblem->setText(m_claimsValid ? QString() : customClaims.problems.constFirst().reason);
    setErrorColour(m_claimsProblem, !m_claimsValid);
    m_claimsProblem->setVisible(!m_claimsValid);
    updateExchangeButton();
}

void ExchangeDialog::updateExchangeButton()
{
    const bool ready = !m_exchanging && m_claimsValid && !isBlank(m_keyField->secret());
    m_exchangeButton->setEnabled(ready);
    m_exchangeButton->setToolTip(
        m_claimsValid ? QString() : tr("Correct the custom claims first: they must be JSON."));
}

void ExchangeDialog::setExchanging(bool exchanging)
{
    m_exchanging = exchanging;
    m_progress->setVisible(exchanging);
    // The inputs stay as they were, but not editable while they are in use.
    m_inputs->setEnabled(!exchanging);
    updateExchangeButton();
    if (exchanging)
        m_cancelButton->setFocus();
}

void ExchangeDialog::showError(const QString &text, bool failure)
{
    m_error->setText(text);
    setErrorColour(m_error, failure);
    m_error->setVisible(true);
    m_keyField->setFocus();
}

void ExchangeDialog::showResult(const ExchangeResult &result)
{
    m_tokenField->setSecret(result.sessionJwt);
    qint64 expiresAt = result.expiration;
    if (expiresAt <= 0)
        expiresAt = result.claims.value(QStringLiteral("exp")).toInteger();
    m_expiry->setExpiry(expiresAt);
    m_claimsView->showResult(result);
    m_resultArea->setVisible(true);
    m_tokenField->copyButton()->setFocus();
}

void ExchangeDialog::clearResult()
{
    m_resultArea->setVisible(false);
    m_tokenField->wipe();
    m_tokenField->setRevealed(false);
    m_expiry->clearExpiry();
    m_claimsView->clear();
}

QString ExchangeDialog::selectedTenant() const
{
    const QString text = m_tenantCombo->currentText().trimmed();
    const int index = m_tenantCombo->findText(text, Qt::MatchExactly);
    return index >= 0 ? m_tenantCombo->itemData(index).toString() : text;
}

} // namespace descope
