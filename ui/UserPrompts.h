#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace descope {

// Every question the console asks with a message box or a file dialog goes through here, so that
// tests can answer it: a queued answer is returned at once and no dialog is shown. Without a
// queued answer the real dialog runs, except under a test that asked for strict answers, where an
// unexpected prompt is recorded and answered with its default instead of hanging the test.
class UserPrompts
{
public:
    struct Prompt
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        // Names for standard buttons, e.g. "Delete" on Yes; the answer is still the button.
        QMap<QMessageBox::StandardButton, QString> buttonTexts;
    };

    // Asks a question; the answer is one of `buttons`.
    static QMessageBox::StandardButton ask(QWidget *parent, const Prompt &prompt,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Tells the user something that needs only an OK.
    static void tell(QWidget *parent, const Prompt &prompt);
    // The message box ask() shows when no answer is queued, not yet shown (tests look at it).
    static std::unique_ptr<QMessageBox> messageBox(QWidget *parent, const Prompt &prompt,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton);

    // An existing file to read; empty when the user cancels.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    // A file to write; empty when the user cancels.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);

    // The test seam. Answers are used in the order they were queued.
    static void queueAnswer(QMessageBox::StandardButton answer);
    static void queueFileName(const QString &fileName);
    // Unanswered prompts are recorded and take their default (Cancel for file dialogs).
    static void setStrict(bool strict);
    // What was asked or told, oldest first, including answered prompts.
    static QList<Prompt> shown();
    static int unansweredCount();
    static int pendingAnswerCount();
    // Forgets queued answers and what was shown.
    static void reset();
};

} // namespace descope
