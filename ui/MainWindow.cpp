#include "MainWindow.h"

#include "AppInfo.h"
#include "ConnectionPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace descope {

namespace {

constexpr auto GeometryKey = QLatin1String("MainWindow/geometry");
constexpr auto StateKey = QLatin1String("MainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connectionPanel(new ConnectionPanel(this))
    , m_connectionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_connectionPanel);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_connectionStatus, 1);
    createMenus();
    updateConnectionState();
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnection(const Connection &connection)
{
    m_connection = connection;
    m_connectionPanel->setConnection(connection);
    updateConnectionState();
}

void MainWindow::clearConnection(const QString &reason)
{
    m_connection.reset();
    m_connectionPanel->setNotConnected(reason);
    updateConnectionState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    // Closing (rather than QApplication::quit) runs closeEvent, which saves the geometry.
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Descope Keys"));
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About Descope Keys"),
                        tr("Descope Keys %1").arg(appinfo::version()), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setInformativeText(tr("A desktop console for administering the access keys of a "
                               "Descope project."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateConnectionState()
{
    const QString application = tr("Descope Keys");
    if (!m_connection) {
        setWindowTitle(tr("%1 — Not connected").arg(application));
        m_connectionStatus->setText(tr("Not connected"));
        return;
    }
    setWindowTitle(
        tr("%1 — %2 (%3)").arg(application, m_connection->displayName, m_connection->projectId));
    m_connectionStatus->setText(
        m_connection->isSandbox
            ? tr("Project %1 on the local sandbox at %2")
                  .arg(m_connection->projectId, m_connection->baseUrl.toDisplayString())
            : tr("Project %1 at %2")
                  .arg(m_connection->projectId, m_connection->baseUrl.toDisplayString()));
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(960, 640);
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::saveWindowGeometry() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

} // namespace descope
