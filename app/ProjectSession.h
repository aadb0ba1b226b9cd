#pragma once

#include "ApiError.h"
#include "Connection.h"
#include "ProjectTypes.h"

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
    bool isLoading() const { return m_loading; }
    // Why the last load failed; empty once a load succeeds.
    const std::optional<ApiError> &loadError() const { return m_loadError; }
    // Whether keys have been loaded at least once, so the table has something to show.
    bool hasLoaded() const { return m_hasLoaded; }

    // Narrows loading to keys with roles in this tenant, asked of the server (`tenantIds`).
    // Empty means every key. A change reloads.
    QString tenantScope() const { return m_tenantScope; }
    void setTenantScope(const QString &tenantId);

    void loadTenants();
    const QList<Tenant> &tenants() const { return m_tenants; }

    // How often the model's "now" moves on; the default is once a minute.
    void setClockInterval(int milliseconds) { m_clock.setInterval(milliseconds); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void keysLoaded();
    void loadFailed(const descope::ApiError &error);
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
    QString m_tenantScope;
    QList<Tenant> m_tenants;
    QTimer m_clock;
};

} // namespace descope
