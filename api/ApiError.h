#pragma once

#include <QString>

#include <optional>

namespace descope {

// Everything that can go wrong with a call, in one type: what the server said (errorCode,
// errorDescription, errorMessage, HTTP status), or why it never answered usefully.
struct ApiError
{
    enum class Kind
    {
        Server,       // an HTTP error answer; see httpStatus and errorCode
        Network,      // no connection: refused, unreachable, DNS, reset
        Tls,          // the certificate or the TLS handshake failed; never ignored
        Timeout,      // no complete answer within the time-out
        Decode,       // a 2xx answer that is not what the API promises
        Cancelled,    // the caller cancelled the call
        InvalidInput, // refused before sending (e.g. an empty ID)
    };

    Kind kind = Kind::Server;
    int httpStatus = 0;
    QString errorCode;                    // E011002, ... as the server sent it
    QString description;                  // the server's errorDescription, or our own detail
    QString message;                      // the server's errorMessage, when it sent one
    std::optional<int> retryAfterSeconds; // from Retry-After on 429

    // One or two sentences a person understands: what happened and what to do.
    QString userMessage() const;

    bool isUnauthorized() const { return kind == Kind::Server && httpStatus == 401; }
    bool isNotFound() const { return kind == Kind::Server && httpStatus == 404; }
    bool isRateLimited() const { return kind == Kind::Server && httpStatus == 429; }

    static ApiError invalidInput(const QString &detail);
    static ApiError decode(const QString &detail);
};

} // namespace descope
