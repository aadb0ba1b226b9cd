#include "KeyFilter.h"

#include <algorithm>

namespace descope {

namespace {

bool contains(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.begin(), list.end(),
                       [&needle](const QString &item) { return contains(item, needle); });
}

} // namespace

bool KeyFilter::isEmpty() const
{
    return m_text.isEmpty() && !m_status && !m_expiringWithinDays && m_tenantId.isEmpty();
}

bool KeyFilter::matchesText(const AccessKey &key) const
{
    if (contains(key.name, m_text) || contains(key.id, m_text) ||
        contains(key.description, m_text) || contains(key.createdBy, m_text) ||
        anyContains(key.roleNames, m_text))
        return true;
    return std::any_of(
        key.keyTenants.begin(), key.keyTenants.end(), [this](const KeyTenant &tenant) {
            return contains(tenant.tenantId, m_text) || contains(tenant.tenantName, m_text) ||
                   anyContains(tenant.roleNames, m_text);
        });
}

bool KeyFilter::accepts(const AccessKey &key, const QDateTime &now) const
{
    if (m_status && deriveKeyStatus(key.active, key.expireTime, now) != *m_status)
        return false;
    if (m_expiringWithinDays) {
        const qint64 nowSeconds = now.toSecsSinceEpoch();
        const qint64 horizon = nowSeconds + qint64(*m_expiringWithinDays) * 24 * 60 * 60;
        if (key.expireTime == 0 || key.expireTime <= nowSeconds || key.expireTime > horizon)
            return false;
    }
    if (!m_tenantId.isEmpty() &&
        std::none_of(key.keyTenants.begin(), key.keyTenants.end(),
                     [this](const KeyTenant &tenant) { return tenant.tenantId == m_tenantId; }))
        return false;
    return m_text.isEmpty() || matchesText(key);
}

} // namespace descope
