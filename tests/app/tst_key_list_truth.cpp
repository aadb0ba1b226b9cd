// What the key list shows is the truth (issue 15): a refresh that fails keeps the keys last
// loaded, marked with when they were loaded and why the refresh failed, with Try Again; a
// running load can be cancelled (Esc, Cancel) without being taken for a failure; the details
// pane never shows a key the table does not; the counts stay in view; and each project keeps
// its own filters, marked when they narrow the list, with one click to clear them.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyActions.h"
#include "KeyFilterProxyModel.h"
#include "KeyListBanner.h"
#include "KeyListMessage.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace descope;

namespace {

constexpr int SeedCount = 30;
constexpr auto OtherProjectId = "P2SecondSandboxProject000001";

template <typename T>
T *child(const QWidget &root, const char *objectName)
{
    return root.findChild<T *>(QLatin1String(objectName));
}

QString labelText(const QWidget &root, const char *objectName)
{
    const auto *label = child<QLabel>(root, objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

// What the banner names as the time the keys were loaded.
QString loadedAtText(const ProjectSession &session)
{
    return QLocale().toString(session.loadedAt().toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

class TestKeyListTruth : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    KeyFilterProxyModel *proxy() const { return m_window->keyTable()->keyModel(); }
    KeyListMessage *message() const { return child<KeyListMessage>(*m_window, "keyListMessage"); }
    KeyListBanner *banner() const { return child<KeyListBanner>(*m_window, "keyListBanner"); }
    bool tableShown() const
    {
        return child<QStackedWidget>(*m_window, "keyListPages")->currentWidget() ==
               m_window->keyTable();
    }

    bool openWindow(const Connection &connection)
    {
        m_window = std::make_unique<MainWindow>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setConnection(connection);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    bool waitForLoad()
    {
        return QTest::qWaitFor([this] { return !m_window->session()->isLoading(); }, 10000);
    }

    void closeWindow()
    {
        if (m_window)
            m_window->close();
        m_proxyTester.reset();
        m_window.reset();
    }

    // A connection to a server that takes the request and never answers.
    static Connection hungConnection(const QTcpServer &server)
    {
        Connection connection;
        connection.displayName = QStringLiteral("Hung");
        connection.projectId = QStringLiteral("P2HungServerProject000000001");
        connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        connection.managementKey = QStringLiteral("K2HungServerKey");
        return connection;
    }

    // The key pane and actions agree with the table: nothing is detailed or acted on that
    // the table does not show.
    void verifyDetailsMatchTheTable()
    {
        const QString detailed = labelText(*m_window, "detailsName");
        const bool paneShowsAKey =
            child<QWidget>(*m_window, "detailsScrollArea")->isVisibleTo(m_window.get());
        if (!tableShown()) {
            QVERIFY2(!paneShowsAKey, qPrintable(detailed));
            QVERIFY(!m_window->keyActions()->deleteKeys->isEnabled());
            QVERIFY(!m_window->keyActions()->deactivateKeys->isEnabled());
            QVERIFY(!m_window->keyActions()->copyKeyId->isEnabled());
            return;
        }
        if (!paneShowsAKey)
            return;
        const QStringList selected = m_window->keyTable()->selectedKeyIds();
        QCOMPARE(selected.size(), 1);
        const int row = m_window->session()->keys()->rowOfKey(selected.first());
        QVERIFY(row >= 0);
        QVERIFY(proxy()->shownRowOf(row) >= 0);
        QCOMPARE(detailed, m_window->session()->keys()->key(row).name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
    }

    void init() { IsolatedSettings::clear(); }
    void cleanup() { closeWindow(); }

    void aFailedRefreshKeepsTheKeysLoaded()
    {
        sandbox::SandboxHost host;
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY(host.start(options));
        QVERIFY(openWindow(connectionTo(host)));
        QVERIFY(waitForLoad());
        QVERIFY(tableShown());
        QVERIFY(!banner()->isVisible());
        m_window->keyTable()->selectRow(2);
        const QString selected = m_window->keyTable()->selectedKeyIds().value(0);
        const QString name = labelText(*m_window, "detailsName");
        QVERIFY(!name.isEmpty());

        // The server goes away; the refresh fails.
        options.port = quint16(host.baseUrl().port());
        host.stop();
        m_window->keyActions()->refresh->trigger();
        QVERIFY(waitForLoad());
        QVERIFY(m_window->session()->loadError());

        // The keys last loaded stay, as they were, with the details of the one selected.
        QVERIFY(tableShown());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(m_window->keyTable()->selectedKeyIds(), QStringList{selected});
        QCOMPARE(labelText(*m_window, "detailsName"), name);
        verifyDetailsMatchTheTable();
        // Marked stale: when they were loaded and why the refresh failed.
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->state(), KeyListBanner::State::Stale);
        const QString text = banner()->text();
        QVERIFY2(text.contains(loadedAtText(*m_window->session())), qPrintable(text));
        QVERIFY2(text.contains(m_window->session()->loadError()->userMessage()), qPrintable(text));
        auto *tryAgain = child<QPushButton>(*m_window, "keyListBannerButton");
        QCOMPARE(tryAgain->text(), QStringLiteral("&Try Again"));

        // Back again: Try Again loads, and the mark goes.
        QVERIFY(host.start(options));
        QTest::mouseClick(tryAgain, Qt::LeftButton);
        QVERIFY(m_window->session()->isLoading());
        QVERIFY(waitForLoad());
        QVERIFY(!m_window->session()->loadError());
        QVERIFY(tableShown());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QVERIFY(!banner()->isVisible());
        verifyDetailsMatchTheTable();
    }

    void aFailedFirstLoadShowsNoKeyDetails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const Connection refused = hungConnection(closed);
        closed.close(); // nothing listens there now: refused at once
        QVERIFY(openWindow(refused));
        QVERIFY(waitForLoad());
        QVERIFY(!tableShown());
        QCOMPARE(message()->state(), KeyListMessage::State::Failed);
        QCOMPARE(child<QPushButton>(*m_window, "keyListMessageButton")->text(),
                 QStringLiteral("&Try Again"));
        QVERIFY(!banner()->isVisible());
        QCOMPARE(labelText(*m_window, "detailsPlaceholder"),
                 QStringLiteral("Select a key to see its details"));
        verifyDetailsMatchTheTable();
    }

    void cancellingTheFirstLoadIsNotAFailure()
    {
        QTcpServer hung;
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        QVERIFY(openWindow(hungConnection(hung)));
        QVERIFY(m_window->session()->isLoading());
        QCOMPARE(message()->state(), KeyListMessage::State::Loading);
        auto *button = child<QPushButton>(*m_window, "keyListMessageButton");
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        QSignalSpy failed(m_window->session(), &ProjectSession::loadFailed);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_window->session()->isLoading());
        QCOMPARE(message()->state(), KeyListMessage::State::Cancelled);
        QVERIFY(!m_window->session()->loadError());
        QCOMPARE(button->text(), QStringLiteral("&Load Keys"));
        QVERIFY(labelText(*m_window, "keyCountLabel").isEmpty());
        QTest::qWait(100);
        QCOMPARE(failed.size(), 0);
        verifyDetailsMatchTheTable();

        // Loading again is one click away.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_window->session()->isLoading());
        QCOMPARE(message()->state(), KeyListMessage::State::Loading);
    }

    void escCancelsButLeavesDialogsAndTheSearchTheirEsc()
    {
        QTcpServer hung;
        QVERIFY(hung.listen(QHostAddress::LocalHost, 0));
        QVERIFY(openWindow(hungConnection(hung)));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->session()->isLoading());

        // A dialog's Esc closes the dialog, and the load goes on.
        auto *about = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
        about->trigger();
        const QPointer<QMessageBox> box =
            m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowActive(box));
        QTest::keyClick(box, Qt::Key_Escape);
        // The box deletes itself on close: read the guarded pointer once per look.
        QTRY_VERIFY([&box] {
            const QMessageBox *shown = box.data();
            return shown == nullptr || !shown->isVisible();
        }());
        QVERIFY(m_window->session()->isLoading());

        // Esc in a search field with text clears the search, and the load goes on.
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *search = child<QLineEdit>(*m_window, "searchField");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ci"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(m_window->session()->isLoading());

        // Then Esc stops the load, from the search field as from the rest of the window.
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!m_window->session()->isLoading());
        QCOMPARE(message()->state(), KeyListMessage::State::Cancelled);
        QVERIFY(!m_window->session()->loadError());
    }

