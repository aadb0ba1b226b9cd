#include "KeyFilter.h"

#include "ByteSearch.h"

#include <algorithm>

namespace descope {

namespace {

// Fields are joined by a character no search word can hold, since words are split on blanks.
constexpr char FieldSeparator = '\n';

// Appends the field case-folded, as UTF-8. Folding is most of the cost of preparing 100,000
// keys, and key fields are nearly always ASCII: those are lowered byte by byte, and anything
// else gets Unicode case folding.
void appendFolded(QByteArray &text, const QString &field)
{
    const QChar *data = field.constData();
    const qsizetype size = field.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].unicode() >= 0x80) {
            text += field.toCaseFolded().toUtf8();
            text += FieldSeparator;
            return;
        }
    }
    // Written in place: appending a byte at a time costs a call per byte.
    const qsizetype start = text.size();
    text.resize(start + size + 1);
    char *out = text.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        out[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    out[size] = FieldSeparator;
}

} // namespace

void KeyFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    // Tabs and other blanks separate words as spaces do.
    m_foldedWords.clear();
    const QStringList words = m_text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_foldedWords.append(word.toUtf8());
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
                       [this](const QByteArray &widerWord) {
                           return std::any_of(m_foldedWords.begin(), m_foldedWords.end(),
                                              [&widerWord](const QByteArray &word) {
                                                  return word.contains(widerWord);
                                              });
                       });
}

QByteArray KeyFilter::searchableText(const AccessKey &key)
{
    QByteArray text;
    text.reserve(160);
    appendFolded(text, key.name);
    appendFolded(text, key.id);
    appendFolded(text, key.description);
    appendFolded(text, key.createdBy);
    for (const QString &role : key.roleNames)
        appendFolded(text, role);
    for (const KeyTenant &tenant : key.keyTenants) {
        appendFolded(text, tenant.tenantId);
        appendFolded(text, tenant.tenantName);
        for (const QString &role : tenant.roleNames)
            appendFolded(text, role);
    }
    text.squeeze();
    return text;
}

bool KeyFilter::accepts(const AccessKey &key, const QDateTime &now) const
{
    return accepts(key, m_foldedWords.isEmpty() ? QByteArray() : searchableText(key),
                   now.toSecsSinceEpoch());
}

bool KeyFilter::accepts(const AccessKey &key, QByteArrayView searchableText,
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
    return std::all_of(m_foldedWords.begin(), m_foldedWords.end(),
                       [&](const QByteArray &word) { return containsBytes(searchableText, word); });
}

} // namespace descope
