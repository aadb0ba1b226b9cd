#include "KeyListPresenter.h"

#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxyModel.h"
#include "KeyListBanner.h"
#include "KeyListMessage.h"
#include "KeyStatusBar.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "ProjectSession.h"

#include <QAction>
#include <QLocale>
#include <QStackedWidget>

namespace descope {

KeyListPresenter::KeyListPresenter(const Widgets &widgets)
    : m_widgets(widgets)
{}

void KeyListPresenter::update()
{
    showListPage();
    showBanner();
    m_widgets.stopLoading->setEnabled(m_session && m_session->isLoading());
    m_widgets.message->setCanCreate(m_widgets.actions->newKey->isEnabled());
    updateCounts();
    updateSelection();
}

void KeyListPresenter::showListPage()
{
    KeyListMessage *message = m_widgets.message;
    bool showTable = false;
    if (!m_session) {
        message->showState(KeyListMessage::State::NoKeys);
    } else if (!m_session->hasLoaded()) {
        // Nothing to show yet: the first load runs, failed or was cancelled.
        if (m_session->isLoading())
            message->showState(KeyListMessage::State::Loading,
                               tr("Asking %1 for the project's keys.")
                                   .arg(m_session->connection().baseUrl.host()));
        else if (m_session->loadError())
            message->showState(KeyListMessage::State::Failed,
                               m_session->loadError()->userMessage());
        else
            message->showState(KeyListMessage::State::Cancelled);
    } else if (m_session->keys()->rowCount() == 0) {
        // Keys once loaded stay in view, whatever a refresh does; the banner tells the rest.
        message->showState(KeyListMessage::State::NoKeys,
                           m_session->loadedTenantScope().isEmpty()
                               ? QString()
                               : tr("No key has roles in the chosen tenant."));
    } else if (m_widgets.table->keyModel()->rowCount() == 0) {
        message->showState(KeyListMessage::State::NoMatches,
                           tr("%n key(s) hidden by the search and filters.", nullptr,
                              m_session->keys()->rowCount()));
    } else {
        showTable = true;
    }
    m_widgets.pages->setCurrentWidget(showTable ? static_cast<QWidget *>(m_widgets.table)
                                                : message);
}

void KeyListPresenter::showBanner()
{
    KeyListBanner *banner = m_widgets.banner;
    // Before the first load the message in the table's place says it all.
    if (!m_session || !m_session->hasLoaded()) {
        banner->hideBanner();
    } else if (m_session->isLoading()) {
        banner->showRefreshing();
    } else if (m_session->loadError()) {
        banner->showStale(m_session->loadedAt(), m_session->loadError()->userMessage(),
                          staleNote());
    } else {
        banner->hideBanner();
    }
}

QString KeyListPresenter::staleNote() const
{
    if (m_session->loadedTenantScope() == m_session->tenantScope())
        return {};
    return m_session->loadedTenantScope().isEmpty()
               ? tr("They are the keys of every tenant, not only of the tenant chosen.")
               : tr("They are the keys of another tenant than the one chosen.");
}

void KeyListPresenter::updateCounts()
{
    KeyCounts counts;
    if (m_session && m_session->hasLoaded()) {
        const KeyFilterProxyModel *proxy = m_widgets.table->keyModel();
        counts.phase = KeyCounts::Phase::Loaded;
        counts.total = m_session->keys()->rowCount();
        counts.shown = proxy->rowCount();
        // What narrows the keys shown: the filter applied, and the tenant they were loaded for.
        counts.filtered = !proxy->filter().isEmpty() || !m_session->loadedTenantScope().isEmpty();
        counts.filters = m_widgets.filterBar->activeFiltersText();
        m_widgets.statusBar->setExpiring(m_session->keys()->expiringSoonCount(),
                                         m_session->keys()->expiringSoonDays());
    } else {
        counts.phase = m_session && m_session->isLoading() ? KeyCounts::Phase::Loading
                                                           : KeyCounts::Phase::Nothing;
        m_widgets.statusBar->setExpiring(0, KeyTableModel::DefaultExpiringSoonDays);
    }
    m_widgets.statusBar->setCounts(counts);
}

bool KeyListPresenter::tableShown() const
{
    return m_widgets.pages->currentWidget() == m_widgets.table;
}

void KeyListPresenter::updateSelection()
{
    // Counted from the selection's ranges: with every key selected, each keystroke in the
    // search field passes here. A table not shown has no selection to act on or to detail.
    const KeySelectionSummary selection =
        tableShown() ? m_widgets.table->selectionSummary() : KeySelectionSummary();
    m_widgets.actions->update(m_session != nullptr, m_session && m_session->isLoading(), selection);
    m_widgets.statusBar->setSelectedCount(selection.keys);
    if (m_session && selection.soleSourceRow >= 0)
        m_widgets.details->showKey(m_session->keys()->key(selection.soleSourceRow),
                                   m_session->keys()->nowSeconds());
    else
        m_widgets.details->showSelectionCount(selection.keys);
}

void KeyListPresenter::noteCancelled()
{
    if (!m_session || !m_session->hasLoaded())
        return;
    const QString loadedAt =
        QLocale().toString(m_session->loadedAt().toLocalTime().time(), QLocale::ShortFormat);
    m_widgets.statusBar->showMessage(
        //: %1 is when the keys shown were loaded, e.g. "18:02"
        tr("The refresh was cancelled; the keys shown were loaded at %1.").arg(loadedAt), 8000);
}

} // namespace descope
