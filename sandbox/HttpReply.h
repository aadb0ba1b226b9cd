#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace sandbox {

// What a handler answers; the server adds latency and writes it out.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const nlohmann::json &value, int status = 200);
    static HttpReply rawJson(QByteArray body, int status = 200);
    static HttpReply empty(); // `{}`: Descope's JS core parses every success body as JSON
    static HttpReply error(int status, const char *errorCode, const std::string &description,
                           const std::string &message = {});
};

// Error codes the sandbox sends. Where Descope's SDKs name a code for the case it is used;
// the remaining ones are the sandbox's own and documented in sandbox/README.md.
namespace codes {
inline constexpr auto BadRequest = "E011001";
inline constexpr auto MissingArguments = "E011002";
inline constexpr auto InvalidRequest = "E011003";
inline constexpr auto InvalidArguments = "E011004";
inline constexpr auto NotFound = "E011404";
inline constexpr auto Unauthorized = "E011401";
inline constexpr auto MissingAccessKey = "E062802";
inline constexpr auto InvalidAccessKey = "E062803";
inline constexpr auto RateLimitExceeded = "E130429";
inline constexpr auto ServiceUnavailable = "E011503";
inline constexpr auto InternalError = "E011500";
} // namespace codes

// Thrown by handlers and caught in one place, so every failure leaves as a JSON error body.
struct RequestError
{
    HttpReply reply;
};

[[noreturn]] void fail(int status, const char *errorCode, const std::string &description);

} // namespace sandbox
