#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyStatusBar.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using descope::Connection;
using descope::KeyCounts;
using descope::KeyStatusBar;
using descope::MainWindow;

namespace {

Connection sandboxConnection()
{
    Connection connection;
    connection.displayName = QStringLiteral("Sandbox");
    connection.projectId = QStringLiteral("P2TestProject0001");
    connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:48123"));
    connection.managementKey = QStringLiteral("K2TopSecretManagementKey");
    connection.isSandbox = true;
    return connection;
}

QString labelText(const QWidget &root, const char *objectName)
{
    const auto *label = root.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

bool isShown(const QWidget &root, const char *objectName)
{
    const auto *widget = root.findChild<QWidget *>(QLatin1String(objectName));
    return widget && !widget->isHidden();
}

QAction *actionInMenu(const MainWindow &window, const QString &menuTitle, const char *objectName)
{
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text() != menuTitle || !menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->objectName() == QLatin1String(objectName))
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        descope::appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
    }

    void init() { IsolatedSettings::clear(); }

    void notConnectedWithoutAConnection()
    {
        const MainWindow window;
        QVERIFY(!window.connection());
        QCOMPARE(window.windowTitle(), QStringLiteral("Descope Keys — Not connected"));
        QCOMPARE(labelText(window, "connectionStatusLabel"), QStringLiteral("Not connected"));
        QCOMPARE(labelText(window, "connectionStateLabel"), QStringLiteral("Not connected"));
        QVERIFY(labelText(window, "connectionDetailLabel").contains(QStringLiteral("--sandbox")));
        QVERIFY(!isShown(window, "sandboxBadge"));
        QVERIFY(!isShown(window, "projectIdLabel"));
        QVERIFY(!isShown(window, "baseUrlLabel"));
    }

    void showsTheConnectedSandboxProject()
    {
        MainWindow window;
        window.setConnection(sandboxConnection());
        QVERIFY(window.connection());
        QCOMPARE(window.connection()->projectId, QStringLiteral("P2TestProject0001"));
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("Descope Keys — Sandbox (P2TestProject0001)"));

        const QString status = labelText(window, "connectionStatusLabel");
        QVERIFY2(status.contains(QStringLiteral("P2TestProject0001")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("sandbox")), qPrintable(status));
        QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionStatusLabel")),
                 window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel")));

