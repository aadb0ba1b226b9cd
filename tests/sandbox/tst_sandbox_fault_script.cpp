// Faults scripted while the sandbox runs: the next N requests to a path answered with a status
// (and Retry-After), or their connection dropped; other paths served as usual; scripted from
// the test's thread while the server runs in its own.

#include "FaultInjector.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"

#include <QTest>

using nlohmann::json;

namespace {

const QString Deactivate = QStringLiteral("/v1/mgmt/accesskey/deactivate");
const QString Search = QStringLiteral("/v1/mgmt/accesskey/search");

} // namespace

class TestSandboxFaultScript : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::string m_keyId;

    HttpTestClient::Response deactivate()
    {
        return m_sandbox.client().post(Deactivate, json{{"id", m_keyId}});
    }

    QList<int> journalStatuses(const QString &path)
    {
        QList<int> statuses;
        for (const auto &request : m_sandbox.host().server()->recordedRequests()) {
            if (request.path == path)
                statuses.append(request.status);
        }
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const json created = m_sandbox.create({{"name", "scripted"}});
        m_keyId = created["key"]["id"].get<std::string>();
        QVERIFY(!m_keyId.empty());
    }

    void init()
    {
        m_sandbox.host().server()->clearScriptedFaults();
        m_sandbox.host().server()->clearRecordedRequests();
    }

    void theNextRequestsToAPathGetTheStatusThenItIsServed()
    {
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 2, 503, -1});
        QCOMPARE(m_sandbox.host().server()->scriptedFaultsRemaining(), 2);
        // Another path is not affected, and uses up nothing.
        QCOMPARE(m_sandbox.client().post(Search, json::object()).status, 200);
        const auto first = deactivate();
        QCOMPARE(first.status, 503);
        QCOMPARE(errorCodeOf(first), std::string("E011503"));
        QCOMPARE(deactivate().status, 503);
        QCOMPARE(m_sandbox.host().server()->scriptedFaultsRemaining(), 0);
        QCOMPARE(deactivate().status, 200);
        QCOMPARE(journalStatuses(Deactivate), (QList<int>{503, 503, 200}));
        // The faults answered instead of the handler: only the last call deactivated.
        const json loaded = m_sandbox.load(m_keyId);
        QVERIFY2(loaded.contains("key"), loaded.dump().c_str());
        QCOMPARE(loaded["key"]["status"], "inactive");
    }

    void aRateLimitFaultCarriesRetryAfter()
    {
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 1, 429, 1});
        const auto limited = deactivate();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(errorCodeOf(limited), std::string("E130429"));
        QCOMPARE(deactivate().status, 200);
    }

    void faultsAreUsedInTheOrderScripted()
    {
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 1, 500, -1});
        m_sandbox.host().scriptFault({QStringLiteral("accesskey"), 1, 502, -1});
        QCOMPARE(deactivate().status, 500);
        // The second fault matches any access-key path; the first is used up.
        QCOMPARE(m_sandbox.client().post(Search, json::object()).status, 502);
        QCOMPARE(deactivate().status, 200);
    }

    void aDroppedConnectionGetsNoAnswer()
    {
        // Qt's HTTP layer sends a request again by itself when a connection it reused closes,
        // so there are enough drops for all of its attempts.
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 10, 0, -1});
        const auto dropped = deactivate();
        QCOMPARE(dropped.status, 0);
        QVERIFY(!dropped.networkError.isEmpty());
        const QList<int> statuses = journalStatuses(Deactivate);
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(statuses.count(0), statuses.size());
        QCOMPARE(m_sandbox.host().server()->scriptedFaultsRemaining(), 10 - statuses.size());
        // The server goes on serving.
        m_sandbox.host().server()->clearScriptedFaults();
        QCOMPARE(deactivate().status, 200);
    }

    void nonsenseFaultsAreIgnored()
    {
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 0, 503, -1});
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 3, 200, -1});
        m_sandbox.host().scriptFault({QStringLiteral("/deactivate"), 3, 1000, -1});
        QCOMPARE(m_sandbox.host().server()->scriptedFaultsRemaining(), 0);
        QCOMPARE(deactivate().status, 200);
    }

    void clearingTheScriptServesEverything()
    {
        m_sandbox.host().scriptFault({QStringLiteral("/"), 5, 503, -1});
        m_sandbox.host().server()->clearScriptedFaults();
        QCOMPARE(deactivate().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaultScript)
#include "tst_sandbox_fault_script.moc"
