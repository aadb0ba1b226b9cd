#include "ApiError.h"

#include <QCoreApplication>

namespace descope {

namespace {

// The library has no QObject; this gives its sentences ApiErrorText::tr() in the
// "descope::ApiError" context, which lupdate understands.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(descope::ApiError)
};

// What the server said, in one piece: its description, and its message when that adds anything.
QString serverDetail(const ApiError &error)
{
    const QString description = error.description.trimmed();
    const QString message = error.message.trimmed();
    if (message.isEmpty() || description.contains(message, Qt::CaseInsensitive))
        return description;
    if (description.isEmpty() || message.contains(description, Qt::CaseInsensitive))
        return message;
    return description + QStringLiteral(" (") + message + u')';
}

// "Sentence. Detail: ..." when there is a detail to add.
QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.isEmpty())
        return sentence;
    return sentence + u' ' + ApiErrorText::tr("Details: %1").arg(detail);
}

bool isAccessKeyError(const ApiError &error)
{
    // E062802 missing access key, E062803 invalid access key (the exchange endpoint).
    return error.errorCode.startsWith(QStringLiteral("E0628"));
}

QString serverMessage(const ApiError &error)
{
    const QString detail = serverDetail(error);
    const int status = error.httpStatus;
    if (status == 401) {
        if (isAccessKeyError(error))
            return withDetail(
                ApiErrorText::tr("Descope did not accept the access key. Check that it was "
                                 "copied completely and that the key is active and not expired."),
                detail);
        return withDetail(
            ApiErrorText::tr("Descope did not accept the management key, or does not know the "
                             "project. Check the project ID and the management key in the "
                             "connection settings."),
            detail);
    }
    if (status == 403)
        return withDetail(
            ApiErrorText::tr("Descope refused this action: the key in use is not allowed to "
                             "perform it."),
            detail);
    if (status == 404)
        return detail.isEmpty()
                   ? ApiErrorText::tr(
                         "Descope could not find what was asked for. It may have been deleted; "
                         "refresh and try again.")
                   : ApiErrorText::tr(
                         "Descope could not find it: %1. It may have been deleted; refresh and "
                         "try again.")
                         .arg(detail);
    if (status == 429) {
        if (error.retryAfterSeconds && *error.retryAfterSeconds > 0)
            return ApiErrorText::tr("Descope is rate-limiting requests; try again in %n seconds.",
                                    nullptr, *error.retryAfterSeconds);
        return ApiErrorText::tr("Descope is rate-limiting requests; wait a minute and try again.");
    }
    if (status == 400 || status == 409 || status == 422)
        return detail.isEmpty() ? ApiErrorText::tr("Descope refused the request as invalid.")
                                : ApiErrorText::tr("Descope refused the request: %1").arg(detail);
    if (status >= 500)
        return withDetail(
            ApiErrorText::tr("The Descope service is having trouble (HTTP %1). Try again in a "
                             "few minutes.")
                .arg(status),
            detail);
    if (status > 0)
        return withDetail(ApiErrorText::tr("Descope refused the request (HTTP %1).").arg(status),
                          detail);
    return withDetail(ApiErrorText::tr("Descope answered with an error."), detail);
}

} // namespace

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Server:
        return serverMessage(*this);
    case Kind::Network:
        return withDetail(
            ApiErrorText::tr("Cannot reach the Descope server. Check the network connection and "
                             "the base URL."),
            description);
    case Kind::Tls:
        return withDetail(
            ApiErrorText::tr("The secure connection to the Descope server failed, so nothing was "
                             "sent. Check the system clock, any proxy in between and the base "
                             "URL."),
            description);
    case Kind::Timeout:
        return ApiErrorText::tr(
            "Descope did not answer in time. Check the network connection and try again.");
    case Kind::Decode:
        return withDetail(
            ApiErrorText::tr("Descope sent an answer this console does not understand."),
            description);
    case Kind::Cancelled:
        return ApiErrorText::tr("The request was cancelled.");
    case Kind::InvalidInput:
        return description.isEmpty()
                   ? ApiErrorText::tr("The request is incomplete and was not sent.")
                   : description;
    }
    return description;
}

ApiError ApiError::invalidInput(const QString &detail)
{
    ApiError error;
    error.kind = Kind::InvalidInput;
    error.description = detail;
    return error;
}

ApiError ApiError::decode(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.description = detail;
    return error;
}

} // namespace descope
