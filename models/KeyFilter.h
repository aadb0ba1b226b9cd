#pragma once

#include "AccessKey.h"
#include "KeyStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace descope {

// What the key table shows, as a plain value: free text (over name, ID, description, roles,
// tenants and creator), a status, "expiring within N days" and a tenant. The proxy model only
// asks accepts(); the rules are tested here, without a GUI.
class KeyFilter
{
public:
    void setText(const QString &text) { m_text = text.trimmed(); }
    void setStatus(std::optional<KeyStatus> status) { m_status = status; }
    // Keys that expire within this many days from `now` (already expired keys do not count).
    void setExpiringWithinDays(std::optional<int> days) { m_expiringWithinDays = days; }
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }

    const QString &text() const { return m_text; }
    std::optional<KeyStatus> status() const { return m_status; }
    std::optional<int> expiringWithinDays() const { return m_expiringWithinDays; }
    const QString &tenantId() const { return m_tenantId; }
    bool isEmpty() const;

    bool accepts(const AccessKey &key, const QDateTime &now) const;

    friend bool operator==(const KeyFilter &, const KeyFilter &) = default;

private:
    bool matchesText(const AccessKey &key) const;

    QString m_text;
    std::optional<KeyStatus> m_status;
    std::optional<int> m_expiringWithinDays;
    QString m_tenantId;
};

} // namespace descope
