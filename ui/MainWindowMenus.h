#pragma once

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QPoint;
class QToolBar;

namespace descope {

class KeyActions;
class KeyFilterBar;
class KeyTableView;

// The main window's menu bar, toolbar and the key table's context menu, built from the
// KeyActions registry plus the window's own few actions (quit, select all, clear filters,
// columns, details pane, stop loading, language, about). retranslate() sets every text again
// when the language changes. Its texts were MainWindow's and keep that context, so the
// catalogues go on matching them.
class MainWindowMenus
{
    Q_DECLARE_TR_FUNCTIONS(descope::MainWindow)

public:
    struct Handlers
    {
        std::function<void()> about;
        std::function<void(const QString &language)> chooseLanguage; // "" follows the system
    };

    MainWindowMenus(QMainWindow *window, KeyActions *actions, KeyTableView *table,
                    KeyFilterBar *filterBar, QWidget *details, const Handlers &handlers);

    // Esc: stops the load in flight. Enabled only while one runs, so that Esc otherwise
    // reaches whatever has focus.
    QAction *stopLoading() const { return m_stopLoading; }
    QAction *showDetails() const { return m_showDetails; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *toolBar() const { return m_toolBar; }

    void popupKeyMenu(const QPoint &globalPosition);
    void retranslate();

private:
    void createMenus(const Handlers &handlers);
    void createToolBar();
    QMenu *createLanguageMenu(const Handlers &handlers);

    QMainWindow *m_window;
    KeyActions *m_actions;
    KeyTableView *m_table;
    KeyFilterBar *m_filterBar;
    QWidget *m_details;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_keysMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_showDetails = nullptr;
    QAction *m_stopLoading = nullptr;
    QAction *m_systemLanguage = nullptr;
    QAction *m_about = nullptr;
};

} // namespace descope
