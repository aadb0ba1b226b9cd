#pragma once

#include "Connection.h"

#include <QMainWindow>

#include <optional>

class QLabel;

namespace descope {

class ConnectionPanel;

// The console's window: menus, the connection panel and a status bar naming the live project.
// Its geometry is saved on close and restored on construction (QSettings, "MainWindow/...").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnection(const Connection &connection);
    // `reason` is shown in the panel, e.g. why the sandbox did not start.
    void clearConnection(const QString &reason = {});
    const std::optional<Connection> &connection() const { return m_connection; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void updateConnectionState();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;

    std::optional<Connection> m_connection;
    ConnectionPanel *m_connectionPanel;
    QLabel *m_connectionStatus;
};

} // namespace descope
