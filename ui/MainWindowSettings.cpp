#include "MainWindowSettings.h"

#include "KeyFilterBar.h"
#include "KeyTableView.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace descope {

namespace {

constexpr auto GeometryKey = QLatin1String("MainWindow/geometry");
constexpr auto StateKey = QLatin1String("MainWindow/state");
constexpr auto SplitterKey = QLatin1String("MainWindow/splitter");
// Versioned: a layout saved for other columns must not be applied to these.
constexpr auto ColumnsKey = QLatin1String("MainWindow/columns-v1");
constexpr auto DetailsShownKey = QLatin1String("MainWindow/detailsShown");

} // namespace

MainWindowSettings::MainWindowSettings(QMainWindow *window, QSplitter *splitter,
                                       KeyTableView *table, QAction *showDetails,
                                       KeyFilterBar *filterBar)
    : m_window(window)
    , m_splitter(splitter)
    , m_table(table)
    , m_showDetails(showDetails)
    , m_filterBar(filterBar)
{}

void MainWindowSettings::restoreLayout()
{
    const QSettings settings;
    if (!m_window->restoreGeometry(settings.value(GeometryKey).toByteArray()))
        m_window->resize(1100, 680);
    m_window->restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({800, 300});
    m_table->restoreLayout(settings.value(ColumnsKey).toByteArray());
    m_showDetails->setChecked(settings.value(DetailsShownKey, true).toBool());
}

void MainWindowSettings::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, m_window->saveGeometry());
    settings.setValue(StateKey, m_window->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ColumnsKey, m_table->saveLayout());
    settings.setValue(DetailsShownKey, m_showDetails->isChecked());
}

void MainWindowSettings::saveFilters(const QString &projectId) const
{
    QSettings settings;
    m_filterBar->saveState(settings, projectId);
}

void MainWindowSettings::restoreFilters(const QString &projectId)
{
    const QSettings settings;
    m_filterBar->restoreState(settings, projectId);
}

} // namespace descope
