#include "KeyFilterBar.h"

#include "KeyTableModel.h"
#include "WholeTextComboBox.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>

namespace descope {

namespace {

// The status choices, as stored in the settings: stable strings, not combo box positions.
constexpr auto AnyStatus = QLatin1String("any");
constexpr auto ActiveStatus = QLatin1String("active");
constexpr auto InactiveStatus = QLatin1String("inactive");
constexpr auto ExpiredStatus = QLatin1String("expired");
constexpr auto ExpiringSoonStatus = QLatin1String("expiring-soon");

// "KeyFilters/<project ID>/text", ...; the project ID percent-encoded, so that no character
// of it can reach into another group.
constexpr auto FiltersGroup = QLatin1String("KeyFilters");
constexpr auto SearchKey = QLatin1String("text");
constexpr auto StatusKey = QLatin1String("status");
constexpr auto TenantKey = QLatin1String("tenant");
// Where one filter for every project was kept before: it belongs to no project known now.
constexpr auto LegacyFiltersGroup = QLatin1String("KeyFilter");

QString projectGroup(const QString &projectId)
{
    return FiltersGroup + u'/' + QString::fromLatin1(projectId.toUtf8().toPercentEncoding());
}

} // namespace

KeyFilterBar::KeyFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tenant(new WholeTextComboBox(this))
    , m_expiringSoonDays(KeyTableModel::DefaultExpiringSoonDays)
{
    setObjectName(QStringLiteral("keyFilterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, IDs, descriptions, roles, tenants, creators"));
    m_search->setToolTip(tr("Every word must appear somewhere in the key (Ctrl+F)"));
    // Room to type a few words, however much the tenant's name takes.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show keys by status"));
    //: A choice in the status filter: show every key
    m_status->addItem(tr("All statuses"), AnyStatus);
    //: A choice in the status filter: show the active keys
    m_status->addItem(tr("Active", "key status filter"), ActiveStatus);
    //: A choice in the status filter: show the deactivated keys
    m_status->addItem(tr("Inactive", "key status filter"), InactiveStatus);
    //: A choice in the status filter: show the keys whose expiry time has passed
    m_status->addItem(tr("Expired", "key status filter"), ExpiredStatus);
    m_status->addItem(QString(), ExpiringSoonStatus);
    setExpiringSoonDays(m_expiringSoonDays);

    m_tenant->setObjectName(QStringLiteral("tenantFilter"));
    m_tenant->setToolTip(tr("Show the keys that have roles in one tenant"));
    m_tenant->addItem(tr("All tenants"), QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_tenant);

    retranslate();
    // Esc clears a search first; only an empty field lets Esc through to the window.
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &KeyFilterBar::filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &KeyFilterBar::filterChanged);
    connect(m_tenant, &QComboBox::activated, this, [this] {
        m_pendingTenantId.clear();
        Q_EMIT tenantChanged(tenantId());
    });
}

KeyFilter KeyFilterBar::filter() const
{
    KeyFilter filter;
    filter.setText(m_search->text());
    const QString status = m_status->currentData().toString();
    if (status == ActiveStatus)
        filter.setStatus(KeyStatus::Active);
    else if (status == InactiveStatus)
        filter.setStatus(KeyStatus::Inactive);
    else if (status == ExpiredStatus)
        filter.setStatus(KeyStatus::Expired);
    else if (status == ExpiringSoonStatus)
        filter.setExpiringWithinDays(m_expiringSoonDays);
    return filter;
}

QString KeyFilterBar::tenantId() const
{
    return m_pendingTenantId.isEmpty() ? m_tenant->currentData().toString() : m_pendingTenantId;
}

void KeyFilterBar::setExpiringSoonDays(int days)
{
    m_expiringSoonDays = days;
    m_status->setItemText(m_status->findData(ExpiringSoonStatus),
                          //: A choice in the status filter: keys that expire soon
                          tr("Expiring within %n day(s)", nullptr, days));
    if (m_status->currentData().toString() == ExpiringSoonStatus)
        Q_EMIT filterChanged();
}

void KeyFilterBar::setTenants(const QList<Tenant> &tenants)
{
    const QString current = tenantId();
    m_tenant->clear();
    m_tenant->addItem(tr("All tenants"), QString());
    for (const Tenant &tenant : tenants) {
        m_tenant->addItem(tenant.name.isEmpty() ? tenant.id : tenant.name, tenant.id);
        m_tenant->setItemData(m_tenant->count() - 1, tenant.id, Qt::ToolTipRole);
    }
    m_tenant->setEnabled(true);
    m_tenant->setToolTip(tr("Show the keys that have roles in one tenant"));
    selectTenant(current);
    // The server's list is complete: a tenant missing from it is gone, so stop asking for it.
    if (!m_pendingTenantId.isEmpty()) {
        m_pendingTenantId.clear();
        Q_EMIT tenantChanged(QString());
    }
}

