#pragma once

#include "Route.h"

namespace sandbox {

// The rest of the project the console needs: tenants and roles for its pickers, the license
// handshake the SDKs make at start-up, and user passkey import with its list call.
std::vector<Route> projectRoutes();

} // namespace sandbox
