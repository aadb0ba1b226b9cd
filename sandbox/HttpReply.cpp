#include "HttpReply.h"

#include <nlohmann/json.hpp>

namespace sandbox {

namespace {
const QByteArray ContentType = QByteArrayLiteral("Content-Type");
const QByteArray JsonType = QByteArrayLiteral("application/json");
} // namespace

HttpReply HttpReply::json(const nlohmann::json &value, int status)
{
    const std::string text = value.dump();
    return rawJson(QByteArray(text.data(), qsizetype(text.size())), status);
}

HttpReply HttpReply::rawJson(QByteArray body, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.headers.append({ContentType, JsonType});
    return reply;
}

HttpReply HttpReply::empty()
{
    return rawJson(QByteArrayLiteral("{}"));
}

HttpReply HttpReply::error(int status, const char *errorCode, const std::string &description,
                           const std::string &message)
{
    nlohmann::json body = {{"errorCode", errorCode}, {"errorDescription", description}};
    body["errorMessage"] = message.empty() ? description : message;
    return json(body, status);
}

void fail(int status, const char *errorCode, const std::string &description)
{
    throw RequestError{HttpReply::error(status, errorCode, description)};
}

} // namespace sandbox
