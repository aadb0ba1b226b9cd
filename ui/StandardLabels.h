#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace descope {

// The kinds of label that several dialogs and panes make alike.

// A hidden line for a message: an error, a result, a problem with what was typed. Plain text
// whatever it holds (it shows file contents, server messages and the user's own typing, never
// markup), wrapped, and selectable so that it can be copied into a report.
QLabel *messageLabel(const QString &objectName, QWidget *parent);

// A bold heading above a part of a pane.
QLabel *sectionTitle(const QString &text, QWidget *parent);

} // namespace descope