        QCOMPARE(labelText(window, "projectIdLabel"), QStringLiteral("P2TestProject0001"));
        QCOMPARE(labelText(window, "baseUrlLabel"), QStringLiteral("http://127.0.0.1:48123"));
        QVERIFY(isShown(window, "sandboxBadge"));
        QVERIFY(isShown(window, "projectIdLabel"));
        QVERIFY(labelText(window, "connectionStateLabel") != QStringLiteral("Not connected"));
    }

    void neverShowsTheManagementKey()
    {
        MainWindow window;
        window.setConnection(sandboxConnection());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("K2TopSecret")));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(labels.size() > 3);
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(QStringLiteral("K2TopSecret")),
                     qPrintable(label->objectName()));
    }

    void otherProjectsHaveNoSandboxBadge()
    {
        Connection connection = sandboxConnection();
        connection.displayName = QStringLiteral("Production");
        connection.baseUrl = QUrl(QStringLiteral("https://api.descope.com"));
        connection.isSandbox = false;

        MainWindow window;
        window.setConnection(connection);
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("Descope Keys — Production (P2TestProject0001)"));
        QVERIFY(!isShown(window, "sandboxBadge"));
        const QString status = labelText(window, "connectionStatusLabel");
        QVERIFY2(status.contains(QStringLiteral("https://api.descope.com")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("sandbox")), qPrintable(status));
    }

    void clearingTheConnectionShowsTheReason()
    {
        MainWindow window;
        window.setConnection(sandboxConnection());
        window.clearConnection(QStringLiteral("The sandbox could not start: disk full"));
        QVERIFY(!window.connection());
        QCOMPARE(window.windowTitle(), QStringLiteral("Descope Keys — Not connected"));
        QCOMPARE(labelText(window, "connectionStatusLabel"), QStringLiteral("Not connected"));
        QCOMPARE(labelText(window, "connectionDetailLabel"),
                 QStringLiteral("The sandbox could not start: disk full"));
        QVERIFY(!isShown(window, "sandboxBadge"));
        QVERIFY(labelText(window, "projectIdLabel").isEmpty());
    }

    void fileMenuHasQuit()
    {
        MainWindow window;
        QAction *quit = actionInMenu(window, QStringLiteral("&File"), "actionQuit");
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void theLanguageMenuOffersEachLanguageInItsOwnName()
    {
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
        auto *german = window.findChild<QAction *>(QStringLiteral("actionLanguage_de"));
        auto *hebrew = window.findChild<QAction *>(QStringLiteral("actionLanguage_he"));
        QVERIFY(system && german && hebrew);
        QVERIFY(system->isChecked()); // nothing chosen yet
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        QCOMPARE(hebrew->text(), QStringLiteral("עברית"));
        // Switching itself is tst_language_switch's.
    }

    void theCountsUseTheLocalesDigitGrouping()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        KeyCounts counts;
        counts.phase = KeyCounts::Phase::Loaded;
        counts.shown = 105;
        counts.total = 100000;
        counts.filtered = true;
        QCOMPARE(KeyStatusBar::countsText(counts),
                 QStringLiteral("Filtered: 105 of 100,000 key(s) shown"));
        counts.filtered = false;
        QCOMPARE(KeyStatusBar::countsText(counts), QStringLiteral("105 of 100,000 key(s) shown"));
        counts.shown = 100000;
        QCOMPARE(KeyStatusBar::countsText(counts), QStringLiteral("100,000 key(s)"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(KeyStatusBar::countsText(counts), QStringLiteral("100.000 key(s)"));
        QLocale::setDefault(previous);
        counts.phase = KeyCounts::Phase::Loading;
        QCOMPARE(KeyStatusBar::countsText(counts), QStringLiteral("Loading keys…"));
    }

    // At 640x400 the status bar's parts elide or give way; none overlaps another or leaves
    // the bar, and the counts stay in view beside a message.
    void theStatusBarFitsASmallWindow()
    {
        MainWindow window;
        Connection connection = sandboxConnection();
        connection.projectId = QStringLiteral("P2AProjectIdAsLongAsDescopeGivesThem");
        window.setConnection(connection);
        KeyStatusBar *bar = window.keyStatusBar();
        KeyCounts counts;
        counts.phase = KeyCounts::Phase::Loaded;
        counts.shown = 105;
        counts.total = 100000;
        counts.filtered = true;
        counts.filters = QStringLiteral("the search “mobile”");
        bar->setCounts(counts);
        bar->setSelectedCount(100000);
        bar->setExpiring(1234, 14);
        bar->showMessage(QStringLiteral("Deactivated 100 keys; 3 failed"));
        window.resize(640, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 640);
        QCOMPARE(bar->width(), 640);

        QList<const QWidget *> parts;
        for (const QWidget *part :
             bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (part->isVisible() && part->width() > 0)
                parts.append(part);
        }
        QVERIFY(parts.size() >= 4);
        for (const QWidget *part : parts) {
            QVERIFY2(bar->rect().contains(part->geometry()), qPrintable(part->objectName()));
            for (const QWidget *other : parts) {
                QVERIFY2(part == other || !part->geometry().intersects(other->geometry()),
                         qPrintable(part->objectName() + u' ' + other->objectName()));
            }
        }
        const auto *countsLabel = bar->findChild<QLabel *>(QStringLiteral("keyCountLabel"));
        QVERIFY(countsLabel->isVisible());
        QVERIFY(parts.contains(countsLabel));
    }

    void aboutShowsTheVersion()
    {
        MainWindow window;
        QAction *about = actionInMenu(window, QStringLiteral("&Help"), "actionAbout");
        QVERIFY(about);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        about->trigger();

        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(descope::appinfo::version()), qPrintable(box->text()));
        box->close();
    }

    void geometryIsRestored()
    {
        const QRect saved(40, 50, 620, 410);
        {
            MainWindow window;
            window.setGeometry(saved);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.geometry(), saved);
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));

        MainWindow restored;
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.geometry(), saved);
    }

    void firstRunGetsADefaultSize()
    {
        QVERIFY(!QSettings().contains(QStringLiteral("MainWindow/geometry")));
        const MainWindow window;
        QVERIFY(window.width() >= 640);
        QVERIFY(window.height() >= 400);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
