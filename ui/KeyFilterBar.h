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
    // Shows this tenant as the one chosen, without reporting it: the session went back to it.
    void showTenant(const QString &tenantId) { selectTenant(tenantId); }

    void focusSearch();
    void clear();
    // Whether a search, a status or a tenant narrows the keys, and which, in words.
    bool isActive() const;
    QString activeFiltersText() const;

    // The filters are a project's own: kept per project ID, and a project without any saved
    // starts unfiltered. Restoring also forgets the previous project's tenants.
    void saveState(QSettings &settings, const QString &projectId) const;
    void restoreState(const QSettings &settings, const QString &projectId);

Q_SIGNALS:
    void filterChanged();
    void tenantChanged(const QString &tenantId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void selectTenant(const QString &tenantId);

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_tenant;
    int m_expiringSoonDays;
    // Restored before the tenants arrive; applied when they do.
    QString m_pendingTenantId;
};

} // namespace descope
