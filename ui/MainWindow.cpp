#include "MainWindow.h"

#include "ActivityLabel.h"
#include "AppInfo.h"
#include "ConnectionPanel.h"
#include "KeyActionController.h"
#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxyModel.h"
#include "KeyListMessage.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "PasskeyImportDialog.h"
#include "ProjectSession.h"
#include "SecretClipboard.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace descope {

namespace {

constexpr auto GeometryKey = QLatin1String("MainWindow/geometry");
constexpr auto StateKey = QLatin1String("MainWindow/state");
constexpr auto SplitterKey = QLatin1String("MainWindow/splitter");
// Versioned: a layout saved for other columns must not be applied to these.
constexpr auto ColumnsKey = QLatin1String("MainWindow/columns-v1");
constexpr auto DetailsShownKey = QLatin1String("MainWindow/detailsShown");

} // namespace

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
    , m_listPages(new QStackedWidget(this))
    , m_table(new KeyTableView(this))
    , m_listMessage(new KeyListMessage(this))
    , m_details(new KeyDetailsPane(this))
    , m_countsLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_expiringLabel(new QLabel(this))
    , m_sandboxBadge(new QLabel(tr("Sandbox"), this))
    , m_connectionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The proxy always has a model with every column, so the header's layout survives the
    // change from one project's keys to another's.
    m_proxy->setKeyModel(m_noKeys);
    m_table->setKeyModel(m_proxy);
    m_pages->addWidget(m_connectionPanel);
    m_pages->addWidget(createKeysPage());
    setCentralWidget(m_pages);

    m_countsLabel->setObjectName(QStringLiteral("keyCountLabel"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionCountLabel"));
    m_expiringLabel->setObjectName(QStringLiteral("expiringCountLabel"));
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_sandboxBadge->setObjectName(QStringLiteral("statusSandboxBadge"));
    m_sandboxBadge->setToolTip(tr("A local sandbox with example keys, not a real Descope project"));
    m_sandboxBadge->setStyleSheet(
        QStringLiteral("QLabel { background-color: #b45309; color: white; font-weight: bold;"
                       " border-radius: 4px; padding: 0px 6px; }"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addWidget(m_expiringLabel);
    statusBar()->addPermanentWidget(m_sandboxBadge);
    statusBar()->addPermanentWidget(m_connectionStatus);

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
            [this](const QString &summary) { statusBar()->showMessage(summary, 8000); });
    statusBar()->insertPermanentWidget(0, m_controller->activityLabel());

    connect(m_filterBar, &KeyFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &KeyFilterBar::tenantChanged, this, [this](const QString &tenantId) {
        if (m_session)
            m_session->setTenantScope(tenantId);
    });
    connect(m_table, &KeyTableView::selectedKeysChanged, this, &MainWindow::updateSelection);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_actions->editKey->isEnabled())
            m_actions->editKey->trigger();
    });
    connect(m_listMessage, &KeyListMessage::retryRequested, m_actions->refresh, &QAction::trigger);
    connect(m_listMessage, &KeyListMessage::createRequested, m_actions->newKey, &QAction::trigger);
    connect(m_listMessage, &KeyListMessage::clearFiltersRequested, m_filterBar,
            &KeyFilterBar::clear);
    // Rows that appear, vanish or change move the counts and may change the key shown.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateKeyListState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateKeyListState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateKeyListState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        updateCounts();
        updateSelection();
    });

    createMenus();
    createToolBar();
    restoreSettings();
    updateConnectionState();
}

