#include "WireJson.h"
#include "WireSupport.h"

namespace descope::wire {

using namespace detail;

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 520:
        return QStringLiteral("Unknown Error");
    case 521:
        return QStringLiteral("Web Server Is Down");
    case 522:
        return QStringLiteral("Connection Timed Out");
    case 524:
        return QStringLiteral("A Timeout Occurred");
    default:
        return {};
    }
}

QString statusText(int status)
{
    const QString phrase = reasonPhrase(status);
    const QString code = QStringLiteral("HTTP %1").arg(status);
    return phrase.isEmpty() ? code : code + u' ' + phrase;
}

// A scalar as text: strings as they are, numbers and booleans as JSON spells them.
QString scalarText(const json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end())
        return {};
    if (it->is_string())
        return fromStd(it->get_ref<const json::string_t &>()).trimmed();
    if (it->is_number() || it->is_boolean())
        return fromStd(it->dump());
    return {};
}

// The body as a short line of text, or empty when it is not plain text (HTML, binary).
QString plainTextExcerpt(const QByteArray &body)
{
    constexpr qsizetype Limit = 200;
    const QString text = QString::fromUtf8(body.left(4 * Limit)).simplified();
    if (text.isEmpty() || text.startsWith(u'<'))
        return {};
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control))
            return {};
    }
    if (text.size() <= Limit)
        return text;
    return text.left(Limit) + QChar(0x2026); // …
}

} // namespace

ApiError decodeErrorAnswer(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Server;
    error.httpStatus = httpStatus;

    const json document = json::parse(body.constData(), body.constData() + body.size(), nullptr,
                                      /*allow_exceptions=*/false);
    if (document.is_object()) {
        error.errorCode = scalarText(document, "errorCode");
        error.description = scalarText(document, "errorDescription");
        error.message = scalarText(document, "errorMessage");
        if (error.message.isEmpty())
            error.message = scalarText(document, "message"); // JAVA's ErrorDetails
        if (error.description.isEmpty())
            error.description = error.message;
        if (error.description.isEmpty())
            error.description = scalarText(document, "error"); // gateways and proxies
    } else if (document.is_string()) {
        error.description = fromStd(document.get_ref<const json::string_t &>()).simplified();
    } else if (document.is_discarded()) {
        const QString excerpt = plainTextExcerpt(body);
        if (!excerpt.isEmpty())
            error.description = statusText(httpStatus) + QStringLiteral(": ") + excerpt;
    }
    if (error.description.isEmpty())
        error.description = statusText(httpStatus);
    return error;
}

} // namespace descope::wire
