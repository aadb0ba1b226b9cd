#include "ProjectSession.h"

#include "KeyTableModel.h"
#include "ManagementClient.h"

#include <QDateTime>

#include <algorithm>

namespace descope {

namespace {

ClientSettings settingsFor(const Connection &connection)
{
    ClientSettings settings;
    settings.projectId = connection.projectId;
    settings.managementKey = connection.managementKey;
    settings.baseUrl = connection.baseUrl;
    return settings;
}

} // namespace

ProjectSession::ProjectSession(const Connection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_client(std::make_unique<ManagementClient>(settingsFor(connection)))
    , m_keys(new KeyTableModel(this))
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &ProjectSession::tick);
    m_clock.start();
}

ProjectSession::~ProjectSession()
{
    // The cancelled load answers at once; moving on the generation keeps that answer from
    // reaching listeners that are being destroyed with us.
    ++m_loadGeneration;
    if (m_loadJob)
        m_loadJob->cancel();
}

void ProjectSession::reload()
{
    // A newer load makes older answers stale, cancelled or not.
    const quint64 generation = ++m_loadGeneration;
    if (m_loadJob)
        m_loadJob->cancel();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    KeySearchQuery query;
    if (!m_tenantScope.isEmpty())
        query.tenantIds = {m_tenantScope};
    ApiJob *job = m_client->searchKeys(
        query, this, [this, generation, scope = m_tenantScope](Result<QList<AccessKey>> result) {
            if (generation != m_loadGeneration)
                return;
            m_loadJob = nullptr;
            m_loading = false;
            if (!result.ok()) {
                m_loadError = result.error();
                Q_EMIT loadingChanged(false);
                Q_EMIT loadFailed(result.error());
                return;
            }
            m_loadError.reset();
            m_hasLoaded = true;
            m_loadedAt = QDateTime::currentDateTimeUtc();
            m_loadedTenantScope = scope;
            m_keys->setKeys(std::move(result).value(), m_loadedAt);
            Q_EMIT loadingChanged(false);
            Q_EMIT keysLoaded();
        });
    // A call refused before sending has answered already.
    if (m_loading && generation == m_loadGeneration)
        m_loadJob = job;
}

void ProjectSession::cancelReload()
{
    if (!m_loading)
        return;
    // The cancelled job answers at once, with a Cancelled error; the new generation makes
    // that answer stale, so it is neither a failure nor a change of the keys.
    ++m_loadGeneration;
    if (m_loadJob)
        m_loadJob->cancel();
    m_loadJob = nullptr;
    m_loading = false;
    const bool scopeReverted = m_hasLoaded && m_tenantScope != m_loadedTenantScope;
    if (scopeReverted)
        m_tenantScope = m_loadedTenantScope;
    Q_EMIT loadingChanged(false);
    if (scopeReverted)
        Q_EMIT tenantScopeChanged(m_tenantScope);
    Q_EMIT loadCancelled();
}

void ProjectSession::setTenantScope(const QString &tenantId)
{
    if (tenantId == m_tenantScope)
        return;
    m_tenantScope = tenantId;
    reload();
}

void ProjectSession::loadTenants()
{
    m_client->tenants(this, [this](const Result<QList<Tenant>> &result) {
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                Q_EMIT tenantsFailed(result.error());
            return;
        }
        m_tenants = result.value();
        std::sort(m_tenants.begin(), m_tenants.end(), [](const Tenant &a, const Tenant &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
        Q_EMIT tenantsLoaded();
    });
}

void ProjectSession::tick()
{
    m_keys->setNow(QDateTime::currentDateTimeUtc());
}

} // namespace descope
