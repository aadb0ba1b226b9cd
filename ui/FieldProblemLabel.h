#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace descope {

// The reason a field is invalid, shown where the field is: a warning icon and the reason in a
// line under it, a red outline on the field itself, and the reason as the field's tooltip and
// accessible description (for a screen reader, which cannot see the outline).
class FieldProblemLabel : public QWidget
{
    Q_OBJECT

public:
    // `field` is the widget to outline; it may be null for problems about a group of widgets.
    explicit FieldProblemLabel(QWidget *field, QWidget *parent = nullptr);

    // An empty reason clears the problem and hides the line.
    void setProblem(const QString &reason);
    QString problem() const;

    // Outlines any widget, or clears the outline, keeping its own tooltip for when it is valid.
    static void markInvalid(QWidget *field, const QString &reason);

private:
    QPointer<QWidget> m_field;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace descope
