#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace descope {

// When a read is tried again. Descope's SDKs retry 503, 520-522, 524 and 530 after 100 ms,
// 5 s and 5 s; a 429 is tried again after its Retry-After when that is not too long a wait.
struct RetryPolicy
{
    QList<int> delaysMs = {100, 5000, 5000};
    int maxRetryAfterSeconds = 30;
};

struct ClientSettings
{
    QString projectId;
    QString managementKey; // secret: kept in memory, never logged
    QUrl baseUrl;          // empty: derived from the project ID's region
    int timeoutMs = 60000; // as the SDKs' default
    RetryPolicy retry;
    int batchChunkSize = 100;
    // Answers larger than this are decoded on a worker thread, so the GUI never stalls.
    qsizetype backgroundDecodeBytes = 256 * 1024;
    // Key searches are decoded while they arrive, in batches of whole keys of about this size;
    // the server is made to wait while this many bytes are cut but not decoded yet.
    qsizetype streamBatchBytes = 1024 * 1024;
    qsizetype streamBacklogBytes = 4 * 1024 * 1024;
};

} // namespace descope
