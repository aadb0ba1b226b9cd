// Batches finish what they can (issue 15): activate, deactivate and delete are idempotent, so
// a chunk that meets a transient failure (503, 429 with Retry-After) is sent again before
// anything is reported; what still fails is listed in the batch report, whose "Retry Failed
// Keys" runs the same action on those keys, end to end against the sandbox's scripted faults.

#include "BatchReportDialog.h"
#include "ConsoleWindowFixture.h"
#include "FaultInjector.h"
#include "HttpTestClient.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace descope;

namespace {

constexpr int KeyCount = 21;
const QString DeactivateBatch = QStringLiteral("/accesskey/deactivate/batch");
const QString DeactivateOne = QStringLiteral("/accesskey/deactivate");

} // namespace

class TestBatchRetries : public QObject
{
    Q_OBJECT

private:
    ConsoleWindowFixture m_console;
    std::unique_ptr<HttpTestClient> m_http;
    QStringList m_ids;
    QStringList m_names;

    bool setActiveDirectly(bool active)
    {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &id : std::as_const(m_ids))
            list.push_back(id.toStdString());
        return m_http
                   ->post(active ? QStringLiteral("/v1/mgmt/accesskey/activate/batch")
                                 : QStringLiteral("/v1/mgmt/accesskey/deactivate/batch"),
                          {{"ids", list}})
                   .status == 200;
    }

    int serverActiveCount()
    {
        int active = 0;
        for (const QString &id : std::as_const(m_ids)) {
            const auto answer = m_http->get(QStringLiteral("/v1/mgmt/accesskey?id=") + id);
            active += answer.status == 200 && answer.json()["key"]["status"] == "active" ? 1 : 0;
        }
        return active;
    }

    int tableActiveCount() const
    {
        int active = 0;
        for (const QString &id : m_ids)
            active += m_console.keyOf(id).active ? 1 : 0;
        return active;
    }

    // Selects the keys, confirms the question and waits for the batch to end.
    bool runBatch(QAction *action, int timeoutMs = 20000)
    {
        if (!m_console.selectOnly(m_ids))
            return false;
        UserPrompts::queueAnswer(QMessageBox::Yes);
        action->trigger();
        return QTest::qWaitFor([this] { return !m_console.controller()->runningBatch(); },
                               timeoutMs);
    }

    BatchReportDialog *openReport() const
    {
        const auto reports = m_console.window()->findChildren<BatchReportDialog *>(
            QStringLiteral("batchReportDialog"));
        for (BatchReportDialog *report : reports) {
            if (report->isVisible())
                return report;
        }
        return nullptr;
    }

    QStringList listedIds(const BatchReportDialog *report) const
    {
        QStringList ids;
        for (int row = 0; row < report->table()->rowCount(); ++row)
            ids.append(report->table()->item(row, 1)->text());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_console.start({}));
        m_http = std::make_unique<HttpTestClient>(m_console.host().baseUrl(),
                                                  m_console.host().projectId(),
                                                  m_console.host().managementKey());
        for (int i = 1; i <= KeyCount; ++i) {
            const QString name = QStringLiteral("edge-node-%1").arg(i, 2, 10, QLatin1Char('0'));
            const auto created = m_http->post(QStringLiteral("/v1/mgmt/accesskey/create"),
                                              {{"name", name.toStdString()}});
            QCOMPARE(created.status, 200);
            m_ids.append(QString::fromStdString(created.json()["key"]["id"].get<std::string>()));
            m_names.append(name);
        }
    }

    void init()
    {
        QVERIFY(setActiveDirectly(true));
        QVERIFY(m_console.openWindow());
        m_console.clearJournal();
    }

    void cleanup()
    {
        m_console.closeWindow();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void aBatchThatMeetsOne503StillChangesEveryKey()
    {
        m_console.host().scriptFault({DeactivateBatch, 1, 503, -1});
        QVERIFY(runBatch(m_console.actions()->deactivateKeys));
        QVERIFY2(!openReport(), "a transient failure was reported");
        QCOMPARE(tableActiveCount(), 0);
        QCOMPARE(serverActiveCount(), 0);
        QCOMPARE(m_console.requestsTo(DeactivateBatch), 2);
        QCOMPARE(m_console.window()->statusBar()->currentMessage(),
                 QStringLiteral("Deactivated 21 keys"));
    }

    void aBatchWaitsOutA429WithRetryAfter()
    {
        QVERIFY(setActiveDirectly(false));
        QVERIFY(m_console.reloadWindow());
        m_console.host().scriptFault({QStringLiteral("/activate/batch"), 1, 429, 1});
        QVERIFY(runBatch(m_console.actions()->activateKeys));
        QVERIFY(!openReport());
        QCOMPARE(tableActiveCount(), KeyCount);
        QCOMPARE(serverActiveCount(), KeyCount);
        QCOMPARE(m_console.requestsTo(QStringLiteral("/activate/batch")), 2);
    }

    void keysThatFailAreReportedAndRetriedOnRequest()
    {
        // The batch call is refused, so the keys are tried one by one; the first three fail.
        m_console.host().scriptFault({DeactivateBatch, 1, 400, -1});
        m_console.host().scriptFault({DeactivateOne, 3, 409, -1});
        QVERIFY(runBatch(m_console.actions()->deactivateKeys));
        BatchReportDialog *report = openReport();
        QVERIFY(report);
        QCOMPARE(report->windowTitle(), QStringLiteral("Deactivate Keys: 3 Failed"));
        QVERIFY(report->isSizeGripEnabled());
        QCOMPARE(listedIds(report), m_ids.mid(0, 3));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(report->table()->item(row, 0)->text(), m_names.at(row));
            QVERIFY(!report->table()->item(row, 2)->text().isEmpty());
        }
        QCOMPARE(report->retryButton()->text(), QStringLiteral("&Retry 3 Failed Keys"));
        QCOMPARE(tableActiveCount(), 3);
        QCOMPARE(m_console.window()->statusBar()->currentMessage(),
                 QStringLiteral("Deactivated 18 keys; 3 failed"));

        // The retry sends the same action for those three only, and they succeed now.
        m_console.clearJournal();
        const qsizetype asked = UserPrompts::shown().size();
        QPointer<BatchReportDialog> closing = report;
        QTest::mouseClick(report->retryButton(), Qt::LeftButton);
        // Read the guarded pointer once per look: the report deletes itself on close.
        QTRY_VERIFY([&closing] {
            const BatchReportDialog *shown = closing.data();
            return shown == nullptr || !shown->isVisible();
        }());
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.controller()->runningBatch(), 20000);
        QTRY_COMPARE(tableActiveCount(), 0);
        QCOMPARE(serverActiveCount(), 0);
        QCOMPARE(m_console.requestsTo(DeactivateBatch), 1);
        QByteArray sent;
        for (const auto &request : m_console.host().server()->recordedRequests()) {
            if (request.path.endsWith(DeactivateBatch))
                sent = request.body;
        }
        for (const QString &id : m_ids.mid(0, 3))
            QVERIFY2(sent.contains(id.toUtf8()), sent.constData());
        QVERIFY(!sent.contains(m_ids.at(3).toUtf8()));
        QVERIFY(!openReport());
        // The retry asks nothing: the button named its keys.
        QCOMPARE(UserPrompts::shown().size(), asked);
    }

    void aPersistentFailureIsReportedForEveryKeyItStopped()
    {
        // Every attempt (the first and the policy's three retries) meets 503.
        m_console.host().scriptFault({DeactivateBatch, 4, 503, -1});
        QVERIFY(runBatch(m_console.actions()->deactivateKeys, 30000));
        BatchReportDialog *report = openReport();
        QVERIFY(report);
        QCOMPARE(report->windowTitle(), QStringLiteral("Deactivate Keys: 21 Failed"));
        QCOMPARE(report->table()->rowCount(), KeyCount);
        QCOMPARE(m_console.requestsTo(DeactivateBatch), 4);
        QCOMPARE(serverActiveCount(), KeyCount);
        QTRY_COMPARE(tableActiveCount(), KeyCount);

        QTest::mouseClick(report->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.controller()->runningBatch(), 20000);
        QTRY_COMPARE(tableActiveCount(), 0);
        QCOMPARE(serverActiveCount(), 0);
        QVERIFY(!openReport());
    }
};

QTEST_MAIN(TestBatchRetries)
#include "tst_batch_retries.moc"