MainWindow::~MainWindow()
{
    m_controller->setSession(nullptr);
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

void MainWindow::setConnection(const Connection &connection)
{
    m_connection = connection;
    ProjectSession *previous = m_session;
    m_session = new ProjectSession(connection, this);
    m_proxy->setKeyModel(m_session->keys());
    m_controller->setSession(m_session);
    delete previous;

    connect(m_session, &ProjectSession::loadingChanged, this, &MainWindow::updateKeyListState);
    connect(m_session, &ProjectSession::loadFailed, this, &MainWindow::showLoadError);
    connect(m_session, &ProjectSession::tenantsLoaded, this,
            [this] { m_filterBar->setTenants(m_session->tenants()); });
    connect(m_session, &ProjectSession::tenantsFailed, this, [this](const ApiError &error) {
        m_filterBar->setTenantsUnavailable(error.userMessage());
    });
    m_session->keys()->setExpiringSoonDays(KeyTableModel::DefaultExpiringSoonDays);
    m_filterBar->setExpiringSoonDays(m_session->keys()->expiringSoonDays());

    m_session->loadTenants();
    // A tenant remembered from the last run narrows the very first load.
    m_session->setTenantScope(m_filterBar->tenantId());
    if (!m_session->isLoading())
        m_session->reload();
    updateConnectionState();
}

void MainWindow::clearConnection(const QString &reason)
{
    // The session goes first: the proxy's reset below updates the window, which must not find
    // a session without a connection.
    ProjectSession *previous = std::exchange(m_session, nullptr);
    m_controller->setSession(nullptr);
    m_connection.reset();
    m_proxy->setKeyModel(m_noKeys);
    delete previous;
    m_connectionPanel->setNotConnected(reason);
    updateConnectionState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    // Closing (rather than QApplication::quit) runs closeEvent, which saves the settings.
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_actions->find);
    editMenu->addAction(m_actions->copyKeyId);
    QAction *selectAll = editMenu->addAction(tr("Select &All"));
    selectAll->setObjectName(QStringLiteral("actionSelectAll"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(selectAll);
    connect(selectAll, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
    QAction *clearFilters = editMenu->addAction(tr("C&lear Filters"));
    clearFilters->setObjectName(QStringLiteral("actionClearFilters"));
    connect(clearFilters, &QAction::triggered, m_filterBar, &KeyFilterBar::clear);

    QMenu *keysMenu = menuBar()->addMenu(tr("&Keys"));
    keysMenu->addAction(m_actions->newKey);
    keysMenu->addAction(m_actions->editKey);
    keysMenu->addSeparator();
    keysMenu->addAction(m_actions->activateKeys);
    keysMenu->addAction(m_actions->deactivateKeys);
    keysMenu->addAction(m_actions->rotateKey);
    keysMenu->addSeparator();
    keysMenu->addAction(m_actions->deleteKeys);
    keysMenu->addSeparator();
    keysMenu->addAction(m_actions->exchangeKey);
    keysMenu->addAction(m_actions->importPasskeys);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_actions->refresh);
    QMenu *columnsMenu = viewMenu->addMenu(tr("&Columns"));
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this,
            [this, columnsMenu] { m_table->fillColumnMenu(columnsMenu); });
    m_showDetailsAction = viewMenu->addAction(tr("Key &Details"));
    m_showDetailsAction->setObjectName(QStringLiteral("actionShowDetails"));
    m_showDetailsAction->setCheckable(true);
    m_showDetailsAction->setChecked(true);
    m_showDetailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_showDetailsAction, &QAction::toggled, m_details, &QWidget::setVisible);
    viewMenu->addMenu(createLanguageMenu());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = m_helpMenu->addAction(tr("&About Descope Keys"));
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Keys"));
    toolBar->setObjectName(QStringLiteral("keysToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_actions->newKey);
    toolBar->addAction(m_actions->refresh);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->activateKeys);
    toolBar->addAction(m_actions->deactivateKeys);
    toolBar->addAction(m_actions->rotateKey);
    toolBar->addAction(m_actions->deleteKeys);
    toolBar->addSeparator();
    toolBar->addAction(m_actions->exchangeKey);
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *choices = new QActionGroup(menu);
    const QString chosen = translations::languageSetting();
    const auto addChoice = [&](const QString &code, const QString &name) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        choices->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            translations::setLanguageSetting(code);
            statusBar()->showMessage(tr("The language changes the next time Descope Keys starts."),
                                     8000);
        });
    };
    addChoice(QString(), tr("System Language"));
    menu->addSeparator();
    for (const QString &code : translations::availableLanguages()) {
        // Each language in its own name, as people look for their own.
        const QLocale locale(code);
        const QString name = locale.nativeLanguageName();
        addChoice(code, name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1));
    }
    return menu;
}

void MainWindow::addProfilesMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
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
    m_sandboxBadge->setVisible(m_connection && m_connection->isSandbox);
    if (!m_connection) {
        setWindowTitle(tr("%1 — Not connected").arg(application));
        m_connectionStatus->setText(tr("Not connected"));
        m_pages->setCurrentWidget(m_connectionPanel);
        updateKeyListState();
        return;
    }
    m_connectionPanel->setConnection(*m_connection);
    m_pages->setCurrentIndex(1);
    setWindowTitle(
        tr("%1 — %2 (%3)").arg(application, m_connection->displayName, m_connection->projectId));
    m_connectionStatus->setText(
        m_connection->isSandbox
            ? tr("Project %1 on the local sandbox at %2")
                  .arg(m_connection->projectId, m_connection->baseUrl.toDisplayString())
            : tr("Project %1 at %2")
                  .arg(m_connection->projectId, m_connection->baseUrl.toDisplayString()));
    updateKeyListState();
}

void MainWindow::applyFilter()
{
    m_proxy->setFilter(m_filterBar->filter());
    updateKeyListState();
}

