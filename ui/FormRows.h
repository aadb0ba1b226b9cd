#pragma once

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace descope {

// How the console's forms lay out their rows.

// A form whose fields move under their labels when the window is too narrow for both side by
// side (a long translation of a label, say), rather than forcing a sideways scroll.
void setUpForm(QFormLayout *form);

// Qt's form layout decides whether a field still fits beside its label without counting the
// space between them, and then gives the field up to that many pixels less than it needs (a key
// ID loses its last letter). Call once the rows are in: the space moves into the labels, whose
// width Qt does count, and the text stays where it was.
void countLabelSpacing(QFormLayout *form);

// A field with the lines that belong under it (notes, its problem), as one form row whose
// label's mnemonic reaches `buddy`.
void addFieldRow(QFormLayout *form, const QString &labelText, QWidget *buddy,
                 const QList<QWidget *> &parts);

// A note under a field in the placeholder colour, wrapped to the field's width.
QLabel *noteLabel(const QString &objectName, const QString &text, QWidget *parent);

} // namespace descope
