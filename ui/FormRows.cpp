#include "FormRows.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace descope {

void setUpForm(QFormLayout *form)
{
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void countLabelSpacing(QFormLayout *form)
{
    // The style's spacing, as QFormLayout itself asks for it (the form may have no widget yet).
    QWidget *parent = form->parentWidget();
    const QStyle *style = parent != nullptr ? parent->style() : QApplication::style();
    int spacing = form->horizontalSpacing();
    if (spacing < 0)
        spacing = style->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent);
    if (spacing < 0)
        spacing = style->combinedLayoutSpacing(QSizePolicy::Label, QSizePolicy::LineEdit,
                                               Qt::Horizontal, nullptr, parent);
    if (spacing <= 0)
        return;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        if (QWidget *label = item ? item->widget() : nullptr)
            label->setMinimumWidth(label->sizeHint().width() + spacing);
    }
    form->setHorizontalSpacing(0);
}

void addFieldRow(QFormLayout *form, const QString &labelText, QWidget *buddy,
                 const QList<QWidget *> &parts)
{
    auto *label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(buddy);
    if (parts.size() == 1) {
        form->addRow(label, parts.constFirst());
        return;
    }
    auto *column = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *part : parts)
        layout->addWidget(part);
    form->addRow(label, column);
}

QLabel *noteLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace descope
