#pragma once

#include "ApiError.h"
#include "ClientSettings.h"
#include "Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

class QNetworkReply;

namespace descope {

class ManagementClient;

// What one call sends. Authorization is added by ManagementClient::buildRequest alone.
struct RequestSpec
{
    enum class Auth
    {
        Management,  // Bearer <projectId>:<managementKey>
        AccessKey,   // Bearer <projectId>:<accessKey>, for the exchange
        ProjectOnly, // Bearer <projectId>: the public JWKS, as the SDKs ask for it
    };

    QByteArray method = QByteArrayLiteral("POST");
    QString path;
    QUrlQuery query;
    QByteArray body; // JSON; empty for GET
    Auth auth = Auth::Management;
    QString accessKey; // secret, with Auth::AccessKey
    // Reads, and writes that are idempotent (activate, deactivate, delete), may be sent again
    // after a 503-like answer, a 429 or a dropped connection; other writes never are, because
    // a write that timed out may have happened and the user must decide.
    bool retrySafe = false;
};

// One short-lived call: it sends, times out, retries reads where safe, turns every failure
// into an ApiError, and ends with exactly one result delivered to its callback (unless the
// callback's context is gone), then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    // Aborts the call; the callback receives a Cancelled error.
    void cancel();
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();

protected:
    ApiJob(ManagementClient *client, RequestSpec spec, const QObject *context);

    // A job that fails before anything is sent (bad input, bad settings).
    void failBeforeSending(ApiError error);

    virtual void handleBody(const QByteArray &body) = 0; // a 2xx answer
    virtual void handleError(const ApiError &error) = 0;
    void complete(); // marks the job finished and schedules its deletion

    // A job that reads a successful answer while it arrives, instead of in handleBody(), says
    // so here. It is then given the answer's length when known, its bytes as they come, and the
    // end of the answer. While answerBacklogFull(), the rest waits unread in the reply (Qt 6.4
    // keeps reading from the server all the same). Errors still arrive in handleError(), also
    // after part of an answer was given.
    virtual bool readsAnswerAsItArrives() const { return false; }
    virtual void answerStarts(qint64 expectedBytes) { Q_UNUSED(expectedBytes) }
    virtual void answerBytes(const QByteArray &bytes) { Q_UNUSED(bytes) }
    virtual bool answerBacklogFull() const { return false; }
    virtual void answerEnds() {}
    void readMoreAnswer(); // the backlog has room again

    const ClientSettings &settings() const;
    bool contextAlive() const { return !m_hasContext || !m_context.isNull(); }

private:
    friend class ManagementClient;
    void start();
    void sendAttempt();
    void onReplyFinished();
    bool startAnswer(QNetworkReply &reply); // false: not a 2xx answer; it is read whole
    void dropReply();                       // abandons the reply in flight, if any
    bool retryLater(const ApiError &error, bool connectionDropped);

    ManagementClient *m_client;
    RequestSpec m_spec;
    QPointer<const QObject> m_context;
    bool m_hasContext = false;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QByteArray m_requestId;
    QString m_tlsProblem;
    std::optional<ApiError> m_presetError;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_readingAnswer = false; // a 2xx answer is being given to answerBytes()
    bool m_answerComplete = false;
    qint64 m_answerBytes = 0;
};

// The typed half: decodes the body (on a worker thread when it is large) and calls back.
template <typename T>
class TypedJob final : public ApiJob
{
public:
    using Decoder = std::function<Result<T>(const QByteArray &)>;
    using Callback = std::function<void(const Result<T> &)>;

    TypedJob(ManagementClient *client, RequestSpec spec, Decoder decoder, const QObject *context,
             Callback callback)
        : ApiJob(client, std::move(spec), context)
        , m_decoder(std::move(decoder))
        , m_callback(std::move(callback))
    {}

    using ApiJob::failBeforeSending;

protected:
    void handleBody(const QByteArray &body) override
    {
        if (body.size() < settings().backgroundDecodeBytes) {
            deliver(m_decoder(body));
            return;
        }
        auto decoded = std::make_shared<std::optional<Result<T>>>();
        auto *watcher = new QFutureWatcher<void>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, decoded] {
            // Taken out, so that the answer (100 MB for 100,000 keys) goes with this call
            // rather than when the job is deleted.
            std::optional<Result<T>> result = std::exchange(*decoded, std::nullopt);
            if (!isFinished() && result)
                deliver(*result);
        });
        watcher->setFuture(QtConcurrent::run(
            [decoder = m_decoder, body, decoded] { decoded->emplace(decoder(body)); }));
    }

    void handleError(const ApiError &error) override { deliver(error); }

private:
    void deliver(const Result<T> &result)
    {
        if (contextAlive() && m_callback)
            m_callback(result);
        complete();
    }

    Decoder m_decoder;
    Callback m_callback;
};

} // namespace descope
