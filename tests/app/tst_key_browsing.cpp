// The main window against a real sandbox: keys load without freezing the window, the search
// field, status and tenant filters narrow the table, the details pane follows the selection,
// the loading, empty, failed and no-match states, and what is remembered between runs.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxyModel.h"
#include "KeyListMessage.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SandboxServer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace descope;

namespace {

// More than 1,000 cells (rows x 11 columns): from there Qt keeps a selection of the whole
// table as one range, which aWholeTableSelectionNarrowsWithTheFilter() checks.
constexpr int SeedCount = 120;

QString labelText(const QWidget &root, const char *objectName)
{
    const auto *label = root.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

template <typename T>
T *child(const QWidget &root, const char *objectName)
{
    return root.findChild<T *>(QLatin1String(objectName));
}

} // namespace

class TestKeyBrowsing : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;

    KeyFilterProxyModel *proxy() const { return m_window->keyTable()->keyModel(); }
    KeyTableModel *keys() const { return m_window->session()->keys(); }
    KeyListMessage *message() const { return child<KeyListMessage>(*m_window, "keyListMessage"); }
    bool tableShown() const
    {
        return child<QStackedWidget>(*m_window, "keyListPages")->currentWidget() ==
               m_window->keyTable();
    }

    // A window connected to `host`, shown, with the model tester watching its models.
    bool openWindow(const sandbox::SandboxHost &host)
    {
        m_window = std::make_unique<MainWindow>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setConnection(connectionTo(host));
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            keys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        m_modelTester.reset();
        m_proxyTester.reset();
        m_window.reset();
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            names.append(proxy()->index(row, KeyTableModel::NameColumn).data().toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void init()
    {
        IsolatedSettings::clear();
        QVERIFY(openWindow(m_host));
        QVERIFY(waitForLoad());
    }

    void cleanup() { closeWindow(); }

    void loadsEveryKeyIntoTheTable()
    {
        QVERIFY(tableShown());
        QCOMPARE(keys()->rowCount(), SeedCount);
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(labelText(*m_window, "keyCountLabel"), QStringLiteral("%1 key(s)").arg(SeedCount));
        // Sorted by name, naturally, from the first load.
        QStringList names = shownNames();
        QCOMPARE(names.size(), SeedCount);
        QVERIFY(
            !m_window->keyTable()->horizontalHeader()->isSectionHidden(KeyTableModel::NameColumn));
        QCOMPARE(m_window->keyTable()->horizontalHeader()->sortIndicatorSection(),
                 int(KeyTableModel::NameColumn));
        QVERIFY(
            m_window->keyTable()->horizontalHeader()->isSectionHidden(KeyTableModel::KeyIdColumn));
        const int expiring = keys()->expiringSoonCount();
        QCOMPARE(labelText(*m_window, "expiringCountLabel"),
                 expiring == 0 ? QString() : QStringLiteral("%1 expiring soon").arg(expiring));
        QCOMPARE(child<QLabel>(*m_window, "expiringCountLabel")->toolTip(),
                 QStringLiteral("Keys that expire within 14 day(s)"));
    }

    void typingInTheSearchFieldFilters()
    {
        const QString word = keys()->key(0).name.section(u'-', 0, 0);
        int expected = 0;
        for (int row = 0; row < keys()->rowCount(); ++row)
            expected += keys()->key(row).name.contains(word) ||
                        keys()->searchableText(row).contains(word.toCaseFolded().toUtf8());
        QVERIFY(expected < SeedCount);

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(*m_window, "searchField");
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, word);
        QCOMPARE(proxy()->rowCount(), expected);
        for (int row = 0; row < proxy()->rowCount(); ++row) {
            const int sourceRow = proxy()->mapToSource(proxy()->index(row, 0)).row();
            QVERIFY(keys()->searchableText(sourceRow).contains(word.toCaseFolded().toUtf8()));
        }
        QCOMPARE(labelText(*m_window, "keyCountLabel"),
                 QStringLiteral("Filtered: %1 of %2 key(s) shown").arg(expected).arg(SeedCount));
    }

    void noMatchesOffersToClearTheFilters()
    {
        QTest::keyClicks(child<QLineEdit>(*m_window, "searchField"), QStringLiteral("zzqx"));
        QCOMPARE(proxy()->rowCount(), 0);
        QVERIFY(!tableShown());
        QCOMPARE(message()->state(), KeyListMessage::State::NoMatches);
        auto *button = child<QPushButton>(*m_window, "keyListMessageButton");
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(child<QLineEdit>(*m_window, "searchField")->text().isEmpty());
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QVERIFY(tableShown());
    }

    void statusFilterShowsOneStatus()
    {
        auto *status = child<QComboBox>(*m_window, "statusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Inactive")));
        QVERIFY(proxy()->rowCount() > 0);
        QVERIFY(proxy()->rowCount() < SeedCount);
        for (int row = 0; row < proxy()->rowCount(); ++row)
            QCOMPARE(proxy()->index(row, KeyTableModel::StatusColumn).data().toString(),
                     QStringLiteral("Inactive"));

