#pragma once

#include "KeyForm.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;

namespace descope {

struct ApiError;
class ManagementClient;
class RolePicker;
class TenantRolesEditor;

// The roles part of the key form: roles for the whole project or roles per tenant, each picked
// from the project's lists, which it asks the server for itself, saying while they load and,
// when they fail, why, with a way to retry. The scope not chosen keeps its choices, shown but
// inactive, until it is chosen again.
class KeyRolesSection : public QWidget
{
    Q_OBJECT

public:
    explicit KeyRolesSection(QWidget *parent = nullptr);

    // Shows the roles part of `form` without announcing changes.
    void load(const KeyForm &form);
    // Writes what is shown into the roles part of `form`.
    void store(KeyForm &form) const;
    // Marks the rows that the TenantRoles problems name.
    void setProblems(const QList<FieldProblem> &problems);

    // Asks `client` for the tenants and roles, dropping the answers to an earlier request.
    void loadCatalog(ManagementClient *client);
    bool isLoadingCatalog() const { return m_catalogPending > 0; }

    // Where a problem with the project or tenant roles is to be fixed.
    QWidget *projectRolesField() const;
    QWidget *tenantRolesField() const;
    // The focusable parts, in tab order; it changes with focusChainChanged().
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // The user changed the scope or the project roles (KeyField::ProjectRoles), or the roles
    // per tenant (KeyField::TenantRoles).
    void edited(descope::KeyField field);
    void focusChainChanged();
    void retryRequested();

private:
    void catalogFailed(const ApiError &error);
    void updateCatalogStatus();
    void updateScope();

    quint64 m_catalogGeneration = 0;
    int m_catalogPending = 0;
    QString m_catalogError;

    QRadioButton *m_projectScope;
    QRadioButton *m_tenantScope;
    RolePicker *m_projectRoles;
    TenantRolesEditor *m_tenantRoles;
    QLabel *m_catalogStatus;
    QPushButton *m_retry;
};

} // namespace descope
