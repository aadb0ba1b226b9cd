#include "KeyRolesSection.h"

#include "ManagementClient.h"
#include "RolePicker.h"
#include "TenantRolesEditor.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace descope {

namespace {

constexpr auto ProblemStyle = QLatin1String("QLabel { color: #b91c1c; }");

// The section was part of the key dialog: its texts keep the dialog's context, in which the
// catalogues translate them (lupdate reads the context from here too).
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(descope::KeyEditorDialog)
};

} // namespace

KeyRolesSection::KeyRolesSection(QWidget *parent)
    : QWidget(parent)
    , m_projectScope(new QRadioButton(Texts::tr("&Project roles"), this))
    , m_tenantScope(new QRadioButton(Texts::tr("Roles per &tenant"), this))
    , m_projectRoles(new RolePicker(this))
    , m_tenantRoles(new TenantRolesEditor(this))
    , m_catalogStatus(new QLabel(this))
    , m_retry(new QPushButton(Texts::tr("&Retry"), this))
{
    setObjectName(QStringLiteral("rolesSection"));
    m_projectScope->setObjectName(QStringLiteral("projectRolesScope"));
    m_projectScope->setToolTip(Texts::tr("Roles that apply to the whole project"));
    m_tenantScope->setObjectName(QStringLiteral("tenantRolesScope"));
    m_tenantScope->setToolTip(Texts::tr("Roles that apply in the chosen tenants only"));
    m_projectRoles->setObjectName(QStringLiteral("projectRolePicker"));
    m_catalogStatus->setObjectName(QStringLiteral("catalogStatus"));
    m_catalogStatus->setWordWrap(true);
    m_catalogStatus->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("retryCatalogButton"));
    m_retry->setToolTip(Texts::tr("Ask Descope for the project's tenants and roles again"));
    m_retry->hide();

    auto *status = new QHBoxLayout;
    status->addWidget(m_catalogStatus, 1);
    status->addWidget(m_retry);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_projectScope, 0, 0);
    grid->addWidget(m_projectRoles, 0, 1);
    grid->addWidget(m_tenantScope, 1, 0);
    grid->addWidget(m_tenantRoles, 2, 0, 1, 2);
    grid->addLayout(status, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_projectScope, &QRadioButton::toggled, this, [this] {
        updateScope();
        Q_EMIT edited(KeyField::ProjectRoles);
    });
    connect(m_projectRoles, &RolePicker::selectionChanged, this,
            [this] { Q_EMIT edited(KeyField::ProjectRoles); });
    connect(m_tenantRoles, &TenantRolesEditor::changed, this,
            [this] { Q_EMIT edited(KeyField::TenantRoles); });
    connect(m_tenantRoles, &TenantRolesEditor::rowsChanged, this,
            &KeyRolesSection::focusChainChanged);
    connect(m_retry, &QPushButton::clicked, this, &KeyRolesSection::retryRequested);
}

void KeyRolesSection::load(const KeyForm &form)
{
    const QSignalBlocker blockScope(m_projectScope);
    m_projectScope->setChecked(form.roleScope == KeyForm::RoleScope::Project);
    m_tenantScope->setChecked(form.roleScope == KeyForm::RoleScope::Tenants);
    m_projectRoles->setSelectedRoles(form.projectRoles);
    m_tenantRoles->setEntries(form.tenantRoles);
    updateScope();
}

void KeyRolesSection::store(KeyForm &form) const
{
    form.roleScope =
        m_tenantScope->isChecked() ? KeyForm::RoleScope::Tenants : KeyForm::RoleScope::Project;
    form.projectRoles = m_projectRoles->selectedRoles();
    form.tenantRoles = m_tenantRoles->entries();
}

void KeyRolesSection::setProblems(const QList<FieldProblem> &problems)
{
    m_tenantRoles->setProblems(problems);
}

void KeyRolesSection::loadCatalog(ManagementClient *client)
{
    const quint64 generation = ++m_catalogGeneration;
    m_catalogPending = 2;
    m_catalogError.clear();
    updateCatalogStatus();
    client->tenants(this, [this, generation](const Result<QList<Tenant>> &result) {
        if (generation != m_catalogGeneration)
            return;
        --m_catalogPending;
        if (result)
            m_tenantRoles->setTenants(result.value());
        else
            catalogFailed(result.error());
        updateCatalogStatus();
    });
    client->roles(this, [this, generation](const Result<QList<Role>> &result) {
        if (generation != m_catalogGeneration)
            return;
        --m_catalogPending;
        if (result) {
            // A key's roles, in the project and in each tenant, are project-level roles.
            QList<Role> projectRoles;
            for (const Role &role : result.value()) {
                if (role.tenantId.isEmpty())
                    projectRoles.append(role);
            }
            m_projectRoles->setAvailableRoles(projectRoles);
            m_tenantRoles->setAvailableRoles(projectRoles);
        } else {
            catalogFailed(result.error());
        }
        updateCatalogStatus();
    });
}

QWidget *KeyRolesSection::projectRolesField() const
{
    return m_projectRoles;
}

QWidget *KeyRolesSection::tenantRolesField() const
{
    return m_tenantRoles;
}

QList<QWidget *> KeyRolesSection::focusChain() const
{
    QList<QWidget *> chain = {m_projectScope, m_projectRoles, m_tenantScope};
    chain += m_tenantRoles->focusChain();
    chain << m_retry;
    return chain;
}

void KeyRolesSection::catalogFailed(const ApiError &error)
{
    if (m_catalogError.isEmpty())
        m_catalogError = error.userMessage();
}

void KeyRolesSection::updateCatalogStatus()
{
    const bool loading = m_catalogPending > 0;
    const bool failed = !loading && !m_catalogError.isEmpty();
    if (loading)
        m_catalogStatus->setText(Texts::tr("Loading the project's tenants and roles…"));
    else if (failed)
        m_catalogStatus->setText(
            Texts::tr("The tenants and roles could not be loaded. %1").arg(m_catalogError));
    m_catalogStatus->setStyleSheet(failed ? QString(ProblemStyle) : QString());
    m_catalogStatus->setVisible(loading || failed);
    if (m_retry->isHidden() == failed) {
        m_retry->setVisible(failed);
        Q_EMIT focusChainChanged();
    }
    if (loading || failed) {
        const QString unavailable = loading ? Texts::tr("Loading…") : Texts::tr("Not loaded");
        m_projectRoles->setUnavailableText(unavailable);
        m_tenantRoles->setUnavailableText(unavailable);
    }
}

void KeyRolesSection::updateScope()
{
    const bool project = m_projectScope->isChecked();
    // The other scope keeps its choices, shown but inactive, until it is chosen again.
    m_projectRoles->setEnabled(project);
    m_tenantRoles->setEnabled(!project);
}

} // namespace descope