        status->setCurrentIndex(status->findData(QStringLiteral("expiring-soon")));
        QCOMPARE(proxy()->rowCount(), keys()->expiringSoonCount());
    }

    void tenantFilterAsksTheServer()
    {
        auto *tenant = child<QComboBox>(*m_window, "tenantFilter");
        QTRY_VERIFY(tenant->count() > 1);
        const int index = tenant->findText(QStringLiteral("Acme Corp"));
        QVERIFY(index > 0);
        const QString tenantId = tenant->itemData(index).toString();

        m_host.server()->clearRecordedRequests();
        tenant->setCurrentIndex(index);
        Q_EMIT tenant->activated(index);
        QVERIFY(waitForLoad());

        bool askedWithTenant = false;
        for (const sandbox::RecordedRequest &request : m_host.server()->recordedRequests()) {
            if (request.path.endsWith(QLatin1String("/accesskey/search")))
                askedWithTenant = request.body.contains(tenantId.toUtf8());
        }
        QVERIFY(askedWithTenant);
        QVERIFY(keys()->rowCount() > 0);
        QVERIFY(keys()->rowCount() < SeedCount);
        for (int row = 0; row < keys()->rowCount(); ++row) {
            bool hasTenant = false;
            for (const KeyTenant &keyTenant : keys()->key(row).keyTenants)
                hasTenant = hasTenant || keyTenant.tenantId == tenantId;
            QVERIFY(hasTenant);
        }
    }

    void detailsFollowTheSelection()
    {
        KeyTableView *table = m_window->keyTable();
        auto *placeholder = child<QLabel>(*m_window, "detailsPlaceholder");
        QVERIFY(placeholder);
        QCOMPARE(placeholder->text(), QStringLiteral("Select a key to see its details"));

        table->selectRow(2);
        const QString name = proxy()->index(2, KeyTableModel::NameColumn).data().toString();
        QCOMPARE(labelText(*m_window, "detailsName"), name);
        QCOMPARE(labelText(*m_window, "selectionCountLabel"), QStringLiteral("1 selected"));
        QCOMPARE(table->selectedKeyIds(),
                 QStringList{proxy()->index(2, 0).data(KeyTableModel::KeyIdRole).toString()});

        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table->selectedKeyCount(), SeedCount);
        QCOMPARE(placeholder->text(), QStringLiteral("%1 keys selected").arg(SeedCount));
        QCOMPARE(labelText(*m_window, "selectionCountLabel"),
                 QStringLiteral("%1 selected").arg(SeedCount));
    }

    void aWholeTableSelectionNarrowsWithTheFilter()
    {
        KeyTableView *table = m_window->keyTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table->selectedKeyCount(), SeedCount);

        // A search that hides the first and the last row, the corners of Qt's one range.
        auto *search = child<QLineEdit>(*m_window, "searchField");
        const QString middleName =
            proxy()->index(SeedCount / 2, KeyTableModel::NameColumn).data().toString();
        QTest::keyClicks(search, middleName);
        QTRY_VERIFY(proxy()->rowCount() < SeedCount);
        const int shown = proxy()->rowCount();
        QVERIFY(shown > 0);
        QTRY_COMPARE(table->selectedKeyCount(), shown);
        QCOMPARE(labelText(*m_window, "selectionCountLabel"),
                 QStringLiteral("%1 selected").arg(shown));

        // Keys that were hidden left the selection, as they do from any selection.
        search->clear();
        QTRY_COMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(table->selectedKeyCount(), shown);
    }

    void aWideningFilterSelectsOnlyTheKeysSelectedBefore()
    {
        // A sort whose first and last rows share a status that a row between them has not:
        // the keys left selected by that status filter still reach from the first row to the
        // last once it is cleared, yet the keys it hid must not come back selected.
        KeyTableView *table = m_window->keyTable();
        const auto statusAt = [this](int row) {
            return proxy()->index(row, 0).data(KeyTableModel::StatusRole).toInt();
        };
        int shared = -1;
        for (const int column : {int(KeyTableModel::NameColumn), int(KeyTableModel::CreatedColumn),
                                 int(KeyTableModel::ExpiresColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                table->sortByColumn(column, order);
                bool middleDiffers = false;
                for (int row = 1; row < SeedCount - 1; ++row)
                    middleDiffers = middleDiffers || statusAt(row) != statusAt(0);
                if (shared < 0 && statusAt(0) == statusAt(SeedCount - 1) && middleDiffers)
                    shared = statusAt(0);
                if (shared >= 0)
                    break;
            }
            if (shared >= 0)
                break;
        }
        QVERIFY(shared >= 0);
        const QString choice = shared == int(KeyStatus::Active)     ? QStringLiteral("active")
                               : shared == int(KeyStatus::Inactive) ? QStringLiteral("inactive")
                                                                    : QStringLiteral("expired");

        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table->selectedKeyCount(), SeedCount);
        auto *status = child<QComboBox>(*m_window, "statusFilter");
        status->setCurrentIndex(status->findData(choice));
        const int shown = proxy()->rowCount();
        QVERIFY(shown < SeedCount);
        QCOMPARE(table->selectedKeyCount(), shown);

        status->setCurrentIndex(0);
        QCOMPARE(proxy()->rowCount(), SeedCount);
        QCOMPARE(table->selectedKeyCount(), shown);
        for (const QString &id : table->selectedKeyIds())
            QCOMPARE(int(keys()->status(keys()->rowOfKey(id))), shared);
    }

    void actionsFollowTheSelection()
    {
        KeyActions *actions = m_window->keyActions();
        QVERIFY(actions->refresh->isEnabled());
        QVERIFY(!actions->copyKeyId->isEnabled());
        m_window->keyTable()->selectRow(0);
        QVERIFY(actions->copyKeyId->isEnabled());

        actions->copyKeyId->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 proxy()->index(0, 0).data(KeyTableModel::KeyIdRole).toString());
    }

    void refreshKeepsTheSelection()
    {
        m_window->keyTable()->selectRow(3);
        const QStringList selected = m_window->keyTable()->selectedKeyIds();
        QSignalSpy loaded(m_window->session(), &ProjectSession::keysLoaded);
        m_window->keyActions()->refresh->trigger();
        QVERIFY(loaded.wait());
        QCOMPARE(keys()->rowCount(), SeedCount);
        QCOMPARE(m_window->keyTable()->selectedKeyIds(), selected);
    }

    void remembersFiltersColumnsAndSort()
    {
        QTest::keyClicks(child<QLineEdit>(*m_window, "searchField"), QStringLiteral("dev"));
        auto *status = child<QComboBox>(*m_window, "statusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Active")));
        QHeaderView *header = m_window->keyTable()->horizontalHeader();
        header->setSectionHidden(KeyTableModel::KeyIdColumn, false);
        header->setSectionHidden(KeyTableModel::RolesColumn, true);
        m_window->keyTable()->sortByColumn(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
        const QStringList before = shownNames();
        closeWindow();

        QVERIFY(openWindow(m_host));
        QVERIFY(waitForLoad());
        QCOMPARE(child<QLineEdit>(*m_window, "searchField")->text(), QStringLiteral("dev"));
        QCOMPARE(child<QComboBox>(*m_window, "statusFilter")->currentText(),
                 QStringLiteral("Active"));
        header = m_window->keyTable()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(KeyTableModel::KeyIdColumn));
        QVERIFY(header->isSectionHidden(KeyTableModel::RolesColumn));
        QCOMPARE(header->sortIndicatorSection(), int(KeyTableModel::CreatedColumn));
        QCOMPARE(shownNames(), before);
    }

    void theColumnMenuHidesColumns()
    {
        QMenu menu;
        m_window->keyTable()->fillColumnMenu(&menu);
        auto *toggle = menu.findChild<QAction *>(
            QStringLiteral("columnToggle%1").arg(int(KeyTableModel::TenantsColumn)));
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(m_window->keyTable()->horizontalHeader()->isSectionHidden(
            KeyTableModel::TenantsColumn));
        auto *name = menu.findChild<QAction *>(
            QStringLiteral("columnToggle%1").arg(int(KeyTableModel::NameColumn)));
        QVERIFY(!name->isEnabled());
    }

    void anEmptyProjectSaysSo()
    {
        closeWindow();
        sandbox::SandboxHost empty;
        QVERIFY(empty.start({}));
        QVERIFY(openWindow(empty));
        QVERIFY(waitForLoad());
        QVERIFY(!tableShown());
        QCOMPARE(message()->state(), KeyListMessage::State::NoKeys);
        QCOMPARE(labelText(*m_window, "keyListMessageTitle"),
                 QStringLiteral("This project has no access keys yet"));
        closeWindow();
    }

    void aFailedLoadSaysWhyAndOffersToRetry()
    {
        closeWindow();
        m_window = std::make_unique<MainWindow>();
        Connection wrongKey = connectionTo(m_host);
        wrongKey.managementKey = QStringLiteral("K2NotTheRightKey");
        m_window->setConnection(wrongKey);
        m_window->show();
        QVERIFY(waitForLoad());
        QVERIFY(!tableShown());
        QCOMPARE(message()->state(), KeyListMessage::State::Failed);
        const QString detail = labelText(*m_window, "keyListMessageDetail");
        QVERIFY2(!detail.isEmpty(), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("K2NotTheRightKey")), qPrintable(detail));
        auto *retry = child<QPushButton>(*m_window, "keyListMessageButton");
        QCOMPARE(retry->text(), QStringLiteral("&Try Again"));

        m_host.server()->clearRecordedRequests();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitForLoad());
        QVERIFY(!m_host.server()->recordedRequests().isEmpty());
        QCOMPARE(message()->state(), KeyListMessage::State::Failed);
    }

    void theWindowStaysResponsiveWhileLoading()
    {
        closeWindow();
        sandbox::SandboxHost slow;
        sandbox::SandboxOptions options;
        options.seedCount = 5;
        options.latencyMs = 600;
        QVERIFY(slow.start(options));
        QVERIFY(openWindow(slow));
        QVERIFY(m_window->session()->isLoading());
        QVERIFY(!tableShown());
        QCOMPARE(message()->state(), KeyListMessage::State::Loading);
        QCOMPARE(labelText(*m_window, "keyListMessageTitle"), QStringLiteral("Loading keys…"));

        // The event loop runs while the server thinks: a timer fires on time.
        QElapsedTimer clock;
        clock.start();
        bool fired = false;
        QTimer::singleShot(50, m_window.get(), [&fired] { fired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fired, 400);
        QVERIFY(m_window->session()->isLoading());

        QVERIFY(waitForLoad());
        QVERIFY(tableShown());
        QCOMPARE(proxy()->rowCount(), 5);
        closeWindow();
    }
};

QTEST_MAIN(TestKeyBrowsing)
#include "tst_key_browsing.moc"
