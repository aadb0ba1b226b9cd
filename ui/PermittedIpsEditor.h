#pragma once

#include "KeyForm.h"

#include <QWidget>

class QPlainTextEdit;

namespace descope {

class FieldProblemLabel;

// The addresses a key may be used from: one IPv4/IPv6 address or CIDR range per line, checked
// as they are typed. Each line in error is underlined and its reason listed under the text,
// with its line number.
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

    QPlainTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit *m_edit;
    FieldProblemLabel *m_problem;
};

} // namespace descope
