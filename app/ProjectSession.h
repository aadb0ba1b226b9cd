#pragma once

#include "ApiError.h"
#include "Connection.h"
#include "ProjectTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace descope {

class ApiJob;
class KeyTableModel;
class ManagementClient;

// The live link to one project: its management client, its keys in a table model, and its
// tenants. It loads in the background (the window stays responsive) and keeps the model's
// clock moving so that statuses and "expires in" stay true while the window is open.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(const Connection &connection, QObject *parent = nullptr);
    ~ProjectSession() override;

    const Connection &connection() const { return m_connection; }
    ManagementClient *client() const { return m_client.get(); }
    KeyTableModel *keys() const { return m_keys; }

    // Loads every key of the project, or of the tenant scope; cancels a load in flight.
    void reload();
    // Stops the load in flight, if any, as if it had not been asked for: the keys loaded
    // before stay, a failure reported before stays, and nothing is reported as failed. A
    // tenant scope chosen for that load goes back to the scope of the keys shown.
    void cancelReload();
    bool isLoading() const { return m_loading; }
    // Why the last load failed; empty once a load succeeds.
    const std::optional<ApiError> &loadError() const { return m_loadError; }
    // Whether keys have been loaded at least once, so the table has something to show.
    bool hasLoaded() const { return m_hasLoaded; }
    // When the keys in the model were loaded (UTC); invalid before the first load.
    QDateTime loadedAt() const { return m_loadedAt; }

    // Narrows loading to keys with roles in this tenant, asked of the server (`tenantIds`).
    // Empty means every key. A change reloads.
    QString tenantScope() const { return m_tenantScope; }
    void setTenantScope(const QString &tenantId);
    // The scope of the keys in the model, which differs from tenantScope() while a load for
    // another scope runs or after it failed.
    QString loadedTenantScope() const { return m_loadedTenantScope; }

    void loadTenants();
    const QList<Tenant> &tenants() const { return m_tenants; }

    // How often the model's "now" moves on; the default is once a minute.
    void setClockInterval(int milliseconds) { m_clock.setInterval(milliseconds); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void keysLoaded();
    void loadFailed(const descope::ApiError &error);
    // cancelReload() stopped a load; loadingChanged(false) came first.
    void loadCancelled();
    // cancelReload() put the scope back (setTenantScope() does not report its own changes).
    void tenantScopeChanged(const QString &tenantId);
    void tenantsLoaded();
    void tenantsFailed(const descope::ApiError &error);

private:
    void tick();

    Connection m_connection;
    std::unique_ptr<ManagementClient> m_client;
    KeyTableModel *m_keys;
    QPointer<ApiJob> m_loadJob;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    std::optional<ApiError> m_loadError;
    bool m_hasLoaded = false;
    QDateTime m_loadedAt;
    QString m_tenantScope;
    QString m_loadedTenantScope;
    QList<Tenant> m_tenants;
    QTimer m_clock;
};

} // namespace descope
