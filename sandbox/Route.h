#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

namespace sandbox {

class SandboxService;

struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    nlohmann::json body = nlohmann::json::object(); // an empty body reads as {}
    QHostAddress peer;
    QByteArray authorization;
};

// Who may call a route: management calls need `Bearer <projectId>:<managementKey>`; the
// exchange authenticates the access key itself; the JWKS is public, as in Descope's spec.
enum class Access
{
    Management,
    AccessKey,
    Public,
};

struct Route
{
    QByteArray method;
    QString path;
    Access access;
    std::function<HttpReply(SandboxService &, const ApiRequest &)> handler;
    bool matchesPrefix = false; // the path is a prefix, e.g. /v2/keys/ + project ID
};

} // namespace sandbox
