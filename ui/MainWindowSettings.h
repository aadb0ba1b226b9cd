#pragma once

#include <QString>

class QAction;
class QMainWindow;
class QSplitter;

namespace descope {

class KeyFilterBar;
class KeyTableView;

// What the main window remembers between runs, in QSettings: its geometry and docks, the
// splitter, the table's columns and sort, whether the details pane shows ("MainWindow/..."),
// and each project's filters ("KeyFilters/<project ID>/...", see KeyFilterBar).
class MainWindowSettings
{
public:
    MainWindowSettings(QMainWindow *window, QSplitter *splitter, KeyTableView *table,
                       QAction *showDetails, KeyFilterBar *filterBar);

    void restoreLayout();
    void saveLayout() const;

    // A project's filters: saved when the window leaves it, restored when it connects to it.
    void saveFilters(const QString &projectId) const;
    void restoreFilters(const QString &projectId);

private:
    QMainWindow *m_window;
    QSplitter *m_splitter;
    KeyTableView *m_table;
    QAction *m_showDetails;
    KeyFilterBar *m_filterBar;
};

} // namespace descope
