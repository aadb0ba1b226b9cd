#pragma once

#include "EditorRows.h"
#include "KeyForm.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace descope {

class FieldProblemLabel;

// A key's custom claims, edited either as rows of name, type (string, number, boolean, JSON)
// and value, or as the JSON object's text. The two views switch without losing what was typed
// in either (see KeyForm::setClaimsView); only the view shown is saved.
class ClaimsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsEditor(QWidget *parent = nullptr);

    // Shows the claims part of `form`: both views, and the view it chose.
    void load(const KeyForm &form);
    // Writes what is shown into the claims part of `form`.
    void store(KeyForm &form) const;

    void setView(KeyForm::ClaimsView view);
    KeyForm::ClaimsView view() const { return m_view; }

    // Appends an empty row and puts the focus on its name.
    void addRow();

    // Marks the rows, or the text, that the CustomClaims problems name.
    void setProblems(const QList<FieldProblem> &problems);

    int rowCount() const { return m_rows.size(); }
    QLineEdit *nameEdit(int row) const;
    QComboBox *typeBox(int row) const;
    // The value's line edit; for boolean rows, booleanBox() is shown instead.
    QLineEdit *valueEdit(int row) const;
    QComboBox *booleanBox(int row) const;
    QPlainTextEdit *textEdit() const { return m_text; }

    // The focusable parts, in tab order; it changes with rowsChanged().
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void changed();
    void rowsChanged();

private:
    struct Row
    {
        QWidget *container = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *type = nullptr;
        QLineEdit *value = nullptr;
        QComboBox *boolean = nullptr;
        QToolButton *remove = nullptr;
        FieldProblemLabel *problem = nullptr;
    };

    QList<ClaimRow> shownRows() const;
    void showRows(const QList<ClaimRow> &rows);
    Row &appendRow(const ClaimRow &claim);
    void showTypeEditor(const Row &row);
    void updateNote();

    KeyForm::ClaimsView m_view = KeyForm::ClaimsView::Rows;
    QList<ClaimRow> m_rowsWhenLeft;
    QString m_textWhenLeft;

    QRadioButton *m_rowsView;
    QRadioButton *m_textView;
    QButtonGroup *m_viewGroup;
    QStackedWidget *m_pages;
    QWidget *m_rowsPage;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QPushButton *m_add;
    QPlainTextEdit *m_text;
    FieldProblemLabel *m_textProblem;
    QLabel *m_note;
    EditorRows<Row> m_rows;
};

} // namespace descope
