#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

namespace sandbox {

class ProjectCatalog;

// The AccessKey object of the wire format, with every field present at its default, as the
// live server answers (`""`, `[]`), and `tenantName` filled from the catalogue.
nlohmann::json keyToJson(const StoredKey &key, const ProjectCatalog &catalog);

// Rebuilds the cached wire text after a change.
void refreshKeyJson(StoredKey &key, const ProjectCatalog &catalog);

// Reads a stored wire document back; throws nlohmann::json::exception on a corrupt document.
StoredKey keyFromJson(const nlohmann::json &document);

} // namespace sandbox
