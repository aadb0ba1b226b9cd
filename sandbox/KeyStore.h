#pragma once

#include "Records.h"
#include "Secrets.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sandbox {

class ProjectCatalog;
class SandboxDatabase;

// The access keys: SQLite is the truth, and an in-memory copy in creation order answers reads.
// Every write commits first and touches memory only after the commit, so a failed write
// changes nothing. Writes throw StorageError.
class KeyStore
{
public:
    struct NewKey
    {
        StoredKey key;
        secrets::Digest digest;
    };

    KeyStore(SandboxDatabase &database, const ProjectCatalog &catalog);

    bool load(QString *error);

    std::size_t size() const { return m_keys.size(); }
    const std::vector<std::unique_ptr<StoredKey>> &keys() const { return m_keys; }
    const StoredKey *find(const std::string &id) const;
    std::optional<secrets::Digest> digest(const std::string &id);

    void insert(std::vector<NewKey> keys); // one transaction, however many
    void update(StoredKey changed);        // replaces the key with the same ID
    void replaceSecret(const std::string &id, const secrets::Digest &digest);
    void setActive(const std::vector<std::string> &ids, bool active);
    void remove(const std::vector<std::string> &ids);

private:
    void writeDocument(const StoredKey &key);

    SandboxDatabase &m_database;
    const ProjectCatalog &m_catalog;
    std::vector<std::unique_ptr<StoredKey>> m_keys;
    std::unordered_map<std::string, StoredKey *> m_index;
};

} // namespace sandbox
