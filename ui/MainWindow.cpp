#include "MainWindow.h"

#include "ActivityLabel.h"
#include "AppInfo.h"
#include "ConnectionPanel.h"
#include "KeyActionController.h"
#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxyModel.h"
#include "KeyListBanner.h"
#include "KeyListMessage.h"
#include "KeyListPresenter.h"
#include "KeyStatusBar.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindowMenus.h"
#include "MainWindowSettings.h"
#include "PasskeyImportDialog.h"
#include "ProjectSession.h"
#include "SecretClipboard.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace descope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new KeyActions(this))
    , m_clipboard(new SecretClipboard(this))
    , m_controller(nullptr)
    , m_noKeys(new KeyTableModel(this))
    , m_proxy(new KeyFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionPanel(new ConnectionPanel(this))
    , m_splitter(nullptr)
    , m_filterBar(new KeyFilterBar(this))
    , m_banner(new KeyListBanner(this))
    , m_listPages(new QStackedWidget(this))
    , m_table(new KeyTableView(this))
    , m_listMessage(new KeyListMessage(this))
    , m_details(new KeyDetailsPane(this))
    , m_statusBar(new KeyStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The proxy always has a model with every column, so the header's layout survives the
    // change from one project's keys to another's.
    m_proxy->setKeyModel(m_noKeys);
    m_table->setKeyModel(m_proxy);
    m_pages->addWidget(m_connectionPanel);
    m_pages->addWidget(createKeysPage());
    setCentralWidget(m_pages);
    setStatusBar(m_statusBar);

    m_actions->setHandler(m_actions->refresh, [this] {
        if (m_session)
            m_session->reload();
    });
    m_actions->setHandler(m_actions->find, [this] { m_filterBar->focusSearch(); });
    m_actions->setHandler(m_actions->copyKeyId, [this] { copySelectedKeyIds(); });
    m_actions->setHandler(m_actions->importPasskeys, [this] { importPasskeys(); });
    m_clipboard->setClearAfterSeconds(SecretClipboard::configuredClearAfterSeconds());
    m_controller = new KeyActionController(m_actions, m_table, m_clipboard, this);
    connect(m_controller, &KeyActionController::finished, this,
            [this](const QString &summary) { m_statusBar->showMessage(summary, 8000); });
    m_statusBar->insertPermanentWidget(0, m_controller->activityLabel());

    m_menus = std::make_unique<MainWindowMenus>(
        this, m_actions, m_table, m_filterBar, m_details,
        MainWindowMenus::Handlers{[this] { showAbout(); },
                                  [this](const QString &language) { chooseLanguage(language); }});
    m_presenter = std::make_unique<KeyListPresenter>(
        KeyListPresenter::Widgets{m_listPages, m_table, m_listMessage, m_banner, m_details,
                                  m_statusBar, m_filterBar, m_actions, m_menus->stopLoading()});
    m_settings = std::make_unique<MainWindowSettings>(this, m_splitter, m_table,
                                                      m_menus->showDetails(), m_filterBar);
    connectParts();
    m_settings->restoreLayout();
    updateConnectionState();
}

MainWindow::~MainWindow()
{
    // The helpers (menus, presenter, settings) go before the child widgets that report to
    // them: nothing those widgets say while they are torn down may reach the helpers.
    for (QObject *sender : std::initializer_list<QObject *>{m_proxy, m_table, m_filterBar})
        disconnect(sender, nullptr, this, nullptr);
    m_controller->setSession(nullptr);
    m_presenter->setSession(nullptr);
    // The proxy must let go of the session's model before the session goes.
    m_proxy->setKeyModel(m_noKeys);
    delete m_session;
}

QWidget *MainWindow::createKeysPage()
{
    m_listPages->setObjectName(QStringLiteral("keyListPages"));
    m_listPages->addWidget(m_table);
    m_listPages->addWidget(m_listMessage);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_listPages, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    return m_splitter;
}

void MainWindow::connectParts()
{
    const auto cancelLoad = [this] {
        if (m_session)
            m_session->cancelReload();
    };
    connect(m_menus->stopLoading(), &QAction::triggered, this, cancelLoad);
    connect(m_filterBar, &KeyFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &KeyFilterBar::tenantChanged, this, [this](const QString &tenantId) {
        if (m_session)
            m_session->setTenantScope(tenantId);
    });
    connect(m_statusBar, &KeyStatusBar::clearFiltersRequested, m_filterBar, &KeyFilterBar::clear);
    connect(m_table, &KeyTableView::selectedKeysChanged, this,
            [this] { m_presenter->updateSelection(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        m_menus->popupKeyMenu(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_actions->editKey->isEnabled())
            m_actions->editKey->trigger();
    });
    connect(m_listMessage, &KeyListMessage::retryRequested, m_actions->refresh, &QAction::trigger);
    connect(m_listMessage, &KeyListMessage::cancelRequested, this, cancelLoad);
    connect(m_listMessage, &KeyListMessage::createRequested, m_actions->newKey, &QAction::trigger);
    connect(m_listMessage, &KeyListMessage::clearFiltersRequested, m_filterBar,
            &KeyFilterBar::clear);
    connect(m_banner, &KeyListBanner::retryRequested, m_actions->refresh, &QAction::trigger);
    connect(m_banner, &KeyListBanner::cancelRequested, this, cancelLoad);
    // Rows that appear, vanish or change move the counts and may change the key shown.
    const auto update = [this] { m_presenter->update(); };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, update);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, update);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, update);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        m_presenter->updateCounts();
        m_presenter->updateSelection();
    });
}

