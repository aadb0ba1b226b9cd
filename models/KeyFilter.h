#pragma once

#include "AccessKey.h"
#include "KeyStatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace descope {

// What the key table shows, as a plain value: free text (over name, ID, description, roles,
// tenants and creator), a status, "expiring within N days" and a tenant. The proxy model only
// asks accepts(); the rules are tested here, without a GUI.
//
// Text is split into words and a key matches when every word appears, in any field and in any
// case: "acme ci" finds a CI key of Acme Corp.
class KeyFilter
{
public:
    void setText(const QString &text);
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
    // The same, with the key's searchableText() computed beforehand: the table model keeps it
    // per key, so that a keystroke does not fold every field of 100,000 keys again.
    bool accepts(const AccessKey &key, QByteArrayView searchableText, qint64 nowSeconds) const;

    // Whether every key this filter accepts is one `wider` accepts too: the same criteria,
    // and each of wider's words inside one of ours. Typing on narrows; the proxy then tests
    // only the keys shown before.
    bool narrows(const KeyFilter &wider) const;

    // The searchable fields of a key, case-folded, joined, in UTF-8: half the memory of
    // UTF-16 for the ASCII that key fields nearly always are, and a faster search.
    static QByteArray searchableText(const AccessKey &key);

    friend bool operator==(const KeyFilter &, const KeyFilter &) = default;

private:
    QString m_text;
    QList<QByteArray> m_foldedWords; // UTF-8, as searchableText() is
    std::optional<KeyStatus> m_status;
    std::optional<int> m_expiringWithinDays;
    QString m_tenantId;
};

} // namespace descope
