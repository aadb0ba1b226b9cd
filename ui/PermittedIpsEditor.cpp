#include "PermittedIpsEditor.h"

#include "FieldProblemLabel.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace descope {

PermittedIpsEditor::PermittedIpsEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problem(new FieldProblemLabel(m_edit, this))
{
    setObjectName(QStringLiteral("permittedIpsEditor"));
    m_edit->setObjectName(QStringLiteral("permittedIpsText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("One address or range per line, such as 203.0.113.7, "
                                  "10.0.0.0/8 or 2001:db8::/32. Empty: any address."));
    m_edit->setToolTip(tr("Requests with this key are refused from any other address"));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 +
                           2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin())));
    m_problem->setObjectName(QStringLiteral("permittedIpsProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &PermittedIpsEditor::changed);
}

void PermittedIpsEditor::setAddresses(const QStringList &addresses)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(addresses.join(u'\n'));
}

QStringList PermittedIpsEditor::lines() const
{
    return m_edit->toPlainText().split(u'\n');
}

void PermittedIpsEditor::setProblems(const QList<FieldProblem> &problems)
{
    QList<QTextEdit::ExtraSelection> marks;
    QStringList reasons;
    for (const FieldProblem &problem : problems) {
        if (problem.field != KeyField::PermittedIps || problem.row < 0)
            continue;
        const QTextBlock block = m_edit->document()->findBlockByNumber(problem.row);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.select(QTextCursor::LineUnderCursor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xb9, 0x1c, 0x1c));
        marks.append(mark);
        //: %1 is a line number, %2 the reason that line is not an address
        reasons.append(tr("Line %1: %2").arg(QString::number(problem.row + 1), problem.reason));
    }
    m_edit->setExtraSelections(marks);
    m_problem->setProblem(reasons.join(u'\n'));
}

QString PermittedIpsEditor::problemText() const
{
    return m_problem->problem();
}

} // namespace descope
