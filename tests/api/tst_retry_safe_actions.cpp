// Activate, deactivate and delete (one key or a batch) are idempotent, so the client sends
// them again after a transient failure (503, 429 with Retry-After, a dropped connection) with
// the read policy, and a batch that meets one finishes every key; a persistent failure is
// still reported, and a write that is not idempotent (rotate) is never sent twice.

#include "BatchOperation.h"
#include "ClientFixture.h"
#include "FaultInjector.h"

#include <QSignalSpy>
#include <QTest>

using namespace descope;

namespace {

// Qt's HTTP layer resends a request by itself when a connection it reused closes before the
// answer; this many drops in a row reach the client all the same.
constexpr int DropsBeyondQt = 3;

QString problem(const Result<Done> &result)
{
    return result.ok() ? QString() : result.error().userMessage();
}

} // namespace

class TestRetrySafeActions : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_sandbox;

    QStringList createKeys(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            CreateKeyRequest request;
            request.name = QStringLiteral("retried key %1").arg(i);
            const auto created = await<CreatedKey>([&](auto *context, auto callback) {
                m_sandbox.client().createKey(request, context, callback);
            });
            if (!created || !created->ok())
                return {};
            ids.append(created->value().key.id);
        }
        return ids;
    }

    bool isActive(const QString &id)
    {
        const auto loaded = await<AccessKey>([&](auto *context, auto callback) {
            m_sandbox.client().loadKey(id, context, callback);
        });
        return loaded && loaded->ok() && loaded->value().active;
    }

    int requestsTo(const QString &pathEnd)
    {
        int count = 0;
        for (const auto &request : m_sandbox.server().recordedRequests())
            count += request.path.endsWith(pathEnd) ? 1 : 0;
        return count;
    }

    BatchOperation::Outcome runBatch(BatchOperation::Action action, const QStringList &ids)
    {
        BatchOperation batch(&m_sandbox.client(), action, ids);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        batch.start();
        if (!finished.wait(20000))
            qWarning("the batch did not finish");
        return batch.outcome();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_sandbox.start());
        ClientSettings settings = m_sandbox.settings();
        settings.batchChunkSize = 4;
        m_sandbox.setClient(settings);
    }

    void aBatchThatMeetsOne503ChangesEveryKey()
    {
        const QStringList ids = createKeys(10);
        QCOMPARE(ids.size(), 10);
        m_sandbox.server().clearRecordedRequests();
        // The second chunk's first attempt fails.
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate/batch"), 1, 503, -1});
        const auto outcome = runBatch(BatchOperation::Action::Deactivate, ids);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.failed.value(0).error.userMessage()));
        QCOMPARE(outcome.succeeded, ids);
        QCOMPARE(requestsTo(QStringLiteral("/deactivate/batch")), 3 + 1);
        for (const QString &id : ids)
            QVERIFY(!isActive(id));
    }

    void aBatchWaitsOutA429WithRetryAfter()
    {
        const QStringList ids = createKeys(3);
        QCOMPARE(ids.size(), 3);
        QVERIFY(runBatch(BatchOperation::Action::Deactivate, ids).failed.isEmpty());
        m_sandbox.server().clearRecordedRequests();
        m_sandbox.host().scriptFault({QStringLiteral("/activate/batch"), 1, 429, 1});
        const auto outcome = runBatch(BatchOperation::Action::Activate, ids);
        QVERIFY(outcome.failed.isEmpty());
        QCOMPARE(outcome.succeeded, ids);
        QCOMPARE(requestsTo(QStringLiteral("/activate/batch")), 2);
        for (const QString &id : ids)
            QVERIFY(isActive(id));
    }

    void aBatchSurvivesADroppedConnection()
    {
        const QStringList ids = createKeys(5);
        QCOMPARE(ids.size(), 5);
        m_sandbox.server().clearRecordedRequests();
        // More drops than Qt's own resending of a request on a reused connection absorbs.
        m_sandbox.host().scriptFault({QStringLiteral("/delete/batch"), DropsBeyondQt, 0, -1});
        const auto outcome = runBatch(BatchOperation::Action::Delete, ids);
        QVERIFY2(outcome.failed.isEmpty(), qPrintable(outcome.failed.value(0).error.userMessage()));
        QCOMPARE(outcome.succeeded, ids);
        QCOMPARE(m_sandbox.server().scriptedFaultsRemaining(), 0);
        QCOMPARE(requestsTo(QStringLiteral("/delete/batch")), 2 + DropsBeyondQt);
    }

    void aPersistentFailureIsReportedForTheKeysItStopped()
    {
        const QStringList ids = createKeys(10);
        QCOMPARE(ids.size(), 10);
        m_sandbox.server().clearRecordedRequests();
        // The first chunk passes; every attempt at the second fails.
        BatchOperation batch(&m_sandbox.client(), BatchOperation::Action::Deactivate, ids);
        QSignalSpy finished(&batch, &BatchOperation::finished);
        connect(&batch, &BatchOperation::progress, this, [this](int processed) {
            if (processed == 4)
                m_sandbox.host().scriptFault({QStringLiteral("/deactivate/batch"), 100, 503, -1});
        });
        batch.start();
        QVERIFY(finished.wait(20000));
        const auto &outcome = batch.outcome();
        QCOMPARE(outcome.succeeded, ids.mid(0, 4));
        QCOMPARE(outcome.failed.size(), 6);
        QCOMPARE(outcome.failed.first().id, ids.at(4));
        QCOMPARE(outcome.failed.first().error.httpStatus, 503);
        // One call for the first chunk, then the second's first attempt and its three retries.
        QCOMPARE(requestsTo(QStringLiteral("/deactivate/batch")), 1 + 4);
        QVERIFY(isActive(ids.at(4)));
    }

    void singleActionsAreRetriedToo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addRow("deactivate after 503") << QStringLiteral("/deactivate") << 503;
        QTest::addRow("deactivate after a dropped connection")
            << QStringLiteral("/deactivate") << 0;
        QTest::addRow("activate after 503") << QStringLiteral("/activate") << 503;
        QTest::addRow("delete after 503") << QStringLiteral("/delete") << 503;
        QTest::addRow("delete after a dropped connection") << QStringLiteral("/delete") << 0;
    }

    void singleActionsAreRetriedToo()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        const QStringList ids = createKeys(1);
        QCOMPARE(ids.size(), 1);
        const QString id = ids.first();
        m_sandbox.server().clearRecordedRequests();
        const int faults = status == 0 ? DropsBeyondQt : 1;
        m_sandbox.host().scriptFault({path, faults, status, -1});
        int attempts = 0;
        const auto answer = await<Done>([&](auto *context, auto callback) {
            auto job = std::make_shared<QPointer<ApiJob>>();
            const auto counted = [job, &attempts, callback](const Result<Done> &result) {
                const ApiJob *finished = job->data();
                attempts = finished ? finished->attempts() : -1;
                callback(result);
            };
            if (path == QLatin1String("/activate"))
                *job = m_sandbox.client().activateKey(id, context, counted);
            else if (path == QLatin1String("/deactivate"))
                *job = m_sandbox.client().deactivateKey(id, context, counted);
            else
                *job = m_sandbox.client().deleteKey(id, context, counted);
        });
        QVERIFY(answer);
        QVERIFY2(answer->ok(), qPrintable(problem(*answer)));
        QVERIFY2(attempts > 1, qPrintable(QString::number(attempts)));
        QCOMPARE(requestsTo(path), faults + 1);
    }

    void rotateIsNeverSentTwice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("503") << 503;
        QTest::addRow("dropped connection") << 0;
    }

    void rotateIsNeverSentTwice()
    {
        QFETCH(int, status);
        const QStringList ids = createKeys(1);
        QCOMPARE(ids.size(), 1);
        m_sandbox.server().clearRecordedRequests();
        m_sandbox.host().scriptFault({QStringLiteral("/rotate"), DropsBeyondQt, status, -1});
        int attempts = 0;
        const auto answer = await<CreatedKey>([&](auto *context, auto callback) {
            auto job = std::make_shared<QPointer<ApiJob>>();
            *job = m_sandbox.client().rotateKey(
                ids.first(), context, [job, &attempts, callback](const Result<CreatedKey> &result) {
                    const ApiJob *finished = job->data();
                    attempts = finished ? finished->attempts() : -1;
                    callback(result);
                });
        });
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        // The client sent it once (Qt's HTTP layer may itself resend over a closed connection).
        QCOMPARE(attempts, 1);
        if (status != 0)
            QCOMPARE(requestsTo(QStringLiteral("/rotate")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetrySafeActions)
#include "tst_retry_safe_actions.moc"
