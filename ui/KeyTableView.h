#pragma once

#include "KeySelectionSummary.h"

#include <QHash>
#include <QTableView>

#include <optional>
#include <vector>

namespace descope {

class KeyFilterProxyModel;

// The key table: whole-row, multi-row selection, sorting by any column, and a header menu
// to choose the columns. Its column layout (order, widths, hidden columns, sort) is saved
// and restored as one blob.
class KeyTableView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyTableView(QWidget *parent = nullptr);

    void setKeyModel(KeyFilterProxyModel *proxy);
    KeyFilterProxyModel *keyModel() const { return m_proxy; }

    // The key IDs of the selected rows, in the order shown.
    QStringList selectedKeyIds() const;
    int selectedKeyCount() const;
    KeySelectionSummary selectionSummary() const;
    // Selects the rows of these keys that are shown; returns how many were found.
    int selectKeys(const QStringList &ids);

    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &layout);
    void resetLayout();

    // The header's menu of columns, also offered by the window's View menu.
    void fillColumnMenu(QMenu *menu);

Q_SIGNALS:
    void selectedKeysChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void applyDefaultLayout();
    int columnWidthFor(int column, const QStringList &texts, int minimumChars) const;
    int textWidth(const QString &text, bool bold) const;
    void fitColumnsToKeys();
    void setCurrentKey(const QString &id);
    bool wholeTableSelected() const;
    void noteWholeTableSelection();
    void reselectWholeTableRows();

    KeyFilterProxyModel *m_proxy = nullptr;
    // A whole-table selection noted when a layout change begins (Qt drops it when the row
    // count changes): per key model row, whether it was selected.
    struct WholeTableSelection
    {
        int sourceRowCount = 0;
        std::vector<char> selected;
    };
    std::optional<WholeTableSelection> m_wholeTable;
    QStringList m_keysToReselect;
    QString m_currentKeyId;
    // Without a saved layout, the columns of names widen to the first keys shown (unless
    // resized meanwhile): each column with the default width it was given.
    QHash<int, int> m_widthsToFit;
};

} // namespace descope
