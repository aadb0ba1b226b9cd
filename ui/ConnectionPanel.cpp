#include "ConnectionPanel.h"

#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace descope {

namespace {

QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_stateLabel(selectableLabel(QStringLiteral("connectionStateLabel"), this))
    , m_sandboxBadge(new QLabel(this))
    , m_projectIdCaption(new QLabel(this))
    , m_projectIdLabel(selectableLabel(QStringLiteral("projectIdLabel"), this))
    , m_baseUrlCaption(new QLabel(this))
    , m_baseUrlLabel(selectableLabel(QStringLiteral("baseUrlLabel"), this))
    , m_detailLabel(new QLabel(this))
{
    QFont headingFont = m_stateLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_stateLabel->setFont(headingFont);

    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setStyleSheet(
        QStringLiteral("QLabel { background-color: #b45309; color: white; font-weight: bold;"
                       " border-radius: 4px; padding: 2px 8px; }"));

    m_detailLabel->setObjectName(QStringLiteral("connectionDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_stateLabel);
    heading->addWidget(m_sandboxBadge);
    heading->addStretch();

    auto *details = new QFormLayout;
    details->addRow(m_projectIdCaption, m_projectIdLabel);
    details->addRow(m_baseUrlCaption, m_baseUrlLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addLayout(details);
    layout->addWidget(m_detailLabel);
    layout->addStretch();

    setNotConnected();
}

void ConnectionPanel::setConnection(const Connection &connection)
{
    m_connection = connection;
    m_reason.clear();
    showTexts();
}

void ConnectionPanel::setNotConnected(const QString &reason)
{
    m_connection.reset();
    m_reason = reason;
    showTexts();
}

void ConnectionPanel::showTexts()
{
    m_sandboxBadge->setText(tr("Sandbox"));
    m_sandboxBadge->setToolTip(tr("A local sandbox with example keys, not a real Descope project"));
    m_projectIdCaption->setText(tr("Project ID:"));
    m_baseUrlCaption->setText(tr("Base URL:"));
    const bool connected = m_connection.has_value();
    for (QWidget *widget : {m_projectIdCaption, m_projectIdLabel, m_baseUrlCaption, m_baseUrlLabel})
        widget->setVisible(connected);
    if (connected) {
        m_stateLabel->setText(tr("Connected to %1").arg(m_connection->displayName));
        m_sandboxBadge->setVisible(m_connection->isSandbox);
        m_projectIdLabel->setText(m_connection->projectId);
        m_baseUrlLabel->setText(m_connection->baseUrl.toDisplayString());
        m_detailLabel->setText(m_connection->isSandbox
                                   ? tr("A local sandbox with example keys: nothing you do here "
                                        "touches a real Descope project.")
                                   : QString());
        return;
    }
    m_stateLabel->setText(tr("Not connected"));
    m_sandboxBadge->setVisible(false);
    m_projectIdLabel->clear();
    m_baseUrlLabel->clear();
    m_detailLabel->setText(m_reason.isEmpty()
                               ? tr("Connection profiles are not available yet. Start the console "
                                    "with --sandbox to try it against a local sandbox with "
                                    "example keys.")
                               : m_reason);
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showTexts();
    QWidget::changeEvent(event);
}

} // namespace descope
