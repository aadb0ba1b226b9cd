// The console in Hebrew: with the Hebrew catalogue installed the application lays out right to
// left, and the main window (connected to a sandbox) and the create key dialog show Hebrew
// menus, titles and plurals, with Qt's own buttons in Hebrew when Qt's catalogue is installed.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyEditorDialog.h"
#include "MainWindow.h"
#include "ManagementClient.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace descope;

namespace {

constexpr int SeedCount = 3;

QString labelText(const QWidget &root, const char *objectName)
{
    const auto *label = root.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

// Every widget under root, root included, that does not lay out right to left.
QStringList leftToRightWidgets(const QWidget &root)
{
    QStringList names;
    QList<const QWidget *> widgets{&root};
    for (const QWidget *child : root.findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : widgets) {
        if (widget->layoutDirection() != Qt::RightToLeft)
            names.append(QLatin1String(widget->metaObject()->className()) + u' ' +
                         widget->objectName());
    }
    return names;
}

bool hasHebrew(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0590 && c.unicode() <= 0x05FF)
            return true;
    }
    return false;
}

} // namespace

class TestRightToLeft : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));

        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(installTranslations(*qApp, QStringLiteral("he")), QStringLiteral("he"));
    }

    void theApplicationIsRightToLeft()
    {
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(QGuiApplication::isRightToLeft());
        QCOMPARE(QLocale().language(), QLocale::Hebrew);
    }

    void mainWindowInHebrew()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Descope Keys — לא מחובר"));
        window.setConnection(connectionTo(m_host));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return !window.session()->isLoading(); }, 10000));

        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.menuBar()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.statusBar()->layoutDirection(), Qt::RightToLeft);
        const QStringList leftToRight = leftToRightWidgets(window);
        QVERIFY2(leftToRight.isEmpty(), qPrintable(leftToRight.join(QStringLiteral(", "))));

        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus.first()->text(), QStringLiteral("&קובץ"));
        for (const QAction *menu : menus)
            QVERIFY2(hasHebrew(menu->text()), qPrintable(menu->text()));

        // The plural of the key count: three keys, in Hebrew's plural form.
        QCOMPARE(labelText(window, "keyCountLabel"), QStringLiteral("3 מפתחות"));
        window.close();
    }

    void createDialogInHebrew()
    {
        ManagementClient client([this] {
            ClientSettings settings;
            settings.projectId = m_host.projectId();
            settings.managementKey = m_host.managementKey();
            settings.baseUrl = m_host.baseUrl();
            return settings;
        }());
        // The dialog deletes itself when closed; the guard sees that happen.
        KeyEditorDialog *dialog = KeyEditorDialog::createKey(&client, nullptr);
        QVERIFY(dialog);
        const QPointer<KeyEditorDialog> guard(dialog);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isLoadingCatalog(); }, 10000));

        QCOMPARE(dialog->windowTitle(), QStringLiteral("מפתח גישה חדש"));
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        const QStringList leftToRight = leftToRightWidgets(*dialog);
        QVERIFY2(leftToRight.isEmpty(), qPrintable(leftToRight.join(QStringLiteral(", "))));

        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel);
        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_he.qm");
        if (QFile::exists(qtCatalogue))
            QVERIFY2(cancel->text().contains(QStringLiteral("ביטול")), qPrintable(cancel->text()));
        for (const QPushButton *button : buttons->findChildren<QPushButton *>()) {
            if (button != cancel || QFile::exists(qtCatalogue))
                QVERIFY2(hasHebrew(button->text()), qPrintable(button->text()));
        }
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
    }

    void pluralsFollowHebrewRules()
    {
        const auto keys = [](int n) {
            return QCoreApplication::translate("descope::KeyStatusBar", "%Ln key(s)", nullptr, n);
        };
        QCOMPARE(keys(1), QStringLiteral("מפתח אחד"));
        QCOMPARE(keys(2), QStringLiteral("2 מפתחות"));
        QCOMPARE(keys(11), QStringLiteral("11 מפתחות"));
    }
};

QTEST_MAIN(TestRightToLeft)
#include "tst_right_to_left.moc"
