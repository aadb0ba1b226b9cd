#include "BatchOperation.h"

#include "ManagementClient.h"

#include <QTimer>

namespace descope {

namespace {

using BatchCall = ApiJob *(ManagementClient::*)(const QStringList &, const QObject *,
                                                Callback<Done>);
using SingleCall = ApiJob *(ManagementClient::*)(const QString &, const QObject *, Callback<Done>);

BatchCall batchCall(BatchOperation::Action action)
{
    switch (action) {
    case BatchOperation::Action::Activate:
        return &ManagementClient::activateKeys;
    case BatchOperation::Action::Deactivate:
        return &ManagementClient::deactivateKeys;
    case BatchOperation::Action::Delete:
        break;
    }
    return &ManagementClient::deleteKeys;
}

SingleCall singleCall(BatchOperation::Action action)
{
    switch (action) {
    case BatchOperation::Action::Activate:
        return &ManagementClient::activateKey;
    case BatchOperation::Action::Deactivate:
        return &ManagementClient::deactivateKey;
    case BatchOperation::Action::Delete:
        break;
    }
    return &ManagementClient::deleteKey;
}

} // namespace

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
            tryOneByOne(chunk);
        }
    };
    m_job = (m_client->*batchCall(m_action))(chunk, this, handle);
}

void BatchOperation::tryOneByOne(QStringList ids)
{
    if (ids.isEmpty()) {
        Q_EMIT progress(m_processed, total());
        nextChunk();
        return;
    }
    const QString id = ids.takeFirst();
    auto handle = [this, id, ids](const Result<Done> &result) {
        ++m_processed;
        if (result) {
            m_outcome.succeeded.append(id);
        } else if (affectsEveryKey(result.error())) {
            finishWithFatal(QStringList(id) + ids + m_ids.mid(m_next), result.error());
            return;
        } else {
            m_outcome.failed.append({id, result.error()});
        }
        tryOneByOne(ids);
    };
    m_job = (m_client->*singleCall(m_action))(id, this, handle);
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
