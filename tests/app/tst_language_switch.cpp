// View > Language applies at once (issue 15): choosing German through the real menu action
// retranslates the open window (menus, key actions, the filter bar, the table's header, the
// details pane) without a restart, a dialog opened afterwards is German too, and English
// comes back the same way. The choice is kept for the next start.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyActions.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using namespace descope;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

QAction *languageChoice(const MainWindow &window, const char *code)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("actionLanguage_") + QLatin1String(code))
            return action;
    }
    return nullptr;
}

QString headerText(const MainWindow &window, int column)
{
    return window.keyTable()->model()->headerData(column, Qt::Horizontal).toString();
}

QString detailsCaption(const MainWindow &window, const char *fieldName)
{
    auto *field = window.findChild<QLabel *>(QLatin1String(fieldName));
    if (!field || !field->parentWidget())
        return {};
    for (QFormLayout *form : field->parentWidget()->findChildren<QFormLayout *>()) {
        if (const auto *caption = qobject_cast<QLabel *>(form->labelForField(field)))
            return caption->text();
    }
    return {};
}

} // namespace

class TestLanguageSwitch : public QObject
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
        options.seedCount = 5;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
    }

    void cleanupTestCase()
    {
        // Back to no catalogue, as the other suites of this process would expect.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void theLanguageChangesAtOnce()
    {
        MainWindow window;
        window.setConnection(connectionTo(m_host));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return !window.session()->isLoading(); }, 10000));
        window.keyTable()->selectRow(0);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(search && status);
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(headerText(window, KeyTableModel::ExpiresColumn), QStringLiteral("Expires"));

        QSignalSpy headerChanged(window.keyTable()->model(),
                                 &QAbstractItemModel::headerDataChanged);
        QAction *german = languageChoice(window, "de");
        QVERIFY(german);
        german->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(),
                 QStringLiteral("de"));
        // Retranslated when the window handles the LanguageChange event: no restart.
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Datei"));
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Schlüssel")), qPrintable(titles.join(u' ')));
        QVERIFY2(titles.contains(QStringLiteral("&Ansicht")), qPrintable(titles.join(u' ')));
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(u' ')));
        QCOMPARE(window.keyActions()->refresh->text(), QStringLiteral("A&ktualisieren"));
        QCOMPARE(window.keyActions()->newKey->text(), QStringLiteral("&Neuer Schlüssel…"));
        QCOMPARE(search->placeholderText(),
                 QStringLiteral("Namen, IDs, Beschreibungen, Rollen, Mandanten, Ersteller "
                                "durchsuchen"));
        QCOMPARE(status->toolTip(), QStringLiteral("Schlüssel nach Status anzeigen"));
        // The header is told, so that it fits its sections to the new words.
        QVERIFY(headerChanged.size() >= 1);
        QCOMPARE(headerText(window, KeyTableModel::ExpiresColumn), QStringLiteral("Läuft ab"));
        QCOMPARE(window.keyTable()->horizontalHeader()->model()->headerData(
                     KeyTableModel::CreatedColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Erstellt")));
        QCOMPARE(detailsCaption(window, "detailsKeyId"), QStringLiteral("Schlüssel-ID:"));
        QVERIFY(window.statusBar()->currentMessage().isEmpty()); // no "next time" excuse

        // A dialog made afterwards speaks the new language by itself.
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Über Descope Keys"));
        box->close();

        QAction *english = languageChoice(window, "en");
        QVERIFY(english);
        english->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(window.keyActions()->refresh->text(), QStringLiteral("&Refresh"));
        QCOMPARE(search->placeholderText(),
                 QStringLiteral("Search names, IDs, descriptions, roles, tenants, creators"));
        QCOMPARE(headerText(window, KeyTableModel::ExpiresColumn), QStringLiteral("Expires"));
        QCOMPARE(detailsCaption(window, "detailsKeyId"), QStringLiteral("Key ID:"));
        QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(),
                 QStringLiteral("en"));
        window.close();
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
