#include "PermittedIpsEditor.h"

#include "FieldProblemLabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QVBoxLayout>

namespace descope {

namespace {

// Dark amber: a warning, not the red of a problem that stops the save.
const QColor WarningColour(0x92, 0x40, 0x0e);

QTextEdit::ExtraSelection lineMark(const QTextBlock &block, const QColor &colour)
{
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(block);
    mark.cursor.select(QTextCursor::LineUnderCursor);
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(colour);
    return mark;
}

QString lineReason(int row, const QString &reason)
{
    //: %1 is a line number, %2 the reason that line is not an address
    return PermittedIpsEditor::tr("Line %1: %2").arg(QString::number(row + 1), reason);
}

} // namespace

PermittedIpsEditor::PermittedIpsEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problem(new FieldProblemLabel(m_edit, this))
    , m_warning(new QWidget(this))
    , m_warningText(new QLabel(m_warning))
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

    m_warning->setObjectName(QStringLiteral("permittedIpsWarning"));
    auto *warningIcon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    m_warningText->setObjectName(QStringLiteral("warningText"));
    m_warningText->setTextFormat(Qt::PlainText); // warnings quote what the user typed
    m_warningText->setWordWrap(true);
    m_warningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningText->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(WarningColour.name()));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(m_warning);
    setFocusProxy(m_edit);

    // Warnings follow the text at once: they never block, so there is nothing to wait for.
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PermittedIpsEditor::updateWarnings);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PermittedIpsEditor::changed);
}

void PermittedIpsEditor::setAddresses(const QStringList &addresses)
{
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(addresses.join(u'\n'));
    }
    updateWarnings();
}

QStringList PermittedIpsEditor::lines() const
{
    return m_edit->toPlainText().split(u'\n');
}

void PermittedIpsEditor::setProblems(const QList<FieldProblem> &problems)
{
    m_problemMarks.clear();
    QStringList reasons;
    for (const FieldProblem &problem : problems) {
        if (problem.field != KeyField::PermittedIps || problem.row < 0)
            continue;
        const QTextBlock block = m_edit->document()->findBlockByNumber(problem.row);
        if (!block.isValid())
            continue;
        m_problemMarks.append(lineMark(block, QColor(0xb9, 0x1c, 0x1c)));
        reasons.append(lineReason(problem.row, problem.reason));
    }
    updateMarks();
    m_problem->setProblem(reasons.join(u'\n'));
    updateAccessibleDescription();
}

QString PermittedIpsEditor::problemText() const
{
    return m_problem->problem();
}

QString PermittedIpsEditor::warningText() const
{
    return m_warningText->text();
}

void PermittedIpsEditor::updateWarnings()
{
    m_warningMarks.clear();
    QStringList reasons;
    for (const FieldProblem &warning : KeyForm::permittedIpWarnings(lines())) {
        const QTextBlock block = m_edit->document()->findBlockByNumber(warning.row);
        if (!block.isValid())
            continue;
        m_warningMarks.append(lineMark(block, WarningColour));
        reasons.append(lineReason(warning.row, warning.reason));
    }
    updateMarks();
    m_warningText->setText(reasons.join(u'\n'));
    m_warning->setVisible(!reasons.isEmpty());
    updateAccessibleDescription();
}

void PermittedIpsEditor::updateAccessibleDescription()
{
    // A screen reader cannot see the underline. While there is a problem, the problem label
    // describes the field, and that matters more; otherwise the warnings do.
    if (m_problem->problem().isEmpty())
        m_edit->setAccessibleDescription(m_warningText->text());
}

void PermittedIpsEditor::updateMarks()
{
    m_edit->setExtraSelections(m_problemMarks + m_warningMarks);
}

} // namespace descope
