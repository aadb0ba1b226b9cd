#include "AccessKeyEndpoints.h"

#include "KeyRequests.h"
#include "KeySearch.h"
#include "SandboxService.h"

#include <QDateTime>

namespace sandbox {

namespace {

const StoredKey &existingKey(SandboxService &service, const std::string &id)
{
    const StoredKey *key = service.keys().find(id);
    if (!key)
        fail(404, codes::NotFound, "Access key '" + id + "' not found");
    return *key;
}

// Batch calls are all or nothing: an unknown ID fails the whole call and names every unknown
// ID, so a client can tell exactly which ones to report.
std::vector<std::string> existingIds(SandboxService &service, const ApiRequest &request)
{
    std::vector<std::string> ids = requiredIds(request.body);
    std::string missing;
    for (const auto &id : ids) {
        if (!service.keys().find(id))
            missing += (missing.empty() ? "" : ", ") + id;
    }
    if (!missing.empty())
        fail(404, codes::NotFound, "Access keys not found: " + missing);
    return ids;
}

HttpReply keyReply(const StoredKey &key)
{
    return HttpReply::rawJson("{\"key\":" + QByteArray::fromStdString(key.json) + '}');
}

HttpReply keyWithCleartextReply(const StoredKey &key, const std::string &cleartext)
{
    return HttpReply::rawJson(
        "{\"key\":" + QByteArray::fromStdString(key.json) +
        ",\"cleartext\":" + QByteArray::fromStdString(nlohmann::json(cleartext).dump()) + '}');
}

HttpReply create(SandboxService &service, const ApiRequest &request)
{
    StoredKey key = keyFromCreateRequest(request.body, service.catalog());
    key.id = secrets::randomId("K2", 26);
    key.clientId = secrets::randomId("C2", 26);
    key.createdTime = QDateTime::currentSecsSinceEpoch();
    key.createdBy = service.managementKeyIdentity();
    auto issued = secrets::issue(key.id);
    const std::string id = key.id;
    std::vector<KeyStore::NewKey> batch;
    batch.push_back({std::move(key), std::move(issued.digest)});
    service.keys().insert(std::move(batch));
    return keyWithCleartextReply(*service.keys().find(id), issued.cleartext);
}

HttpReply load(SandboxService &service, const ApiRequest &request)
{
    const std::string id =
        request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded).toStdString();
    if (id.empty())
        fail(400, codes::MissingArguments, "The id field is required");
    return keyReply(existingKey(service, id));
}

HttpReply search(SandboxService &service, const ApiRequest &request)
{
    const KeySearchQuery query = KeySearchQuery::fromJson(request.body);
    const auto found = runSearch(query, service.keys().keys());
    std::size_t size = 12;
    for (const StoredKey *key : found)
        size += key->json.size() + 1;
    QByteArray body;
    body.reserve(qsizetype(size));
    body.append("{\"keys\":[");
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (i != 0)
            body.append(',');
        body.append(found[i]->json.data(), qsizetype(found[i]->json.size()));
    }
    body.append("]}");
    return HttpReply::rawJson(std::move(body));
}

HttpReply update(SandboxService &service, const ApiRequest &request)
{
    const std::string id = requiredId(request.body);
    StoredKey changed =
        applyUpdateRequest(existingKey(service, id), request.body, service.catalog());
    service.keys().update(std::move(changed));
    return keyReply(existingKey(service, id));
}

HttpReply setActive(SandboxService &service, const ApiRequest &request, bool active)
{
    const std::string id = requiredId(request.body);
    existingKey(service, id);
    service.keys().setActive({id}, active);
    return HttpReply::empty();
}

HttpReply setActiveBatch(SandboxService &service, const ApiRequest &request, bool active)
{
    service.keys().setActive(existingIds(service, request), active);
    return HttpReply::empty();
}

HttpReply remove(SandboxService &service, const ApiRequest &request)
{
    const std::string id = requiredId(request.body);
    existingKey(service, id);
    service.keys().remove({id});
    return HttpReply::empty();
}

HttpReply removeBatch(SandboxService &service, const ApiRequest &request)
{
    service.keys().remove(existingIds(service, request));
    return HttpReply::empty();
}

HttpReply rotate(SandboxService &service, const ApiRequest &request)
{
    const std::string id = requiredId(request.body);
    const StoredKey &key = existingKey(service, id);
    if (!key.active)
        fail(400, codes::InvalidRequest, "Access key '" + id + "' is inactive; activate it first");
    if (key.isExpired(QDateTime::currentSecsSinceEpoch()))
        fail(400, codes::InvalidRequest, "Access key '" + id + "' has expired");
    const auto issued = secrets::issue(id);
    service.keys().replaceSecret(id, issued.digest);
    return keyWithCleartextReply(key, issued.cleartext);
}

Route post(const char *path, std::function<HttpReply(SandboxService &, const ApiRequest &)> handler)
{
    return {QByteArrayLiteral("POST"), QString::fromLatin1(path), Access::Management,
            std::move(handler)};
}

} // namespace

std::vector<Route> accessKeyRoutes()
{
    using namespace std::placeholders;
    return {
        post("/v1/mgmt/accesskey/create", create),
        {QByteArrayLiteral("GET"), QStringLiteral("/v1/mgmt/accesskey"), Access::Management, load},
        post("/v1/mgmt/accesskey/search", search),
        post("/v1/mgmt/accesskey/update", update),
        post("/v1/mgmt/accesskey/activate", std::bind(setActive, _1, _2, true)),
        post("/v1/mgmt/accesskey/deactivate", std::bind(setActive, _1, _2, false)),
        post("/v1/mgmt/accesskey/delete", remove),
        post("/v1/mgmt/accesskey/activate/batch", std::bind(setActiveBatch, _1, _2, true)),
        post("/v1/mgmt/accesskey/deactivate/batch", std::bind(setActiveBatch, _1, _2, false)),
        post("/v1/mgmt/accesskey/delete/batch", removeBatch),
        post("/v1/mgmt/accesskey/rotate", rotate),
    };
}

} // namespace sandbox
