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
        // A check box under the question (askWithCheckBox), e.g. "Don't ask again".
        QString checkBoxText{};
        // What must be typed to confirm (confirmByTyping), e.g. the count of keys.
        QString typedConfirmation{};
    };

    struct Answer
    {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        bool checkBoxChecked = false;
    };

    // Asks a question; the answer is one of `buttons`.
    static QMessageBox::StandardButton ask(QWidget *parent, const Prompt &prompt,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Asks a question with prompt.checkBoxText as a check box under it, unticked at first.
    static Answer askWithCheckBox(QWidget *parent, const Prompt &prompt,
                                  QMessageBox::StandardButtons buttons,
                                  QMessageBox::StandardButton defaultButton);
    // Tells the user something that needs only an OK.
    static void tell(QWidget *parent, const Prompt &prompt);
    // A question confirmed by typing prompt.typedConfirmation (TypedConfirmationDialog); the
    // confirm button is named by prompt.buttonTexts[Yes]; the detailed text is not shown.
    // True only when confirmed.
    static bool confirmByTyping(QWidget *parent, const Prompt &prompt);
    // The message box ask() and askWithCheckBox() show when no answer is queued, not yet
    // shown (tests look at it).
    static std::unique_ptr<QMessageBox> messageBox(QWidget *parent, const Prompt &prompt,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton);

    // An existing file to read; empty when the user cancels.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    // A file to write; empty when the user cancels.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);

    // The test seam. Answers are used in the order they were queued; a check box takes the
    // state queued with the button.
    static void queueAnswer(QMessageBox::StandardButton answer, bool checkBoxChecked = false);
    // For the next typed confirmation: types `text` into the real dialog, then presses `press`
    // (Yes for the confirm button, which does nothing unless the text matches, or Cancel).
    static void queueTypedAnswer(const QString &text,
                                 QMessageBox::StandardButton press = QMessageBox::Yes);
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
