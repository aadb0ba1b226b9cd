#pragma once

#include "AccessKey.h"
#include "ApiJob.h"
#include "KeyListStream.h"

#include <functional>
#include <memory>

namespace descope {

// A key search whose answer is decoded while it arrives (see wire::KeyListStream): for
// 100,000 keys the decode overlaps the transfer, and the 48 MB answer is never held whole.
class KeySearchJob final : public ApiJob
{
public:
    // Given the keys to keep: a table takes them without copying the list (28 MB for 100,000).
    using Callback = std::function<void(Result<QList<AccessKey>>)>;

    KeySearchJob(ManagementClient *client, RequestSpec spec, const QObject *context,
                 Callback callback);
    ~KeySearchJob() override;

    using ApiJob::failBeforeSending;

protected:
    void handleBody(const QByteArray &body) override;
    void handleError(const ApiError &error) override;
    bool readsAnswerAsItArrives() const override { return true; }
    void answerStarts(qint64 expectedBytes) override;
    void answerBytes(const QByteArray &bytes) override;
    bool answerBacklogFull() const override;
    void answerEnds() override;

private:
    void deliver(Result<QList<AccessKey>> result);

    Callback m_callback;
    std::unique_ptr<wire::KeyListStream> m_stream;
};

} // namespace descope