void KeyFilterBar::setTenantsUnavailable(const QString &reason)
{
    m_tenant->setEnabled(m_tenant->count() > 1);
    m_tenant->setToolTip(tr("The tenants could not be loaded: %1").arg(reason));
}

void KeyFilterBar::selectTenant(const QString &tenantId)
{
    const int index = m_tenant->findData(tenantId);
    if (index >= 0) {
        m_pendingTenantId.clear();
        m_tenant->setCurrentIndex(index);
        return;
    }
    // Not (yet) among the tenants: keep asking for it, so a restored choice survives until
    // the list arrives.
    m_pendingTenantId = tenantId;
    m_tenant->setCurrentIndex(0);
}

void KeyFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KeyFilterBar::clear()
{
    const bool tenantWasSet = !tenantId().isEmpty();
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        m_search->clear();
        m_status->setCurrentIndex(0);
    }
    m_pendingTenantId.clear();
    m_tenant->setCurrentIndex(0);
    Q_EMIT filterChanged();
    if (tenantWasSet)
        Q_EMIT tenantChanged(QString());
}

bool KeyFilterBar::isActive() const
{
    return !filter().isEmpty() || !tenantId().isEmpty();
}

QString KeyFilterBar::activeFiltersText() const
{
    QStringList parts;
    if (!m_search->text().trimmed().isEmpty())
        //: A part of the list of filters in use; %1 is the search text
        parts.append(tr("the search “%1”").arg(m_search->text().trimmed()));
    if (m_status->currentIndex() > 0)
        //: A part of the list of filters in use; %1 is a status filter's choice
        parts.append(tr("the status “%1”").arg(m_status->currentText()));
    if (!tenantId().isEmpty()) {
        const QString tenant =
            m_pendingTenantId.isEmpty() ? m_tenant->currentText() : m_pendingTenantId;
        //: A part of the list of filters in use; %1 is a tenant's name
        parts.append(tr("the tenant “%1”").arg(tenant));
    }
    //: Separates the filters in use, e.g. "the search “ci”, the status “Active”"
    return parts.join(tr(", "));
}

void KeyFilterBar::saveState(QSettings &settings, const QString &projectId) const
{
    settings.remove(LegacyFiltersGroup);
    if (projectId.isEmpty())
        return;
    settings.beginGroup(projectGroup(projectId));
    settings.setValue(SearchKey, m_search->text());
    settings.setValue(StatusKey, m_status->currentData().toString());
    settings.setValue(TenantKey, tenantId());
    settings.endGroup();
}

void KeyFilterBar::restoreState(const QSettings &settings, const QString &projectId)
{
    const QString group = projectGroup(projectId) + u'/';
    const auto saved = [&](QLatin1String key) {
        return projectId.isEmpty() ? QString() : settings.value(group + key).toString();
    };
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        m_search->setText(saved(SearchKey));
        const int status = m_status->findData(saved(StatusKey));
        m_status->setCurrentIndex(status >= 0 ? status : 0);
        // Another project's tenants are not this one's: the list waits for setTenants().
        while (m_tenant->count() > 1)
            m_tenant->removeItem(m_tenant->count() - 1);
    }
    selectTenant(saved(TenantKey));
    Q_EMIT filterChanged();
}

void KeyFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search names, IDs, descriptions, roles, tenants, creators"));
    m_search->setToolTip(tr("Every word must appear somewhere in the key (Ctrl+F; Esc clears)"));
    m_status->setToolTip(tr("Show keys by status"));
    //: A choice in the status filter: show every key
    m_status->setItemText(m_status->findData(AnyStatus), tr("All statuses"));
    //: A choice in the status filter: show the active keys
    m_status->setItemText(m_status->findData(ActiveStatus), tr("Active", "key status filter"));
    //: A choice in the status filter: show the deactivated keys
    m_status->setItemText(m_status->findData(InactiveStatus), tr("Inactive", "key status filter"));
    //: A choice in the status filter: show the keys whose expiry time has passed
    m_status->setItemText(m_status->findData(ExpiredStatus), tr("Expired", "key status filter"));
    setExpiringSoonDays(m_expiringSoonDays);
    m_tenant->setItemText(0, tr("All tenants"));
    if (m_tenant->isEnabled())
        m_tenant->setToolTip(tr("Show the keys that have roles in one tenant"));
}

void KeyFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool KeyFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && !m_search->text().isEmpty() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        // Taking the override keeps a window shortcut on Esc (stop loading) from firing.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace descope
