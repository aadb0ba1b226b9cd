#pragma once

#include "Connection.h"

#include <QStatusBar>

#include <optional>

class QLabel;
class QToolButton;

namespace descope {

class ElidedLabel;

// How many keys the table shows, out of how many loaded, and whether a filter hides some.
struct KeyCounts
{
    enum class Phase
    {
        Nothing, // no project, or its keys were never loaded
        Loading, // the first load runs
        Loaded,
    };
    Phase phase = Phase::Nothing;
    int shown = 0;
    int total = 0;
    // A search, status or tenant narrows what is shown; `filters` names them, for the tooltip.
    bool filtered = false;
    QString filters;

    friend bool operator==(const KeyCounts &, const KeyCounts &) = default;
};

// The window's status bar. The counts of keys shown and selected, and a filter's mark with
// one click to clear it, are permanent widgets, as are the project and the sandbox badge:
// messages (showMessage) appear beside them and never hide them. Every label elides in a
// small window instead of overlapping its neighbours.
class KeyStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit KeyStatusBar(QWidget *parent = nullptr);

    void setCounts(const KeyCounts &counts);
    void setSelectedCount(int keys);
    void setExpiring(int keys, int withinDays);
    void setConnection(const std::optional<Connection> &connection);

    // "Filtered: 105 of 100,000 keys shown", with the locale's digit grouping.
    static QString countsText(const KeyCounts &counts);

Q_SIGNALS:
    void clearFiltersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts();

    KeyCounts m_counts;
    int m_selected = 0;
    int m_expiring = 0;
    int m_expiringDays = 0;
    std::optional<Connection> m_connection;
    ElidedLabel *m_countsLabel;
    QToolButton *m_clearFilters;
    ElidedLabel *m_selectionLabel;
    ElidedLabel *m_expiringLabel;
    QLabel *m_sandboxBadge;
    ElidedLabel *m_connectionStatus;
};

} // namespace descope
