#include "KeyFilter.h"

#include <algorithm>

namespace descope {

namespace {

// Fields are joined by a character no search word can hold, since words are split on blanks.
constexpr QChar FieldSeparator = u'\n';

// Folding is most of the cost of preparing 100,000 keys, and key fields are nearly always
// ASCII: those are lowered in place, and anything else gets Unicode case folding.
QString foldCase(QString text)
{
    QChar *data = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].unicode() >= 0x80)
            return text.toCaseFolded();
    }
    for (qsizetype i = 0; i < size; ++i) {
        char16_t &c = data[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
    }
    return text;
}

} // namespace

void KeyFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    // Tabs and other blanks separate words as spaces do.
    m_foldedWords = m_text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
}

bool KeyFilter::isEmpty() const
{
    return m_text.isEmpty() && !m_status && !m_expiringWithinDays && m_tenantId.isEmpty();
}

bool KeyFilter::narrows(const KeyFilter &wider) const
{
    if (m_status != wider.m_status || m_expiringWithinDays != wider.m_expiringWithinDays ||
        m_tenantId != wider.m_tenantId)
        return false;
    return std::all_of(wider.m_foldedWords.begin(), wider.m_foldedWords.end(),
                       [this](const QString &widerWord) {
                           return std::any_of(m_foldedWords.begin(), m_foldedWords.end(),
                                              [&widerWord](const QString &word) {
                                                  return word.contains(widerWord);
                                              });
                       });
}

QString KeyFilter::searchableText(const AccessKey &key)
{
    QString text;
    text.reserve(128);
    const auto add = [&text](const QString &field) {
        text += field;
        text += FieldSeparator;
    };
    add(key.name);
    add(key.id);
    add(key.description);
    add(key.createdBy);
    for (const QString &role : key.roleNames)
        add(role);
    for (const KeyTenant &tenant : key.keyTenants) {
        add(tenant.tenantId);
        add(tenant.tenantName);
        for (const QString &role : tenant.roleNames)
            add(role);
    }
    return foldCase(std::move(text));
}

bool KeyFilter::accepts(const AccessKey &key, const QDateTime &now) const
{
    return accepts(key, m_foldedWords.isEmpty() ? QString() : searchableText(key),
                   now.toSecsSinceEpoch());
}

bool KeyFilter::accepts(const AccessKey &key, const QString &searchableText,
                        qint64 nowSeconds) const
{
    if (m_status && deriveKeyStatus(key.active, key.expireTime, nowSeconds) != *m_status)
        return false;
    if (m_expiringWithinDays && !expiresWithin(key.expireTime, nowSeconds, *m_expiringWithinDays))
        return false;
    if (!m_tenantId.isEmpty() &&
        std::none_of(key.keyTenants.begin(), key.keyTenants.end(),
                     [this](const KeyTenant &tenant) { return tenant.tenantId == m_tenantId; }))
        return false;
    return std::all_of(m_foldedWords.begin(), m_foldedWords.end(), [&](const QString &word) {
        return searchableText.contains(word, Qt::CaseSensitive);
    });
}

} // namespace descope
