#pragma once

#include "Connection.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace descope {

struct ApiError;
class ConnectionPanel;
class KeyActionController;
class KeyActions;
class KeyDetailsPane;
class KeyFilterBar;
class KeyFilterProxyModel;
class KeyListMessage;
class KeyTableModel;
class KeyTableView;
class ProjectSession;
class SecretClipboard;

// The console's window: the key table with its filters and a details pane, the key actions in
// menus, toolbar and context menu, and a status bar with counts and the live project.
// Geometry, splitter, columns and filters are saved on close and restored on construction
// (QSettings, "MainWindow/..." and "KeyFilter/...").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects and loads the project's keys and tenants.
    void setConnection(const Connection &connection);
    // `reason` is shown in the panel, e.g. why the sandbox did not start.
    void clearConnection(const QString &reason = {});
    const std::optional<Connection> &connection() const { return m_connection; }

    // The profiles menu (ProfileSwitcher's), placed before Help.
    void addProfilesMenu(QMenu *menu);

    ProjectSession *session() const { return m_session; }
    KeyActions *keyActions() const { return m_actions; }
    KeyTableView *keyTable() const { return m_table; }
    KeyActionController *keyActionController() const { return m_controller; }
    SecretClipboard *secretClipboard() const { return m_clipboard; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    QMenu *createLanguageMenu();
    QWidget *createKeysPage();
    void showAbout();
    void updateConnectionState();
    void applyFilter();
    void updateKeyListState();
    void updateCounts();
    void updateSelection();
    void showLoadError(const ApiError &error);
    void showTableContextMenu(const QPoint &position);
    void copySelectedKeyIds();
    void importPasskeys();
    void restoreSettings();
    void saveSettings() const;

    std::optional<Connection> m_connection;
    ProjectSession *m_session = nullptr;
    KeyActions *m_actions;
    SecretClipboard *m_clipboard;
    KeyActionController *m_controller;
    KeyTableModel *m_noKeys;
    KeyFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    ConnectionPanel *m_connectionPanel;
    QSplitter *m_splitter;
    KeyFilterBar *m_filterBar;
    QStackedWidget *m_listPages;
    KeyTableView *m_table;
    KeyListMessage *m_listMessage;
    KeyDetailsPane *m_details;
    QLabel *m_countsLabel;
    QLabel *m_selectionLabel;
    QLabel *m_expiringLabel;
    QLabel *m_sandboxBadge;
    QLabel *m_connectionStatus;
    QAction *m_showDetailsAction = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace descope
