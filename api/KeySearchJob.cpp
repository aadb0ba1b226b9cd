#include "KeySearchJob.h"

namespace descope {

KeySearchJob::KeySearchJob(ManagementClient *client, RequestSpec spec, const QObject *context,
                           Callback callback)
    : ApiJob(client, std::move(spec), context)
    , m_callback(std::move(callback))
{}

KeySearchJob::~KeySearchJob() = default;

void KeySearchJob::answerStarts(qint64 expectedBytes)
{
    wire::KeyListStream::Options options;
    options.batchBytes = settings().streamBatchBytes;
    options.inlineBytes = settings().backgroundDecodeBytes;
    options.expectedBytes = expectedBytes;
    m_stream = std::make_unique<wire::KeyListStream>(options);
    connect(m_stream.get(), &wire::KeyListStream::batchDecoded, this,
            &KeySearchJob::readMoreAnswer);
    connect(m_stream.get(), &wire::KeyListStream::finished, this,
            [this] { deliver(m_stream->takeResult()); });
}

void KeySearchJob::answerBytes(const QByteArray &bytes)
{
    m_stream->append(bytes);
}

bool KeySearchJob::answerBacklogFull() const
{
    return m_stream && m_stream->bytesInFlight() >= settings().streamBacklogBytes;
}

void KeySearchJob::answerEnds()
{
    m_stream->finish();
}

void KeySearchJob::handleBody(const QByteArray &body)
{
    // Not reached: 2xx answers are read as they arrive. Kept whole-answer safe all the same.
    answerStarts(body.size());
    answerBytes(body);
    answerEnds();
}

void KeySearchJob::handleError(const ApiError &error)
{
    m_stream.reset(); // batches still decoding are dropped with it
    deliver(error);
}

void KeySearchJob::deliver(Result<QList<AccessKey>> result)
{
    if (isFinished())
        return;
    if (contextAlive() && m_callback)
        m_callback(std::move(result));
    complete();
}

} // namespace descope
