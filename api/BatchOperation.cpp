#include "BatchOperation.h"

#include "ManagementClient.h"

#include <QTimer>

namespace descope {

BatchOperation::BatchOperation(ManagementClient *client, Action action, QStringList ids,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
    , m_ids(std::move(ids))
{
    m_ids.removeDuplicates();
}

void BatchOperation::start()
{
    QTimer::singleShot(0, this, &BatchOperation::nextChunk);
}

void BatchOperation::cancel()
{
    m_cancelRequested = true;
}

bool BatchOperation::affectsEveryKey(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Server)
        return error.kind != ApiError::Kind::InvalidInput;
    return error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 429 ||
           error.httpStatus >= 500;
}

void BatchOperation::nextChunk()
{
    if (m_finished)
        return;
    if (m_next >= m_ids.size()) {
        done();
        return;
    }
    if (m_cancelRequested) {
        m_outcome.cancelled = true;
        m_outcome.notAttempted = m_ids.mid(m_next);
        done();
        return;
    }
    const int chunkSize = std::max(1, m_client->settings().batchChunkSize);
    const QStringList chunk = m_ids.mid(m_next, chunkSize);
    m_next += chunk.size();

    auto handle = [this, chunk](const Result<Done> &result) {
        if (result) {
            m_outcome.succeeded += chunk;
            m_processed += int(chunk.size());
            Q_EMIT progress(m_processed, total());
            nextChunk();
        } else if (affectsEveryKey(result.error())) {
            finishWithFatal(chunk + m_ids.mid(m_next), result.error());
        } else {
            tryOneByOne(chunk, result.error());
        }
    };
    switch (m_action) {
    case Action::Activate:
        m_job = m_client->activateKeys(chunk, this, handle);
        break;
    case Action::Deactivate:
        m_job = m_client->deactivateKeys(chunk, this, handle);
        break;
    case Action::Delete:
        m_job = m_client->deleteKeys(chunk, this, handle);
        break;
    }
}

void BatchOperation::tryOneByOne(QStringList ids, const ApiError &chunkError)
{
    if (ids.isEmpty()) {
        Q_EMIT progress(m_processed, total());
        nextChunk();
        return;
    }
    const QString id = ids.takeFirst();
    auto handle = [this, id, ids, chunkError](const Result<Done> &result) {
        ++m_processed;
        if (result) {
            m_outcome.succeeded.append(id);
        } else if (affectsEveryKey(result.error())) {
            finishWithFatal(QStringList(id) + ids + m_ids.mid(m_next), result.error());
            return;
        } else {
            m_outcome.failed.append({id, result.error()});
        }
        tryOneByOne(ids, chunkError);
    };
    switch (m_action) {
    case Action::Activate:
        m_job = m_client->activateKey(id, this, handle);
        break;
    case Action::Deactivate:
        m_job = m_client->deactivateKey(id, this, handle);
        break;
    case Action::Delete:
        m_job = m_client->deleteKey(id, this, handle);
        break;
    }
}

void BatchOperation::finishWithFatal(const QStringList &ids, const ApiError &error)
{
    for (const QString &id : ids)
        m_outcome.failed.append({id, error});
    m_processed = total();
    Q_EMIT progress(m_processed, total());
    done();
}

void BatchOperation::done()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace descope
