#include "MainWindowMenus.h"

#include "KeyActions.h"
#include "KeyFilterBar.h"
#include "KeyTableView.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace descope {

MainWindowMenus::MainWindowMenus(QMainWindow *window, KeyActions *actions, KeyTableView *table,
                                 KeyFilterBar *filterBar, QWidget *details,
                                 const Handlers &handlers)
    : m_window(window)
    , m_actions(actions)
    , m_table(table)
    , m_filterBar(filterBar)
    , m_details(details)
{
    createMenus(handlers);
    createToolBar();
    retranslate();
}

void MainWindowMenus::createMenus(const Handlers &handlers)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    // Closing (rather than QApplication::quit) runs closeEvent, which saves the settings.
    QObject::connect(m_quit, &QAction::triggered, m_window, &QWidget::close);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_actions->find);
    m_editMenu->addAction(m_actions->copyKeyId);
    m_selectAll = m_editMenu->addAction(QString());
    m_selectAll->setObjectName(QStringLiteral("actionSelectAll"));
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_selectAll);
    QObject::connect(m_selectAll, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
    m_clearFilters = m_editMenu->addAction(QString());
    m_clearFilters->setObjectName(QStringLiteral("actionClearFilters"));
    QObject::connect(m_clearFilters, &QAction::triggered, m_filterBar, &KeyFilterBar::clear);

    m_keysMenu = bar->addMenu(QString());
    m_keysMenu->setObjectName(QStringLiteral("keysMenu"));
    m_keysMenu->addAction(m_actions->newKey);
    m_keysMenu->addAction(m_actions->editKey);
    m_keysMenu->addSeparator();
    m_keysMenu->addAction(m_actions->activateKeys);
    m_keysMenu->addAction(m_actions->deactivateKeys);
    m_keysMenu->addAction(m_actions->rotateKey);
    m_keysMenu->addSeparator();
    m_keysMenu->addAction(m_actions->deleteKeys);
    m_keysMenu->addSeparator();
    m_keysMenu->addAction(m_actions->exchangeKey);
    m_keysMenu->addAction(m_actions->importPasskeys);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_actions->refresh);
    m_stopLoading = m_viewMenu->addAction(QString());
    m_stopLoading->setObjectName(QStringLiteral("actionStopLoading"));
    m_stopLoading->setShortcut(QKeySequence(Qt::Key_Escape));
    // The window's own: a dialog's Esc stays the dialog's.
    m_stopLoading->setShortcutContext(Qt::WindowShortcut);
    m_stopLoading->setEnabled(false);
    m_columnsMenu = m_viewMenu->addMenu(QString());
    m_columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    QObject::connect(m_columnsMenu, &QMenu::aboutToShow, m_window,
                     [this] { m_table->fillColumnMenu(m_columnsMenu); });
    m_showDetails = m_viewMenu->addAction(QString());
    m_showDetails->setObjectName(QStringLiteral("actionShowDetails"));
    m_showDetails->setCheckable(true);
    m_showDetails->setChecked(true);
    m_showDetails->setShortcut(QKeySequence(Qt::Key_F9));
    QObject::connect(m_showDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    m_viewMenu->addMenu(createLanguageMenu(handlers));

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_about = m_helpMenu->addAction(QString());
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    QObject::connect(m_about, &QAction::triggered, m_window, handlers.about);
}

void MainWindowMenus::createToolBar()
{
    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("keysToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_actions->newKey);
    m_toolBar->addAction(m_actions->refresh);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->activateKeys);
    m_toolBar->addAction(m_actions->deactivateKeys);
    m_toolBar->addAction(m_actions->rotateKey);
    m_toolBar->addAction(m_actions->deleteKeys);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->exchangeKey);
}

QMenu *MainWindowMenus::createLanguageMenu(const Handlers &handlers)
{
    m_languageMenu = new QMenu(m_window);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *choices = new QActionGroup(m_languageMenu);
    const QString chosen = translations::languageSetting();
    const auto addChoice = [&](const QString &code, const QString &name) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        choices->addAction(action);
        QObject::connect(action, &QAction::triggered, m_window,
                         [choose = handlers.chooseLanguage, code] { choose(code); });
        return action;
    };
    m_systemLanguage = addChoice(QString(), QString());
    m_languageMenu->addSeparator();
    for (const QString &code : translations::availableLanguages()) {
        // Each language in its own name, as people look for their own.
        const QLocale locale(code);
        const QString name = locale.nativeLanguageName();
        addChoice(code, name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1));
    }
    return m_languageMenu;
}

void MainWindowMenus::popupKeyMenu(const QPoint &globalPosition)
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("keyContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_actions->editKey);
    menu->addAction(m_actions->copyKeyId);
    menu->addSeparator();
    menu->addAction(m_actions->activateKeys);
    menu->addAction(m_actions->deactivateKeys);
    menu->addAction(m_actions->rotateKey);
    menu->addSeparator();
    menu->addAction(m_actions->deleteKeys);
    menu->addSeparator();
    menu->addAction(m_actions->exchangeKey);
    menu->popup(globalPosition);
}

void MainWindowMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_selectAll->setText(tr("Select &All"));
    m_clearFilters->setText(tr("C&lear Filters"));
    m_keysMenu->setTitle(tr("&Keys"));
    m_viewMenu->setTitle(tr("&View"));
    //: Stops loading the keys from the server (Esc)
    m_stopLoading->setText(tr("&Stop Loading"));
    m_stopLoading->setStatusTip(tr("Stop loading the keys; the keys shown stay"));
    m_columnsMenu->setTitle(tr("&Columns"));
    m_showDetails->setText(tr("Key &Details"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("System Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Descope Keys"));
    m_toolBar->setWindowTitle(tr("Keys"));
}

} // namespace descope
