#pragma once

#include "Route.h"

namespace sandbox {

// The auth side: POST /v1/auth/accesskey/exchange and the project's public keys
// (GET /v2/keys/{projectId}, and the older /v1/keys/{projectId} that returns a bare array).
std::vector<Route> authRoutes();

} // namespace sandbox
