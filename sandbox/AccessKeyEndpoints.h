#pragma once

#include "Route.h"

namespace sandbox {

// /v1/mgmt/accesskey/*: create, load, search, update, activate, deactivate, delete, the three
// batch calls and rotate.
std::vector<Route> accessKeyRoutes();

} // namespace sandbox
