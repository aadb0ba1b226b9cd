#include "ApiJob.h"

#include "ApiLogging.h"
#include "ManagementClient.h"
#include "WireJson.h"

#include <QNetworkReply>
#include <QSslError>
#include <QUuid>

namespace descope {

namespace {

bool isRetryableStatus(int status)
{
    switch (status) {
    case 503:
    case 520:
    case 521:
    case 522:
    case 524:
    case 530:
        return true;
    default:
        return false;
    }
}

std::optional<int> retryAfterSeconds(const QNetworkReply &reply)
{
    bool ok = false;
    const int seconds = reply.rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    return std::nullopt;
}

ApiError transportError(const QNetworkReply &reply, const QString &tlsProblem)
{
    ApiError error;
    error.description = reply.errorString();
    switch (reply.error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        if (!tlsProblem.isEmpty())
            error.description = tlsProblem;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

} // namespace

ApiJob::ApiJob(ManagementClient *client, RequestSpec spec, const QObject *context)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (QNetworkReply *reply = m_reply.data())
            reply->abort(); // finishes the reply, which reports the time-out
    });
    if (context) {
        // A call whose caller is gone is not worth finishing.
        connect(context, &QObject::destroyed, this, &ApiJob::cancel);
    }
}

ApiJob::~ApiJob()
{
    dropReply();
}

void ApiJob::dropReply()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

const ClientSettings &ApiJob::settings() const
{
    return m_client->settings();
}

void ApiJob::failBeforeSending(ApiError error)
{
    m_presetError = std::move(error);
}

void ApiJob::start()
{
    // Always answer from the event loop, never from inside the call that made the job.
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (m_presetError) {
            handleError(*m_presetError);
            return;
        }
        sendAttempt();
    });
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_timeout.stop();
    dropReply();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.description = QStringLiteral("cancelled");
    handleError(error);
}

void ApiJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    Q_EMIT finished();
    deleteLater();
}

void ApiJob::sendAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_tlsProblem.clear();
    m_clock.start();
    QNetworkRequest request = m_client->buildRequest(m_spec, m_requestId);
    m_reply = m_client->network()->sendCustomRequest(request, m_spec.method, m_spec.body);
    qCInfo(lcApiBody).noquote() << m_spec.method << m_spec.path << "attempt" << m_attempts
                                << "request" << m_requestId << redactedForLog(m_spec.body);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the user learns why.
        QStringList reasons;
        for (const auto &error : errors)
            reasons.append(error.errorString());
        m_tlsProblem = reasons.join(QStringLiteral("; "));
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    if (readsAnswerAsItArrives()) {
        m_readingAnswer = false;
        m_answerComplete = false;
        m_answerBytes = 0;
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::readMoreAnswer);
    }
    m_timeout.start(settings().timeoutMs);
}

bool ApiJob::startAnswer(QNetworkReply &reply)
{
    if (m_readingAnswer)
        return true;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return false; // an error's answer is read whole at the end
    m_readingAnswer = true;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    answerStarts(length.isValid() ? length.toLongLong() : -1);
    return true;
}

void ApiJob::readMoreAnswer()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished || !startAnswer(*reply))
        return;
    // A slice at a time, so that the backlog is looked at again between slices.
    constexpr qint64 SliceBytes = 256 * 1024;
    while (!answerBacklogFull() && reply->bytesAvailable() > 0) {
        const QByteArray bytes = reply->read(std::min(reply->bytesAvailable(), SliceBytes));
        m_answerBytes += bytes.size();
        answerBytes(bytes);
        if (m_finished || m_reply != reply)
            return; // the job ended (or was cancelled) while taking the bytes
    }
    if (!m_answerComplete || reply->bytesAvailable() > 0)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    qCInfo(lcApi).noquote() << m_spec.method << m_spec.path << "->"
                            << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                            << "in" << m_clock.elapsed() << "ms," << m_answerBytes
                            << "bytes read as they came, request" << m_requestId;
    answerEnds();
}

void ApiJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A 2xx status with a transport error is an answer cut short (a time-out, a reset).
    const bool answered = status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
    if (answered && readsAnswerAsItArrives()) {
        m_answerComplete = true;
        readMoreAnswer(); // what is left, as the backlog allows; then the end
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();

    const QByteArray body = reply->readAll();
    qCInfo(lcApi).noquote() << m_spec.method << m_spec.path << "->" << status << "in"
                            << m_clock.elapsed() << "ms," << body.size() << "bytes, request"
                            << m_requestId;

    if (answered) {
        qCInfo(lcApiBody).noquote() << "answer" << redactedForLog(body);
        handleBody(body);
        return;
    }

    ApiError error;
    if (m_timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.description = QStringLiteral("no answer within %1 ms").arg(settings().timeoutMs);
    } else if (status == 0 || (status >= 200 && status < 300)) {
        error = transportError(*reply, m_tlsProblem);
    } else {
        error = wire::decodeErrorAnswer(status, body);
        error.retryAfterSeconds = retryAfterSeconds(*reply);
        qCInfo(lcApiBody).noquote() << "error" << error.errorCode << redactedForLog(body);
    }
    // A connection the server reset or closed before answering is as transient as a 503.
    const bool connectionDropped = error.kind == ApiError::Kind::Network &&
                                   reply->error() == QNetworkReply::RemoteHostClosedError;
    if (!retryLater(error, connectionDropped))
        handleError(error);
}

bool ApiJob::retryLater(const ApiError &error, bool connectionDropped)
{
    if (!m_spec.retrySafe || (error.kind != ApiError::Kind::Server && !connectionDropped))
        return false;
    const auto &policy = settings().retry;
    int delayMs = -1;
    if ((connectionDropped || isRetryableStatus(error.httpStatus)) &&
        m_attempts <= policy.delaysMs.size()) {
        delayMs = policy.delaysMs.at(m_attempts - 1);
    } else if (error.isRateLimited() && m_attempts <= policy.delaysMs.size()) {
        const int wait = error.retryAfterSeconds.value_or(-1);
        if (wait >= 0 && wait <= policy.maxRetryAfterSeconds)
            delayMs = wait * 1000;
    }
    if (delayMs < 0)
        return false;
    qCInfo(lcApi).noquote() << m_spec.path << "answered"
                            << (connectionDropped ? QStringLiteral("nothing (connection closed)")
                                                  : QString::number(error.httpStatus))
                            << "; trying again in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this, [this] {
        if (!m_finished)
            sendAttempt();
    });
    return true;
}

} // namespace descope
