#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace sandbox {

class SandboxDatabase;

// Imported passkey credentials per login ID, kept so imports can be checked through the list
// endpoint. Documents are the normalised device as the list endpoint shows it.
class PasskeyStore
{
public:
    explicit PasskeyStore(SandboxDatabase &database);

    // Upserts every device of one import in a single transaction; throws StorageError.
    void import(const std::string &loginId, const std::vector<nlohmann::json> &devices);
    std::vector<nlohmann::json> list(const std::string &loginId);

private:
    SandboxDatabase &m_database;
};

} // namespace sandbox
