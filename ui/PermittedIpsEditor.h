#pragma once

#include "KeyForm.h"

#include <QTextEdit>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace descope {

class FieldProblemLabel;

// The addresses a key may be used from: one IPv4/IPv6 address or CIDR range per line, checked
// as they are typed. Each line in error is underlined and its reason listed under the text,
// with its line number. Lines that are accepted but probably not what was meant (a range with
// host bits set, "10.1.2.3/8") are underlined in amber and their warning listed too; they do
// not stop a save.
class PermittedIpsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PermittedIpsEditor(QWidget *parent = nullptr);

    void setAddresses(const QStringList &addresses);
    // Every line as typed, blank ones included, so problem rows are line numbers.
    QStringList lines() const;

    // Marks the lines that the PermittedIps problems name; other problems are ignored.
    void setProblems(const QList<FieldProblem> &problems);
    QString problemText() const;
    // The warnings shown now, one "Line N: ..." per line; empty for none.
    QString warningText() const;

    QPlainTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void updateWarnings();
    void updateMarks();
    void updateAccessibleDescription();

    QPlainTextEdit *m_edit;
    FieldProblemLabel *m_problem;
    QWidget *m_warning;
    QLabel *m_warningText;
    QList<QTextEdit::ExtraSelection> m_problemMarks;
    QList<QTextEdit::ExtraSelection> m_warningMarks;
};

} // namespace descope
