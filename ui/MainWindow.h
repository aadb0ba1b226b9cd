#pragma once

#include "Connection.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QMenu;
class QSplitter;
class QStackedWidget;

namespace descope {

class ConnectionPanel;
class KeyActionController;
class KeyActions;
class KeyDetailsPane;
class KeyFilterBar;
class KeyFilterProxyModel;
class KeyListBanner;
class KeyListMessage;
class KeyListPresenter;
class KeyStatusBar;
class KeyTableModel;
class KeyTableView;
class MainWindowMenus;
class MainWindowSettings;
class ProjectSession;
class SecretClipboard;

// The console's window: the key table with its filters and a details pane, the key actions in
// menus, toolbar and context menu, and a status bar with counts and the live project. It wires
// the parts: MainWindowMenus builds the menus, KeyListPresenter decides what the list shows,
// KeyStatusBar holds the counts, MainWindowSettings remembers the layout and each project's
// filters. A change of language (QEvent::LanguageChange) retranslates all of it at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects and loads the project's keys and tenants, with the project's own filters.
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
    KeyStatusBar *keyStatusBar() const { return m_statusBar; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createKeysPage();
    void connectParts();
    void connectSession();
    void showAbout();
    void chooseLanguage(const QString &language);
    void updateConnectionState();
    void applyFilter();
    void copySelectedKeyIds();
    void importPasskeys();

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
    KeyListBanner *m_banner;
    QStackedWidget *m_listPages;
    KeyTableView *m_table;
    KeyListMessage *m_listMessage;
    KeyDetailsPane *m_details;
    KeyStatusBar *m_statusBar;
    std::unique_ptr<MainWindowMenus> m_menus;
    std::unique_ptr<KeyListPresenter> m_presenter;
    std::unique_ptr<MainWindowSettings> m_settings;
};

} // namespace descope
