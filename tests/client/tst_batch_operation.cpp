// Batches over many keys: chunks, progress, cancel between chunks, exact partial failures.

#include "BatchOperation.h"
#include "ClientFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace descope;

class TestBatchOperation : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_sandbox;

    QStringList createKeys(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            CreateKeyRequest request;
            request.name = QStringLiteral("batch key %1").arg(i);
            ids.append(await<CreatedKey>([&](auto *context, auto callback) {
                           m_sandbox.client().createKey(request, context, callback);
                       })
                           ->value()
                           .key.id);
        }
        return ids;
    }

    bool isActive(const QString &id)
    {
        return await<AccessKey>([&](auto *context, auto callback) {
                   m_sandbox.client().loadKey(id, context, callback);
               })
            ->value()
            .active;
    }

    int batchCalls()
    {
        int calls = 0;
        for (const auto &request : m_sandbox.server().recordedRequests())
            calls += request.path.endsWith(QStringLiteral("/batch")) ? 1 : 0;
        return calls;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_sandbox.start());
        ClientSettings settings = m_sandbox.settings();
        settings.batchChunkSize = 3;
        m_sandbox.setClient(settings);
    }

    void chunksWithProgress()
    {
        const QStringList ids = createKeys(7);
        m_sandbox.server().clearRecordedRequests();
        BatchOperation batch(&m_sandbox.client(), BatchOperation::Action::Deactivate, ids);
        QSignalSpy progress(&batch, &BatchOperation::progress);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        batch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batchCalls(), 3); // 3 + 3 + 1
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0).at(0).toInt(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(progress.last().at(1).toInt(), 7);
        QCOMPARE(batch.outcome().succeeded, ids);
        QVERIFY(batch.outcome().failed.isEmpty());
        for (const QString &id : ids)
            QVERIFY(!isActive(id));
    }

    void partialFailureNamesExactlyTheFailedKeys()
    {
        QStringList ids = createKeys(4);
        ids.insert(1, QStringLiteral("K2unknownA"));
        ids.append(QStringLiteral("K2unknownB"));
        BatchOperation batch(&m_sandbox.client(), BatchOperation::Action::Delete, ids);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        batch.start();
        QVERIFY(finished.wait(10000));
        const auto &outcome = batch.outcome();
        QCOMPARE(outcome.failed.size(), 2);
        QCOMPARE(outcome.failed[0].id, QStringLiteral("K2unknownA"));
        QCOMPARE(outcome.failed[1].id, QStringLiteral("K2unknownB"));
        QVERIFY(outcome.failed[0].error.isNotFound());
        QCOMPARE(outcome.succeeded.size(), 4);
        for (const QString &id : outcome.succeeded) {
            const auto load = await<AccessKey>([&](auto *context, auto callback) {
                m_sandbox.client().loadKey(id, context, callback);
            });
            QVERIFY(load->error().isNotFound()); // really deleted
        }
    }

    void cancelStopsBetweenChunks()
    {
        const QStringList ids = createKeys(9);
        BatchOperation batch(&m_sandbox.client(), BatchOperation::Action::Deactivate, ids);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        connect(&batch, &BatchOperation::progress, &batch, [&batch](int processed) {
            if (processed == 3)
                batch.cancel();
        });
        batch.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(batch.outcome().cancelled);
        QCOMPARE(batch.outcome().succeeded, ids.mid(0, 3));
        QCOMPARE(batch.outcome().notAttempted, ids.mid(3));
        QVERIFY(isActive(ids[3]));
    }

    void failuresThatHitEveryKeyEndTheBatch()
    {
        const QStringList ids = createKeys(5);
        ClientSettings settings = m_sandbox.settings();
        settings.batchChunkSize = 2;
        settings.managementKey = QStringLiteral("wrong");
        m_sandbox.setClient(settings);
        m_sandbox.server().clearRecordedRequests();
        BatchOperation batch(&m_sandbox.client(), BatchOperation::Action::Activate, ids);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        batch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_sandbox.server().recordedRequests().size(), 1);
        QCOMPARE(batch.outcome().failed.size(), 5);
        QVERIFY(batch.outcome().failed[4].error.isUnauthorized());
        QVERIFY(batch.outcome().succeeded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchOperation)
#include "tst_batch_operation.moc"
