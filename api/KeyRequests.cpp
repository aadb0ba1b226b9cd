#include "KeyRequests.h"

namespace descope {

UpdateKeyRequest UpdateKeyRequest::fromKey(const AccessKey &key)
{
    UpdateKeyRequest request;
    request.id = key.id;
    request.name = key.name;
    request.description = key.description;
    request.roleNames = key.roleNames;
    request.keyTenants = key.keyTenants;
    request.permittedIps = key.permittedIps;
    request.customClaims = key.customClaims;
    request.customAttributes = key.customAttributes;
    return request;
}

} // namespace descope
