#pragma once

namespace sandbox {

class KeyStore;
class ProjectCatalog;

// Example keys that look like a real project's: service names, tenants and project roles,
// some inactive, some expired or expiring soon, some bound to users, with claims, attributes
// and IP allow-lists. The mix is fixed for a given count; IDs and secrets are random.
// All N keys are written in one transaction. Throws StorageError.
void seedKeys(KeyStore &store, const ProjectCatalog &catalog, int count, long long now);

} // namespace sandbox