    void cancellingARefreshKeepsTheKeysShown()
    {
        sandbox::SandboxHost slow;
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        options.latencyMs = 1500;
        QVERIFY(slow.start(options));
        QVERIFY(openWindow(connectionTo(slow)));
        QVERIFY(waitForLoad());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        m_window->keyTable()->selectRow(1);
        const QString name = labelText(*m_window, "detailsName");

        QSignalSpy failed(m_window->session(), &ProjectSession::loadFailed);
        QSignalSpy loaded(m_window->session(), &ProjectSession::keysLoaded);
        m_window->keyActions()->refresh->trigger();
        QVERIFY(m_window->session()->isLoading());
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->state(), KeyListBanner::State::Refreshing);
        QCOMPARE(child<QPushButton>(*m_window, "keyListBannerButton")->text(),
                 QStringLiteral("Cancel"));

        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->keyTable()->setFocus();
        QTest::keyClick(m_window->keyTable(), Qt::Key_Escape);
        QVERIFY(!m_window->session()->isLoading());
        QVERIFY(!banner()->isVisible());
        QVERIFY(tableShown());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(labelText(*m_window, "detailsName"), name);
        QVERIFY(!m_window->session()->loadError());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The answer that comes late changes nothing.
        QTest::qWait(1800);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(loaded.size(), 0);

