#pragma once

#include <QJsonObject>
#include <QSet>
#include <QTreeWidget>

namespace descope {

// A read-only view of a JSON object: one row per member with its name, value and JSON type.
// Objects and arrays become expandable rows; array elements are named "[0]", "[1]"...
// Top-level members named as time members that hold Unix seconds show their date and time in
// UTC beside the number ("1764870000 · Friday, 4 December 2026 17:40:00 UTC"), and the local
// time in their tooltip; copying them still gives the number.
//
// The tree asks for the height of all its rows instead of scrolling itself, so that inside a
// scrolling pane only the pane scrolls and no row is hidden behind a second scroll bar.
class JsonTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        TypeColumn,
    };

    explicit JsonTreeWidget(QWidget *parent = nullptr);

    // Replaces the contents and expands every level.
    void setJson(const QJsonObject &object);

    // The names of the top-level members that are times in Unix seconds, such as a token's
    // "exp"; applies from the next setJson().
    void setTimeMembers(const QSet<QString> &names) { m_timeMembers = names; }
    QSet<QString> timeMembers() const { return m_timeMembers; }

    // What copying an item gives: the value itself for scalars, compact JSON for objects and
    // arrays (their Value cell only summarises them).
    static QString copyText(const QTreeWidgetItem *item);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void copyCurrentValue();

private:
    QSet<QString> m_timeMembers;
};

} // namespace descope
