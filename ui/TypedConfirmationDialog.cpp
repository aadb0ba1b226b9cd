#include "TypedConfirmationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace descope {

TypedConfirmationDialog::TypedConfirmationDialog(const Question &question, QWidget *parent)
    : QDialog(parent)
    , m_expected(question.expected)
    , m_typed(new QLineEdit(this))
    , m_confirm(nullptr)
    , m_cancel(nullptr)
{
    setObjectName(QStringLiteral("typedConfirmationDialog"));
    setWindowTitle(question.title);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(QStringLiteral("<b>%1</b>").arg(question.text.toHtmlEscaped()), this);
    text->setObjectName(QStringLiteral("questionLabel"));
    text->setWordWrap(true);
    auto *informative = new QLabel(question.informativeText, this);
    informative->setObjectName(QStringLiteral("informativeLabel"));
    informative->setTextFormat(Qt::PlainText);
    informative->setWordWrap(true);
    informative->setTextInteractionFlags(Qt::TextSelectableByMouse);

    //: Above the field where the administrator types the count of keys to confirm
    auto *instruction = new QLabel(tr("To confirm, type %1:").arg(m_expected), this);
    instruction->setBuddy(m_typed);
    m_typed->setObjectName(QStringLiteral("typedCountField"));
    m_typed->setPlaceholderText(m_expected);
    m_typed->setAccessibleName(instruction->text());

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(question.confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TypedConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_typed, &QLineEdit::textChanged, this, &TypedConfirmationDialog::updateConfirmButton);

    auto *body = new QVBoxLayout;
    body->addWidget(text);
    body->addWidget(informative);
    body->addSpacing(6);
    body->addWidget(instruction);
    body->addWidget(m_typed);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateConfirmButton();
    m_typed->setFocus(Qt::OtherFocusReason);
}

bool TypedConfirmationDialog::matches() const
{
    return !m_expected.isEmpty() && m_typed->text().trimmed() == m_expected;
}

void TypedConfirmationDialog::updateConfirmButton()
{
    const bool confirmable = matches();
    m_confirm->setEnabled(confirmable);
    // Enter in the field presses the default button: Cancel until the count is right.
    m_confirm->setDefault(confirmable);
    m_confirm->setAutoDefault(confirmable);
    m_cancel->setDefault(!confirmable);
    m_cancel->setAutoDefault(!confirmable);
}

void TypedConfirmationDialog::accept()
{
    if (matches())
        QDialog::accept();
}

} // namespace descope
