#pragma once

#include <QList>
#include <QWidget>

namespace descope {

// The rows of an editor that adds and removes them at will (ClaimsEditor, TenantRolesEditor).
// `Row` is a struct of the row's widgets, all inside its `container`. A row is found by its
// container rather than by its index: the slots of a row's widgets outlive the removal of the
// rows above it, which moves every index below.
template <typename Row>
class EditorRows
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &at(int index) const { return m_rows.at(index); }
    auto begin() const { return m_rows.cbegin(); }
    auto end() const { return m_rows.cend(); }

    // One widget of row `index`, or nullptr when there is no such row.
    template <typename Widget>
    Widget *part(int index, Widget *Row::*widget) const
    {
        return index >= 0 && index < m_rows.size() ? m_rows.at(index).*widget : nullptr;
    }

    // The row inside `container`, or nullptr once it is removed.
    const Row *find(const QWidget *container) const
    {
        for (const Row &row : m_rows) {
            if (row.container == container)
                return &row;
        }
        return nullptr;
    }

    Row &append(const Row &row)
    {
        m_rows.append(row);
        return m_rows.last();
    }

    // The row's widgets go once the event loop has finished with them: the click on the row's
    // own remove button is usually what removes it.
    void remove(QWidget *container)
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).container == container) {
                m_rows.removeAt(i);
                break;
            }
        }
        container->hide();
        container->deleteLater();
    }

    void clear()
    {
        while (!m_rows.isEmpty())
            remove(m_rows.constLast().container);
    }

private:
    QList<Row> m_rows;
};

} // namespace descope
