#include "KeyStore.h"

#include "KeyJson.h"
#include "SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_set>

namespace sandbox {

namespace {

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void run(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(query.lastError().text().toStdString());
}

} // namespace

KeyStore::KeyStore(SandboxDatabase &database, const ProjectCatalog &catalog)
    : m_database(database)
    , m_catalog(catalog)
{}

bool KeyStore::load(QString *error)
{
    m_keys.clear();
    m_index.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, document FROM access_keys ORDER BY seq"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const QByteArray text = query.value(1).toString().toUtf8();
        try {
            auto key = std::make_unique<StoredKey>(keyFromJson(
                nlohmann::json::parse(text.constData(), text.constData() + text.size())));
            key->json.assign(text.constData(), std::size_t(text.size()));
            m_index.emplace(key->id, key.get());
            m_keys.push_back(std::move(key));
        } catch (const nlohmann::json::exception &) {
            *error = QStringLiteral("the stored access key %1 is corrupt")
                         .arg(query.value(0).toString());
            return false;
        }
    }
    return true;
}

const StoredKey *KeyStore::find(const std::string &id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : it->second;
}

std::optional<secrets::Digest> KeyStore::digest(const std::string &id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT secret_salt, secret_hash FROM access_keys WHERE id = ?"));
    query.addBindValue(toQString(id));
    run(query);
    if (!query.next())
        return std::nullopt;
    return secrets::Digest{query.value(0).toByteArray(), query.value(1).toByteArray()};
}

void KeyStore::insert(std::vector<NewKey> keys)
{
    SandboxDatabase::Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO access_keys (id, document, secret_salt, secret_hash)"
                                 " VALUES (?, ?, ?, ?)"));
    for (auto &entry : keys) {
        refreshKeyJson(entry.key, m_catalog);
        query.bindValue(0, toQString(entry.key.id));
        query.bindValue(1, toQString(entry.key.json));
        query.bindValue(2, entry.digest.salt);
        query.bindValue(3, entry.digest.hash);
        run(query);
    }
    transaction.commit();

    m_keys.reserve(m_keys.size() + keys.size());
    for (auto &entry : keys) {
        auto key = std::make_unique<StoredKey>(std::move(entry.key));
        m_index.emplace(key->id, key.get());
        m_keys.push_back(std::move(key));
    }
}

void KeyStore::writeDocument(const StoredKey &key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE access_keys SET document = ? WHERE id = ?"));
    query.addBindValue(toQString(key.json));
    query.addBindValue(toQString(key.id));
    run(query);
    if (query.numRowsAffected() != 1)
        throw StorageError("the access key " + key.id + " is not stored");
}

void KeyStore::update(StoredKey changed)
{
    StoredKey *current = m_index.at(changed.id);
    refreshKeyJson(changed, m_catalog);
    writeDocument(changed);
    *current = std::move(changed);
}

void KeyStore::replaceSecret(const std::string &id, const secrets::Digest &digest)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE access_keys SET secret_salt = ?, secret_hash = ? WHERE id = ?"));
    query.addBindValue(digest.salt);
    query.addBindValue(digest.hash);
    query.addBindValue(toQString(id));
    run(query);
    if (query.numRowsAffected() != 1)
        throw StorageError("the access key " + id + " is not stored");
}

void KeyStore::setActive(const std::vector<std::string> &ids, bool active)
{
    std::vector<StoredKey> changed;
    changed.reserve(ids.size());
    for (const auto &id : ids) {
        StoredKey copy = *m_index.at(id);
        copy.active = active;
        refreshKeyJson(copy, m_catalog);
        changed.push_back(std::move(copy));
    }
    SandboxDatabase::Transaction transaction(m_database);
    for (const auto &key : changed)
        writeDocument(key);
    transaction.commit();
    for (auto &key : changed)
        *m_index.at(key.id) = std::move(key);
}

void KeyStore::remove(const std::vector<std::string> &ids)
{
    SandboxDatabase::Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM access_keys WHERE id = ?"));
    for (const auto &id : ids) {
        query.bindValue(0, toQString(id));
        run(query);
    }
    transaction.commit();

    const std::unordered_set<std::string> gone(ids.begin(), ids.end());
    for (const auto &id : gone)
        m_index.erase(id);
    std::erase_if(m_keys, [&gone](const auto &key) { return gone.contains(key->id); });
}

} // namespace sandbox
