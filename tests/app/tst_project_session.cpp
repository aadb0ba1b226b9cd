// The project session against a sandbox: a load fills the model, a newer load wins over an
// older one, the tenant scope is asked of the server, and failures are reported, not thrown.

#include "KeyTableModel.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SandboxServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace descope;

namespace {

int searchRequests(const sandbox::SandboxHost &host)
{
    int count = 0;
    for (const sandbox::RecordedRequest &request : host.server()->recordedRequests())
        count += request.path.endsWith(QLatin1String("/accesskey/search")) ? 1 : 0;
    return count;
}

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedCount = 20;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void loadFillsTheModel()
    {
        ProjectSession session(connectionTo(m_host));
        QSignalSpy loading(&session, &ProjectSession::loadingChanged);
        QSignalSpy loaded(&session, &ProjectSession::keysLoaded);
        QVERIFY(!session.hasLoaded());
        session.reload();
        QVERIFY(session.isLoading());
        QVERIFY(loaded.wait());
        QVERIFY(!session.isLoading());
        QVERIFY(session.hasLoaded());
        QVERIFY(!session.loadError());
        QCOMPARE(session.keys()->rowCount(), 20);
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
    }

    void aNewerLoadReplacesAnOlderOne()
    {
        ProjectSession session(connectionTo(m_host));
        QSignalSpy loading(&session, &ProjectSession::loadingChanged);
        QSignalSpy loaded(&session, &ProjectSession::keysLoaded);
        QSignalSpy failed(&session, &ProjectSession::loadFailed);
        session.reload();
        session.reload();
        QVERIFY(loaded.wait());
        QTest::qWait(100);
        // One answer, no cancellation reported as a failure, one busy period.
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loading.size(), 2);
    }

    void theTenantScopeIsAskedOfTheServer()
    {
        ProjectSession session(connectionTo(m_host));
        QSignalSpy tenants(&session, &ProjectSession::tenantsLoaded);
        session.loadTenants();
        QVERIFY(tenants.wait());
        QVERIFY(!session.tenants().isEmpty());
        const QString tenantId = session.tenants().first().id;

        m_host.server()->clearRecordedRequests();
        QSignalSpy loaded(&session, &ProjectSession::keysLoaded);
        session.setTenantScope(tenantId);
        QVERIFY(loaded.wait());
        QCOMPARE(searchRequests(m_host), 1);
        QVERIFY(m_host.server()->recordedRequests().last().body.contains(tenantId.toUtf8()));
        for (int row = 0; row < session.keys()->rowCount(); ++row) {
            const AccessKey &key = session.keys()->key(row);
            QVERIFY(
                std::any_of(key.keyTenants.begin(), key.keyTenants.end(),
                            [&](const KeyTenant &tenant) { return tenant.tenantId == tenantId; }));
        }
        // The same scope again asks nothing.
        session.setTenantScope(tenantId);
        QVERIFY(!session.isLoading());
    }

    void aRefusedLoadIsReported()
    {
        Connection connection = connectionTo(m_host);
        connection.managementKey = QStringLiteral("K2Wrong");
        ProjectSession session(connection);
        QSignalSpy failed(&session, &ProjectSession::loadFailed);
        session.reload();
        QVERIFY(failed.wait());
        QVERIFY(session.loadError());
        QVERIFY(session.loadError()->isUnauthorized());
        QVERIFY(!session.isLoading());
        QVERIFY(!session.hasLoaded());
    }

    void cancellingAFirstLoadIsNotAFailure()
    {
        // A server that takes the request and never answers.
        QTcpServer hung;
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        Connection connection = connectionTo(m_host);
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hung.serverPort()));
        ProjectSession session(connection);
        QSignalSpy loading(&session, &ProjectSession::loadingChanged);
        QSignalSpy failed(&session, &ProjectSession::loadFailed);
        QSignalSpy cancelled(&session, &ProjectSession::loadCancelled);
        session.reload();
        QVERIFY(session.isLoading());

        session.cancelReload();
        QVERIFY(!session.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!session.loadError());
        QVERIFY(!session.hasLoaded());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 0);
        // Nothing runs, so there is nothing to cancel.
        session.cancelReload();
        QCOMPARE(cancelled.size(), 1);
    }

    void cancellingARefreshKeepsTheKeysAndTheirScope()
    {
        ProjectSession session(connectionTo(m_host));
        QSignalSpy loaded(&session, &ProjectSession::keysLoaded);
        QSignalSpy tenants(&session, &ProjectSession::tenantsLoaded);
        session.loadTenants();
        session.reload();
        QVERIFY(loaded.wait());
        QVERIFY(tenants.size() == 1 || tenants.wait());
        const QDateTime loadedAt = session.loadedAt();
        QVERIFY(loadedAt.isValid());

        QSignalSpy failed(&session, &ProjectSession::loadFailed);
        QSignalSpy scope(&session, &ProjectSession::tenantScopeChanged);
        session.setTenantScope(session.tenants().first().id);
        QVERIFY(session.isLoading());
        session.cancelReload();
        QVERIFY(!session.isLoading());
        // The keys shown are every tenant's: the scope goes back to match them.
        QCOMPARE(session.tenantScope(), QString());
        QCOMPARE(session.loadedTenantScope(), QString());
        QCOMPARE(scope.size(), 1);
        QCOMPARE(scope.at(0).at(0).toString(), QString());
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1); // the cancelled answer replaced nothing
        QCOMPARE(failed.size(), 0);
        QCOMPARE(session.keys()->rowCount(), 20);
        QCOMPARE(session.loadedAt(), loadedAt);
    }

    void destroyingTheSessionMidLoadIsQuiet()
    {
        auto *session = new ProjectSession(connectionTo(m_host));
        QSignalSpy loading(session, &ProjectSession::loadingChanged);
        session->reload();
        delete session;
        QCOMPARE(loading.size(), 1);
    }

    void theClockMovesTheModelsNow()
    {
        ProjectSession session(connectionTo(m_host));
        session.keys()->setNow(QDateTime::fromSecsSinceEpoch(1000));
        session.setClockInterval(20);
        QTRY_VERIFY(session.keys()->nowSeconds() > 1000);
    }
};

QTEST_MAIN(TestProjectSession)
#include "tst_project_session.moc"
