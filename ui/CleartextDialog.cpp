#include "CleartextDialog.h"

#include "SecretClipboard.h"
#include "SecretClipboardStatus.h"
#include "SecretField.h"
#include "UserPrompts.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace descope {

namespace {

QLabel *plainLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    // Key names come from users: never let them render as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CleartextDialog::CleartextDialog(const AccessKey &key, const QString &cleartext, Reason reason,
                                 SecretClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_reason(reason)
    , m_keyId(key.id)
    , m_keyName(key.name.isEmpty() ? tr("Unnamed key") : key.name)
    , m_field(new SecretField(this))
    , m_exchangeButton(new QPushButton(tr("E&xchange for a Session…"), this))
{
    setObjectName(QStringLiteral("cleartextDialog"));
    const bool rotated = reason == Reason::Rotated;
    setWindowTitle(rotated ? tr("Access Key Rotated") : tr("Access Key Created"));

    //: %1 is the key's name
    auto *heading = plainLabel(rotated ? tr("The access key “%1” was rotated.").arg(m_keyName)
                                       : tr("The access key “%1” was created.").arg(m_keyName),
                               QStringLiteral("cleartextHeading"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *keyIdLabel = plainLabel(m_keyId, QStringLiteral("cleartextKeyId"), this);
    keyIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *warning = plainLabel(
        rotated ? tr("Below is the key's new secret. The old secret has stopped working: update "
                     "everything that used it. The new secret cannot be shown again, so copy it "
                     "now and keep it somewhere safe.")
                : tr("Below is the key's secret. It cannot be shown again, so copy it now and "
                     "keep it somewhere safe."),
        QStringLiteral("cleartextWarning"), this);

    m_field->setObjectName(QStringLiteral("cleartextField"));
    m_field->setClipboard(clipboard);
    m_field->setSecret(cleartext);
    // Wide enough to show the whole secret when revealed, within reason.
    const int secretWidth = m_field->lineEdit()->fontMetrics().horizontalAdvance(cleartext);
    m_field->lineEdit()->setMinimumWidth(qMin(secretWidth + 24, 720));
    connect(m_field, &SecretField::copied, this, [this] { m_copied = true; });

    auto *form = new QFormLayout;
    form->addRow(tr("Key ID:"), keyIdLabel);
    auto *secretCaption = new QLabel(tr("&Secret:"), this);
    secretCaption->setBuddy(m_field->lineEdit());
    form->addRow(secretCaption, m_field);

    m_exchangeButton->setObjectName(QStringLiteral("exchangeForSessionButton"));
    m_exchangeButton->setAutoDefault(false);
    m_exchangeButton->setToolTip(tr("Try the key: exchange it for a session token"));
    connect(m_exchangeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT exchangeRequested(m_field->secret()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exchangeButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(new SecretClipboardStatus(clipboard, this));
    layout->addStretch();
    layout->addWidget(buttons);

    // Enter copies; Ctrl+C works at once because the secret has the focus.
    m_field->copyButton()->setDefault(true);
    m_field->setFocus();
    resize(openingSize(this, QSize(qMax(560, sizeHint().width()), sizeHint().height())));
    growWithContents(this);
}

CleartextDialog::~CleartextDialog()
{
    m_field->wipe();
}

void CleartextDialog::setExchangeAvailable(bool available)
{
    m_exchangeButton->setVisible(available);
}

void CleartextDialog::done(int result)
{
    if (!m_copied && !m_field->isEmpty() && !confirmCloseWithoutCopy())
        return;
    m_field->wipe();
    QDialog::done(result);
}

bool CleartextDialog::confirmCloseWithoutCopy()
{
    UserPrompts::Prompt prompt;
    prompt.icon = QMessageBox::Warning;
    prompt.title = tr("Close Without Copying?");
    //: %1 is the key's name
    prompt.text = tr("The secret of “%1” was not copied.").arg(m_keyName);
    prompt.informativeText =
        tr("It cannot be shown again. Without it the key cannot be used until it is rotated. "
           "Close anyway?");
    return UserPrompts::ask(this, prompt, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace descope
