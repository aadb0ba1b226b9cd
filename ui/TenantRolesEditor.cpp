#include "TenantRolesEditor.h"

#include "FieldProblemLabel.h"
#include "RolePicker.h"
#include "WholeTextComboBox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace descope {

namespace {

// The tenant's name as the key answer gave it, for rows whose tenant is not in the list.
constexpr int TenantNameRole = Qt::UserRole + 1;

} // namespace

TenantRolesEditor::TenantRolesEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(tr("No tenants yet. Add one to give the key roles in it."), this))
    , m_add(new QPushButton(tr("&Add tenant"), this))
{
    setObjectName(QStringLiteral("tenantRolesEditor"));
    m_unavailableText = tr("No tenants to choose from");
    m_empty->setObjectName(QStringLiteral("tenantRolesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_add->setObjectName(QStringLiteral("addTenantButton"));
    m_add->setToolTip(tr("Give the key roles in one more tenant"));

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TenantRolesEditor::addEntry);
}

void TenantRolesEditor::setTenants(const QList<Tenant> &tenants)
{
    m_tenants = tenants;
    for (const Row &row : m_rows) {
        const QSignalBlocker blocker(row.tenant);
        fillTenantBox(row.tenant, row.tenant->currentData().toString(),
                      row.tenant->currentData(TenantNameRole).toString());
    }
}

void TenantRolesEditor::setAvailableRoles(const QList<Role> &roles)
{
    m_roles = roles;
    for (const Row &row : m_rows)
        row.roles->setAvailableRoles(roles);
}

void TenantRolesEditor::setUnavailableText(const QString &text)
{
    m_unavailableText = text;
    for (const Row &row : m_rows) {
        row.roles->setUnavailableText(text);
        const QSignalBlocker blocker(row.tenant);
        fillTenantBox(row.tenant, row.tenant->currentData().toString(),
                      row.tenant->currentData(TenantNameRole).toString());
    }
}

void TenantRolesEditor::setEntries(const QList<KeyTenant> &entries)
{
    m_rows.clear();
    for (const KeyTenant &entry : entries)
        appendRow(entry);
    updateEmptyState();
    Q_EMIT rowsChanged();
}

QList<KeyTenant> TenantRolesEditor::entries() const
{
    QList<KeyTenant> list;
    for (const Row &row : m_rows) {
        const QString id = row.tenant->currentData().toString();
        const QString name = row.tenant->currentData(TenantNameRole).toString();
        list.append({id, name, row.roles->selectedRoles()});
    }
    return list;
}

void TenantRolesEditor::addEntry()
{
    Row &row = appendRow({});
    updateEmptyState();
    Q_EMIT rowsChanged();
    Q_EMIT changed();
    row.tenant->setFocus(Qt::OtherFocusReason);
}

void TenantRolesEditor::setProblems(const QList<FieldProblem> &problems)
{
    for (int index = 0; index < m_rows.size(); ++index) {
        QString reason;
        for (const FieldProblem &problem : problems) {
            if (problem.field == KeyField::TenantRoles && problem.row == index) {
                reason = problem.reason;
                break;
            }
        }
        m_rows.at(index).problem->setProblem(reason);
    }
}

QComboBox *TenantRolesEditor::tenantBox(int row) const
{
    return m_rows.part(row, &Row::tenant);
}

RolePicker *TenantRolesEditor::rolePicker(int row) const
{
    return m_rows.part(row, &Row::roles);
}

QList<QWidget *> TenantRolesEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows)
        chain << row.tenant << row.roles << row.remove;
    chain << m_add;
    return chain;
}

TenantRolesEditor::Row &TenantRolesEditor::appendRow(const KeyTenant &entry)
{
    Row row;
    row.container = new QWidget(this);
    // Tenants are told apart by their names: the chosen one shows whole.
    row.tenant = new WholeTextComboBox(row.container);
    row.tenant->setObjectName(QStringLiteral("tenantBox"));
    fillTenantBox(row.tenant, entry.tenantId, entry.tenantName);
    row.roles = new RolePicker(row.container);
    row.roles->setObjectName(QStringLiteral("tenantRolePicker"));
    row.roles->setUnavailableText(m_unavailableText);
    row.roles->setAvailableRoles(m_roles);
    row.roles->setSelectedRoles(entry.roleNames);
    row.remove = new QToolButton(row.container);
    row.remove->setObjectName(QStringLiteral("removeTenantButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setToolTip(tr("Remove this tenant and the key's roles in it"));
    row.remove->setAccessibleName(tr("Remove tenant"));
    row.problem = new FieldProblemLabel(row.tenant, row.container);

    auto *grid = new QGridLayout(row.container);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(row.tenant, 0, 0);
    grid->addWidget(row.roles, 0, 1);
    grid->addWidget(row.remove, 0, 2);
    grid->addWidget(row.problem, 1, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    m_rowsLayout->addWidget(row.container);
    // Usable at once (a layout would show it only on the next event loop pass).
    row.container->show();

    connect(row.tenant, &QComboBox::currentIndexChanged, this, &TenantRolesEditor::changed);
    connect(row.roles, &RolePicker::selectionChanged, this, &TenantRolesEditor::changed);
    QWidget *container = row.container;
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        m_rows.remove(container);
        updateEmptyState();
        Q_EMIT rowsChanged();
        Q_EMIT changed();
        m_add->setFocus(Qt::OtherFocusReason);
    });
    return m_rows.append(row);
}

void TenantRolesEditor::fillTenantBox(QComboBox *box, const QString &tenantId,
                                      const QString &tenantName) const
{
    box->clear();
    box->addItem(m_tenants.isEmpty() ? m_unavailableText : tr("Choose a tenant"), QString());
    bool found = false;
    for (const Tenant &tenant : m_tenants) {
        box->addItem(tenant.name.isEmpty() ? tenant.id : tenant.name, tenant.id);
        box->setItemData(box->count() - 1, tenant.name, TenantNameRole);
        box->setItemData(box->count() - 1, tenant.id, Qt::ToolTipRole);
        found = found || tenant.id == tenantId;
    }
    if (!tenantId.isEmpty() && !found) {
        const QString shown = tenantName.isEmpty() ? tenantId : tenantName;
        box->addItem(m_tenants.isEmpty() ? shown : tr("%1 (not in this project)").arg(shown),
                     tenantId);
        box->setItemData(box->count() - 1, tenantName, TenantNameRole);
        box->setItemData(box->count() - 1, tenantId, Qt::ToolTipRole);
    }
    box->setCurrentIndex(std::max(0, box->findData(tenantId)));
}

void TenantRolesEditor::updateEmptyState()
{
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace descope
