#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace descope {

class ApiJob;
class ManagementClient;

// Activates, deactivates or deletes many keys through the batch calls, a chunk at a time, with
// progress after each chunk and a cancel that takes effect between chunks. When the server
// refuses a chunk (a 4xx such as an unknown ID), the chunk is tried key by key, so the outcome
// names exactly which keys succeeded and why each failure failed. Failures that would hit every
// key alike (authentication, network, server trouble) end the batch and are reported for the
// keys they stopped.
class BatchOperation : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Activate,
        Deactivate,
        Delete,
    };

    struct Failure
    {
        QString id;
        ApiError error;
    };

    struct Outcome
    {
        QStringList succeeded;
        QList<Failure> failed;
        QStringList notAttempted; // left when cancelled
        bool cancelled = false;
    };

    BatchOperation(ManagementClient *client, Action action, QStringList ids,
                   QObject *parent = nullptr);

    void start();
    void cancel();
    const Outcome &outcome() const { return m_outcome; }
    int total() const { return int(m_ids.size()); }

Q_SIGNALS:
    void progress(int processed, int total);
    void finished();

private:
    void nextChunk();
    void tryOneByOne(QStringList ids);
    void finishWithFatal(const QStringList &ids, const ApiError &error);
    void done();
    static bool affectsEveryKey(const ApiError &error);

    ManagementClient *m_client;
    Action m_action;
    QStringList m_ids;
    qsizetype m_next = 0;
    int m_processed = 0;
    QPointer<ApiJob> m_job;
    bool m_cancelRequested = false;
    bool m_finished = false;
    Outcome m_outcome;
};

} // namespace descope
