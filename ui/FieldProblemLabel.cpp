#include "FieldProblemLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVariant>

namespace descope {

namespace {

// Dynamic properties that remember what the field showed before it was marked.
constexpr char ValidToolTipProperty[] = "descopeValidToolTip";
constexpr char MarkedProperty[] = "descopeMarkedInvalid";

// The same red as the details pane's "expired" badge.
constexpr auto ProblemColour = QLatin1String("#b91c1c");

} // namespace

FieldProblemLabel::FieldProblemLabel(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("problemText"));
    m_text->setTextFormat(Qt::PlainText); // reasons quote what the user typed
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(ProblemColour));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FieldProblemLabel::setProblem(const QString &reason)
{
    m_text->setText(reason);
    setVisible(!reason.isEmpty());
    if (m_field)
        markInvalid(m_field, reason);
}

QString FieldProblemLabel::problem() const
{
    return m_text->text();
}

void FieldProblemLabel::markInvalid(QWidget *field, const QString &reason)
{
    const bool marked = field->property(MarkedProperty).toBool();
    if (reason.isEmpty()) {
        if (!marked)
            return;
        field->setStyleSheet(QString());
        field->setToolTip(field->property(ValidToolTipProperty).toString());
        field->setAccessibleDescription(QString());
        field->setProperty(MarkedProperty, false);
        return;
    }
    if (!marked) {
        field->setProperty(ValidToolTipProperty, field->toolTip());
        field->setProperty(MarkedProperty, true);
        // One rule for every kind of field; the class name keeps it off the field's children.
        field->setStyleSheet(
            QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; }")
                .arg(QLatin1String(field->metaObject()->className()), ProblemColour)
                .replace(QLatin1String("::"), QLatin1String("--")));
    }
    field->setToolTip(reason);
    field->setAccessibleDescription(reason);
}

} // namespace descope