void MainWindow::setConnection(const Connection &connection)
{
    if (m_connection)
        m_settings->saveFilters(m_connection->projectId);
    m_connection = connection;
    ProjectSession *previous = m_session;
    m_session = new ProjectSession(connection, this);
    m_presenter->setSession(m_session);
    m_proxy->setKeyModel(m_session->keys());
    m_controller->setSession(m_session);
    delete previous;
    connectSession();
    m_session->keys()->setExpiringSoonDays(KeyTableModel::DefaultExpiringSoonDays);
    m_filterBar->setExpiringSoonDays(m_session->keys()->expiringSoonDays());
    // This project's own filters; another project's never carry over.
    m_settings->restoreFilters(connection.projectId);

    m_session->loadTenants();
    // A tenant remembered from the last run narrows the very first load.
    m_session->setTenantScope(m_filterBar->tenantId());
    if (!m_session->isLoading())
        m_session->reload();
    updateConnectionState();
}

void MainWindow::connectSession()
{
    const auto update = [this] { m_presenter->update(); };
    connect(m_session, &ProjectSession::loadingChanged, this, update);
    connect(m_session, &ProjectSession::loadFailed, this, update);
    connect(m_session, &ProjectSession::loadCancelled, this,
            [this] { m_presenter->noteCancelled(); });
    connect(m_session, &ProjectSession::tenantScopeChanged, m_filterBar, &KeyFilterBar::showTenant);
    connect(m_session, &ProjectSession::tenantsLoaded, this,
            [this] { m_filterBar->setTenants(m_session->tenants()); });
    connect(m_session, &ProjectSession::tenantsFailed, this, [this](const ApiError &error) {
        m_filterBar->setTenantsUnavailable(error.userMessage());
    });
}

void MainWindow::clearConnection(const QString &reason)
{
    if (m_connection)
        m_settings->saveFilters(m_connection->projectId);
    // The session goes first: the proxy's reset below updates the window, which must not find
    // a session without a connection.
    ProjectSession *previous = std::exchange(m_session, nullptr);
    m_presenter->setSession(nullptr);
    m_controller->setSession(nullptr);
    m_connection.reset();
    m_proxy->setKeyModel(m_noKeys);
    delete previous;
    m_settings->restoreFilters(QString());
    m_connectionPanel->setNotConnected(reason);
    updateConnectionState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveLayout();
    if (m_connection)
        m_settings->saveFilters(m_connection->projectId);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The widgets inside retranslate themselves as the event reaches them; the window sets
    // the texts it and its helpers own.
    if (event->type() == QEvent::LanguageChange) {
        m_menus->retranslate();
        m_actions->retranslate();
        updateConnectionState();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseLanguage(const QString &language)
{
    translations::switchLanguage(*qApp, language);
}

void MainWindow::addProfilesMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_menus->helpMenu()->menuAction(), menu);
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
    m_statusBar->setConnection(m_connection);
    if (!m_connection) {
        setWindowTitle(tr("%1 — Not connected").arg(application));
        m_pages->setCurrentWidget(m_connectionPanel);
    } else {
        m_connectionPanel->setConnection(*m_connection);
        m_pages->setCurrentIndex(1);
        setWindowTitle(tr("%1 — %2 (%3)")
                           .arg(application, m_connection->displayName, m_connection->projectId));
    }
    m_presenter->update();
}

void MainWindow::applyFilter()
{
    m_proxy->setFilter(m_filterBar->filter());
    m_presenter->update();
}

void MainWindow::copySelectedKeyIds()
{
    const QStringList ids = m_table->selectedKeyIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    m_statusBar->showMessage(tr("Copied %n key ID(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::importPasskeys()
{
    if (!m_session)
        return;
    auto *dialog = new PasskeyImportDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasskeyImportDialog::imported, this, [this](int count) {
        m_statusBar->showMessage(tr("Imported %n passkey(s)", nullptr, count), 8000);
    });
    dialog->open();
}

} // namespace descope
