#pragma once

#include "KeyFilter.h"
#include "ProjectTypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSettings;

namespace descope {

// Above the key table: a search field that filters as one types, a status filter (with
// "expiring soon") and a tenant filter. Text and status are applied on the client; the tenant
// is a question for the server, so it is reported on its own.
class KeyFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFilterBar(QWidget *parent = nullptr);

    // The client-side part: text, status, expiring soon.
    KeyFilter filter() const;
    QString tenantId() const;

    // "Expiring soon" means within this many days.
    void setExpiringSoonDays(int days);
    // The tenants to offer; the current choice is kept when it is still among them.
    void setTenants(const QList<Tenant> &tenants);
    void setTenantsUnavailable(const QString &reason);

    void focusSearch();
    void clear();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void filterChanged();
    void tenantChanged(const QString &tenantId);

private:
    void selectTenant(const QString &tenantId);

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_tenant;
    int m_expiringSoonDays;
    // Restored before the tenants arrive; applied when they do.
    QString m_pendingTenantId;
};

} // namespace descope
