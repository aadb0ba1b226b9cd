#pragma once

// The measured steps of bench_key_table: a change of the table's models, the events it queues
// and the repaint of the visible rows, each timed apart, with a delegate that counts the cells
// painted so that a figure is known to include drawing rows.

#include "BenchmarkFigures.h"
#include "KeyFilter.h"
#include "KeyFilterProxyModel.h"
#include "KeySelectionSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>
#include <climits>
#include <cstdio>

namespace table_bench {

using descope::KeyFilter;
using descope::KeyFilterProxyModel;

// Counts the cells the view paints and the topmost row among them, so that a figure is known to
// include drawing rows and not only laying them out.
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        ++m_cells;
        m_topRow = std::min(m_topRow, index.row());
        QStyledItemDelegate::paint(painter, option, index);
    }

    void restart()
    {
        m_cells = 0;
        m_topRow = INT_MAX;
    }
    int cells() const { return m_cells; }
    int topRow() const { return m_topRow; }

private:
    mutable int m_cells = 0;
    mutable int m_topRow = INT_MAX;
};

// The parts of one measured step, in milliseconds.
struct Step
{
    double change = 0; // the model call, with the proxy's and the view's synchronous reactions
    double events = 0; // processEvents(): the view's delayed layout and anything else queued
    double paint = 0;  // viewport()->repaint()
    int cells = 0;     // cells painted
    double total() const { return change + events + paint; }
};

// Handles what a change queued and paints the viewport, adding both times to `step`.
inline void settleAndPaint(QTableView &view, CountingDelegate &delegate, Step &step)
{
    QElapsedTimer timer;
    timer.start();
    QCoreApplication::processEvents();
    step.events += elapsedMs(timer);
    timer.restart();
    delegate.restart();
    view.viewport()->repaint();
    step.paint += elapsedMs(timer);
    step.cells = delegate.cells();
}

// Runs `change`, then lets the view settle and paint; the whole is one step.
template <typename Change>
Step measureStep(QTableView &view, CountingDelegate &delegate, Change change)
{
    Step step;
    QElapsedTimer timer;
    timer.start();
    change();
    step.change = elapsedMs(timer);
    settleAndPaint(view, delegate, step);
    return step;
}

// One keystroke with every key selected: the filter, the selection it leaves, and counting it
// as the window does. Not inlined, so that callgrind can be told to measure just this
// (--toggle-collect='*measureSelectedKeystroke*').
//
// A change of the selection asks the viewport for a repaint at once, which processEvents()
// would then do inside "events". As in section 2, where the repaint after a keystroke waits for
// the explicit one, the one repaint is measured apart, in "paint": the viewport takes no
// updates until then. The window paints once per keystroke either way.
[[gnu::noinline]] inline Step measureSelectedKeystroke(QTableView &view, CountingDelegate &delegate,
                                                       KeyFilterProxyModel &proxy,
                                                       const KeyFilter &filter,
                                                       descope::KeySelectionSummary &narrowed)
{
    Step step;
    QElapsedTimer timer;
    timer.start();
    view.viewport()->setUpdatesEnabled(false);
    proxy.setFilter(filter);
    narrowed = summarizeSelection(proxy, view.selectionModel()->selection());
    step.change = elapsedMs(timer);
    timer.restart();
    QCoreApplication::processEvents();
    step.events = elapsedMs(timer);
    view.viewport()->setUpdatesEnabled(true);
    timer.restart();
    delegate.restart();
    view.viewport()->repaint();
    step.paint = elapsedMs(timer);
    step.cells = delegate.cells();
    return step;
}

inline void printStep(const char *label, int rows, const Step &step)
{
    std::printf("  %-22s %7d %9.1f %9.1f %9.1f %9.1f %7d\n", label, rows, step.total(), step.change,
                step.events, step.paint, step.cells);
}

inline void printStepHeader(const char *first)
{
    std::printf("  %-22s %7s %9s %9s %9s %9s %7s\n", first, "rows", "total ms", "change", "events",
                "paint", "cells");
}

} // namespace table_bench
