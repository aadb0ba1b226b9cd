#pragma once

#include <QCoreApplication>

class QAction;
class QStackedWidget;

namespace descope {

class KeyActions;
class KeyDetailsPane;
class KeyFilterBar;
class KeyListBanner;
class KeyListMessage;
class KeyStatusBar;
class KeyTableView;
class ProjectSession;

// Decides what the key list shows, so that it is always the truth: the table or a message in
// its place (loading, failed, cancelled, no keys, no matches), the banner over keys that are
// being refreshed or that a refresh failed to replace, the counts in the status bar, and the
// details pane and key actions from the selection of a table that is shown (none otherwise).
// Its texts were MainWindow's and keep that context, so the catalogues go on matching them.
class KeyListPresenter
{
    Q_DECLARE_TR_FUNCTIONS(descope::MainWindow)

public:
    struct Widgets
    {
        QStackedWidget *pages;
        KeyTableView *table;
        KeyListMessage *message;
        KeyListBanner *banner;
        KeyDetailsPane *details;
        KeyStatusBar *statusBar;
        KeyFilterBar *filterBar;
        KeyActions *actions;
        QAction *stopLoading;
    };

    explicit KeyListPresenter(const Widgets &widgets);

    void setSession(ProjectSession *session) { m_session = session; }

    // Everything below, after a change of the keys, the load or the filter.
    void update();
    void updateCounts();
    void updateSelection();
    // A refresh over keys shown was cancelled: say so in passing, the keys shown stay.
    void noteCancelled();

private:
    bool tableShown() const;
    void showListPage();
    void showBanner();
    QString staleNote() const;

    Widgets m_widgets;
    ProjectSession *m_session = nullptr;
};

} // namespace descope
