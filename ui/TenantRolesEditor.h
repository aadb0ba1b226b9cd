#pragma once

#include "AccessKey.h"
#include "EditorRows.h"
#include "KeyForm.h"
#include "ProjectTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace descope {

class FieldProblemLabel;
class RolePicker;

// A key's roles per tenant: one row per tenant, each a tenant picked from the project's list
// and the roles the key has in it, with rows added and removed at will. A tenant the key
// already has keeps its row even when the project's list lacks it (not loaded yet, or gone).
class TenantRolesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TenantRolesEditor(QWidget *parent = nullptr);

    void setTenants(const QList<Tenant> &tenants);
    void setAvailableRoles(const QList<Role> &roles);
    // What an empty tenant or role list says while the lists load or after they failed.
    void setUnavailableText(const QString &text);

    void setEntries(const QList<KeyTenant> &entries);
    QList<KeyTenant> entries() const;
    // Appends an empty row and puts the focus on its tenant.
    void addEntry();

    // Marks the rows that the TenantRoles problems name; other problems are ignored.
    void setProblems(const QList<FieldProblem> &problems);

    int rowCount() const { return m_rows.size(); }
    QComboBox *tenantBox(int row) const;
    RolePicker *rolePicker(int row) const;
    QPushButton *addButton() const { return m_add; }

    // The focusable parts, in tab order; it changes with rowsChanged().
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void changed();
    void rowsChanged();

private:
    struct Row
    {
        QWidget *container = nullptr;
        QComboBox *tenant = nullptr;
        RolePicker *roles = nullptr;
        QToolButton *remove = nullptr;
        FieldProblemLabel *problem = nullptr;
    };

    Row &appendRow(const KeyTenant &entry);
    void fillTenantBox(QComboBox *box, const QString &tenantId, const QString &tenantName) const;
    void updateEmptyState();

    EditorRows<Row> m_rows;
    QList<Tenant> m_tenants;
    QList<Role> m_roles;
    QString m_unavailableText;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QPushButton *m_add;
};

} // namespace descope
