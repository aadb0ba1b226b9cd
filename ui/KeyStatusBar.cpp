#include "KeyStatusBar.h"

#include "ElidedLabel.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>

namespace descope {

KeyStatusBar::KeyStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_countsLabel(new ElidedLabel(this))
    , m_clearFilters(new QToolButton(this))
    , m_selectionLabel(new ElidedLabel(this))
    , m_expiringLabel(new ElidedLabel(this))
    , m_sandboxBadge(new QLabel(this))
    , m_connectionStatus(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_countsLabel->setObjectName(QStringLiteral("keyCountLabel"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionCountLabel"));
    m_expiringLabel->setObjectName(QStringLiteral("expiringCountLabel"));
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_sandboxBadge->setObjectName(QStringLiteral("statusSandboxBadge"));
    m_sandboxBadge->setStyleSheet(
        QStringLiteral("QLabel { background-color: #b45309; color: white; font-weight: bold;"
                       " border-radius: 4px; padding: 0px 6px; }"));
    m_clearFilters->setAutoRaise(true);
    m_clearFilters->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearFilters->setVisible(false);

    // What the table holds is permanent: a passing message must not hide it.
    addPermanentWidget(m_countsLabel);
    addPermanentWidget(m_clearFilters);
    addPermanentWidget(m_selectionLabel);
    addWidget(m_expiringLabel);
    addPermanentWidget(m_sandboxBadge);
    addPermanentWidget(m_connectionStatus);
    connect(m_clearFilters, &QToolButton::clicked, this, &KeyStatusBar::clearFiltersRequested);
    showTexts();
}

void KeyStatusBar::setCounts(const KeyCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    showTexts();
}

void KeyStatusBar::setSelectedCount(int keys)
{
    if (keys == m_selected)
        return;
    m_selected = keys;
    showTexts();
}

void KeyStatusBar::setExpiring(int keys, int withinDays)
{
    if (keys == m_expiring && withinDays == m_expiringDays)
        return;
    m_expiring = keys;
    m_expiringDays = withinDays;
    showTexts();
}

void KeyStatusBar::setConnection(const std::optional<Connection> &connection)
{
    m_connection = connection;
    showTexts();
}

QString KeyStatusBar::countsText(const KeyCounts &counts)
{
    switch (counts.phase) {
    case KeyCounts::Phase::Nothing:
        return {};
    case KeyCounts::Phase::Loading:
        return tr("Loading keys…");
    case KeyCounts::Phase::Loaded:
        break;
    }
    if (!counts.filtered && counts.shown == counts.total)
        return tr("%Ln key(s)", nullptr, counts.total);
    //: %L1 is the count of keys shown, %Ln the count of keys loaded
    const QString shown = tr("%L1 of %Ln key(s) shown", nullptr, counts.total).arg(counts.shown);
    //: Marks a count narrowed by a search or filter, e.g. "Filtered: 5 of 36 keys shown"
    return counts.filtered ? tr("Filtered: %1").arg(shown) : shown;
}

void KeyStatusBar::showTexts()
{
    m_countsLabel->setText(countsText(m_counts));
    QFont font = m_countsLabel->font();
    font.setBold(m_counts.filtered);
    m_countsLabel->setFont(font);
    m_countsLabel->setToolTip(m_counts.filtered ? tr("Narrowed by: %1").arg(m_counts.filters)
                                                : QString());
    m_clearFilters->setVisible(m_counts.filtered);
    //: A button beside the key count: shows every key again
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Clear the search and the filters and show every key"));
    m_selectionLabel->setText(m_selected == 0 ? QString()
                                              : tr("%Ln selected", nullptr, m_selected));
    m_expiringLabel->setText(m_expiring == 0 ? QString()
                                             : tr("%Ln expiring soon", nullptr, m_expiring));
    m_expiringLabel->setToolTip(tr("Keys that expire within %n day(s)", nullptr, m_expiringDays));

    m_sandboxBadge->setText(tr("Sandbox"));
    m_sandboxBadge->setToolTip(tr("A local sandbox with example keys, not a real Descope project"));
    m_sandboxBadge->setVisible(m_connection && m_connection->isSandbox);
    if (!m_connection) {
        m_connectionStatus->setText(tr("Not connected"));
    } else {
        const QString address = m_connection->baseUrl.toDisplayString();
        m_connectionStatus->setText(
            m_connection->isSandbox
                ? tr("Project %1 on the local sandbox at %2").arg(m_connection->projectId, address)
                : tr("Project %1 at %2").arg(m_connection->projectId, address));
    }
}

void KeyStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showTexts();
    QStatusBar::changeEvent(event);
}

} // namespace descope