void MainWindow::updateKeyListState()
{
    const bool loading = m_session && m_session->isLoading();
    if (!m_session) {
        m_listMessage->showState(KeyListMessage::State::NoKeys);
    } else if (!m_session->hasLoaded() || (m_session->loadError() && !loading)) {
        if (loading)
            m_listMessage->showState(
                KeyListMessage::State::Loading,
                tr("Asking %1 for the project's keys.").arg(m_connection->baseUrl.host()));
        else if (m_session->loadError())
            m_listMessage->showState(KeyListMessage::State::Failed,
                                     m_session->loadError()->userMessage());
    } else if (m_session->keys()->rowCount() == 0 && !loading) {
        m_listMessage->showState(KeyListMessage::State::NoKeys,
                                 m_session->tenantScope().isEmpty()
                                     ? QString()
                                     : tr("No key has roles in the chosen tenant."));
    } else if (m_proxy->rowCount() == 0 && !loading) {
        m_listMessage->showState(KeyListMessage::State::NoMatches,
                                 tr("%n key(s) hidden by the search and filters.", nullptr,
                                    m_session->keys()->rowCount()));
    }
    const bool showTable =
        m_session && m_session->hasLoaded() && !m_session->loadError() && m_proxy->rowCount() > 0;
    // While a refresh runs over keys already shown, they stay in view.
    const bool keepTable =
        m_session && m_session->hasLoaded() && loading && m_listPages->currentWidget() == m_table;
    m_listPages->setCurrentWidget(showTable || keepTable ? static_cast<QWidget *>(m_table)
                                                         : m_listMessage);
    m_listMessage->setCanCreate(m_actions->newKey->isEnabled());
    updateCounts();
    updateSelection();
}

void MainWindow::updateCounts()
{
    if (!m_session || !m_session->hasLoaded()) {
        m_countsLabel->setText(m_session && m_session->isLoading() ? tr("Loading keys…")
                                                                   : QString());
        m_expiringLabel->clear();
        return;
    }
    const int total = m_session->keys()->rowCount();
    const int shown = m_proxy->rowCount();
    const QString counts = shown == total ? tr("%n key(s)", nullptr, total)
                                          : tr("%1 of %n key(s) shown", nullptr, total).arg(shown);
    //: %1 is the count of keys shown, e.g. "36 keys"
    m_countsLabel->setText(m_session->isLoading() ? tr("%1 · refreshing…").arg(counts) : counts);
    const int expiring = m_session->keys()->expiringSoonCount();
    m_expiringLabel->setText(expiring == 0 ? QString() : tr("%n expiring soon", nullptr, expiring));
    m_expiringLabel->setToolTip(
        tr("Keys that expire within %n day(s)", nullptr, m_session->keys()->expiringSoonDays()));
}

void MainWindow::updateSelection()
{
    // Counted from the selection's ranges: with every key selected, each keystroke in the
    // search field passes here.
    const KeySelectionSummary selection = m_table->selectionSummary();
    m_actions->update(m_session != nullptr, m_session && m_session->isLoading(), selection);
    m_selectionLabel->setText(selection.keys == 0 ? QString()
                                                  : tr("%n selected", nullptr, selection.keys));

    if (m_session && selection.soleSourceRow >= 0) {
        m_details->showKey(m_session->keys()->key(selection.soleSourceRow),
                           m_session->keys()->nowSeconds());
    } else {
        m_details->showSelectionCount(selection.keys);
    }
}

void MainWindow::showLoadError(const ApiError &error)
{
    updateKeyListState();
    // Keys already shown stay; the failed refresh is reported where the eye already is.
    if (m_session && m_session->hasLoaded())
        statusBar()->showMessage(tr("Refresh failed: %1").arg(error.userMessage()), 10000);
}

void MainWindow::showTableContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
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
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::copySelectedKeyIds()
{
    const QStringList ids = m_table->selectedKeyIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(tr("Copied %n key ID(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::importPasskeys()
{
    if (!m_session)
        return;
    auto *dialog = new PasskeyImportDialog(m_session->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasskeyImportDialog::imported, this, [this](int count) {
        statusBar()->showMessage(tr("Imported %n passkey(s)", nullptr, count), 8000);
    });
    dialog->open();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1100, 680);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({800, 300});
    m_table->restoreLayout(settings.value(ColumnsKey).toByteArray());
    m_showDetailsAction->setChecked(settings.value(DetailsShownKey, true).toBool());
    m_filterBar->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ColumnsKey, m_table->saveLayout());
    settings.setValue(DetailsShownKey, m_showDetailsAction->isChecked());
    m_filterBar->saveState(settings);
}

} // namespace descope
