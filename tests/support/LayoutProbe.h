#pragma once

// Finds the text a person could not read whole in a window as it is laid out: a label, button,
// check box, group box title or combo box narrower or shorter than its text needs, a table
// header or cell whose text is elided, a toolbar that hides some of its buttons, a widget cut
// off by its parent, and a scroll area that scrolls sideways. Each finding is one line that
// names the widget and the text, for a test's failure message.
//
// It measures what Qt measures (size hints, height for width, the delegate's size for a cell,
// the style's text rectangles) against the geometry the layouts gave, so it keeps working
// whatever the strings become.

#include <QHash>
#include <QList>
#include <QSet>
#include <QSize>
#include <QStringList>

class QAbstractItemView;
class QComboBox;
class QHeaderView;
class QWidget;

class LayoutProbe
{
public:
    // Shows nothing itself: `root` should be shown already (show() + qWaitForWindowExposed).
    explicit LayoutProbe(QWidget *root);

    // Not checked, with its children: text cut on purpose (say so at the call).
    void skip(const QWidget *widget);
    // Cells of this column are not checked (user data that may be any length, shown whole in a
    // tooltip or the details pane); its header still is.
    void skipColumn(const QAbstractItemView *view, int column);
    // This view may scroll sideways (a table with more columns than fit); its cells and
    // headers are still checked.
    void allowSidewaysScrolling(const QWidget *scrollArea);
    // Opens each combo box's list and checks that it shows every item whole (on by default).
    void setCheckComboPopups(bool check) { m_checkPopups = check; }

    // Activates the pending layouts, then returns one line per problem; empty when all reads.
    QStringList problems();

    // Runs the layouts that are waiting (QEvent::LayoutRequest) under `root`.
    static void settleLayouts(QWidget *root);
    // "QLabel nameProblem in keyEditorDialog": how a finding names a widget.
    static QString describe(const QWidget *widget);

private:
    bool skipped(const QWidget *widget) const;
    void checkWidget(QWidget *widget);
    void checkSize(QWidget *widget, const QString &text, QSize need);
    void checkCutByParent(QWidget *widget, const QString &text);
    void checkComboBox(QComboBox *combo);
    void checkComboPopup(QComboBox *combo);
    void checkHeader(QHeaderView *header);
    void checkItemView(QAbstractItemView *view);
    void checkScrolling(QWidget *widget);
    void report(const QWidget *widget, const QString &what);

    QWidget *m_root;
    QSet<const QWidget *> m_skipped;
    QHash<const QAbstractItemView *, QSet<int>> m_skippedColumns;
    QSet<const QWidget *> m_sideways;
    bool m_checkPopups = true;
    QStringList m_problems;
};