        // The Cancel button of the banner does the same.
        m_window->keyActions()->refresh->trigger();
        QTest::mouseClick(child<QPushButton>(*m_window, "keyListBannerButton"), Qt::LeftButton);
        QVERIFY(!m_window->session()->isLoading());
        QVERIFY(!banner()->isVisible());
        QCOMPARE(proxy()->rowCount(), SeedCount);
    }

    void theCountsOutliveMessages()
    {
        sandbox::SandboxHost host;
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY(host.start(options));
        QVERIFY(openWindow(connectionTo(host)));
        QVERIFY(waitForLoad());
        auto *counts = child<QLabel>(*m_window, "keyCountLabel");
        QCOMPARE(counts->text(), QStringLiteral("%1 key(s)").arg(SeedCount));
        m_window->statusBar()->showMessage(QStringLiteral("Something happened"), 10000);
        QCoreApplication::processEvents();
        QVERIFY(counts->isVisible());
        QCOMPARE(counts->text(), QStringLiteral("%1 key(s)").arg(SeedCount));
    }

    void eachProjectKeepsItsOwnFilters()
    {
        sandbox::SandboxHost first;
        sandbox::SandboxHost second;
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY(first.start(options));
        options.projectId = QLatin1String(OtherProjectId);
        QVERIFY(second.start(options));

        QVERIFY(openWindow(connectionTo(first)));
        QVERIFY(waitForLoad());
        auto *search = child<QLineEdit>(*m_window, "searchField");
        QTest::keyClicks(search, QStringLiteral("dev"));
        const int filtered = proxy()->rowCount();
        QVERIFY(filtered < SeedCount);
        const QString marked = labelText(*m_window, "keyCountLabel");
        QVERIFY2(marked.startsWith(QLatin1String("Filtered: ")), qPrintable(marked));
        QVERIFY(child<QToolButton>(*m_window, "clearFiltersButton")->isVisible());

        // Another project starts unfiltered.
        m_window->setConnection(connectionTo(second));
        QVERIFY(waitForLoad());
        QVERIFY(search->text().isEmpty());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(labelText(*m_window, "keyCountLabel"), QStringLiteral("%1 key(s)").arg(SeedCount));
        QVERIFY(!child<QToolButton>(*m_window, "clearFiltersButton")->isVisible());

        // Its own filter again when it comes back, marked as such; one click clears it.
        m_window->setConnection(connectionTo(first));
        QVERIFY(waitForLoad());
        QCOMPARE(search->text(), QStringLiteral("dev"));
        QCOMPARE(proxy()->rowCount(), filtered);
        QCOMPARE(labelText(*m_window, "keyCountLabel"), marked);
        auto *clear = child<QToolButton>(*m_window, "clearFiltersButton");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QVERIFY(!clear->isVisible());

        // And across a restart: a filter saved for one project is not another's.
        QTest::keyClicks(search, QStringLiteral("prod"));
        closeWindow();
        QVERIFY(openWindow(connectionTo(second)));
        QVERIFY(waitForLoad());
        QVERIFY(child<QLineEdit>(*m_window, "searchField")->text().isEmpty());
        closeWindow();
        QVERIFY(openWindow(connectionTo(first)));
        QVERIFY(waitForLoad());
        QCOMPARE(child<QLineEdit>(*m_window, "searchField")->text(), QStringLiteral("prod"));
        QVERIFY(labelText(*m_window, "keyCountLabel").startsWith(QLatin1String("Filtered: ")));
    }
};

QTEST_MAIN(TestKeyListTruth)
#include "tst_key_list_truth.moc"
