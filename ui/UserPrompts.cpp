#include "UserPrompts.h"

#include "TypedConfirmationDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QList>
#include <QPushButton>

namespace descope {

namespace {

struct TypedAnswer
{
    QString text;
    QMessageBox::StandardButton press = QMessageBox::Yes;
};

struct PromptState
{
    QList<UserPrompts::Answer> answers;
    QList<TypedAnswer> typedAnswers;
    QStringList fileNames;
    QList<UserPrompts::Prompt> shown;
    int unanswered = 0;
    bool strict = false;
};

PromptState &state()
{
    static PromptState instance;
    return instance;
}

std::optional<QString> takeFileName(const QString &caption)
{
    auto &s = state();
    s.shown.append({QMessageBox::NoIcon, caption, {}, {}, {}, {}});
    if (!s.fileNames.isEmpty())
        return s.fileNames.takeFirst();
    if (s.strict) {
        ++s.unanswered;
        return QString();
    }
    return std::nullopt;
}

} // namespace

QMessageBox::StandardButton UserPrompts::ask(QWidget *parent, const Prompt &prompt,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    Prompt plain = prompt;
    plain.checkBoxText.clear();
    return askWithCheckBox(parent, plain, buttons, defaultButton).button;
}

UserPrompts::Answer UserPrompts::askWithCheckBox(QWidget *parent, const Prompt &prompt,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    auto &s = state();
    s.shown.append(prompt);
    if (!s.answers.isEmpty()) {
        Answer answer = s.answers.takeFirst();
        // An answer the question does not offer is a mistake in the test; take the default.
        if (!buttons.testFlag(answer.button))
            answer.button = defaultButton;
        answer.checkBoxChecked = answer.checkBoxChecked && !prompt.checkBoxText.isEmpty();
        return answer;
    }
    if (s.strict) {
        ++s.unanswered;
        return {defaultButton, false};
    }
    const std::unique_ptr<QMessageBox> box = messageBox(parent, prompt, buttons, defaultButton);
    const auto button = QMessageBox::StandardButton(box->exec());
    return {button, box->checkBox() && box->checkBox()->isChecked()};
}

std::unique_ptr<QMessageBox> UserPrompts::messageBox(QWidget *parent, const Prompt &prompt,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    auto box =
        std::make_unique<QMessageBox>(prompt.icon, prompt.title, prompt.text, buttons, parent);
    if (!prompt.checkBoxText.isEmpty())
        box->setCheckBox(new QCheckBox(prompt.checkBoxText, box.get()));
    box->setInformativeText(prompt.informativeText);
    box->setDetailedText(prompt.detailedText);
    box->setDefaultButton(defaultButton);
    for (auto text = prompt.buttonTexts.cbegin(); text != prompt.buttonTexts.cend(); ++text) {
        if (QAbstractButton *button = box->button(text.key()))
            button->setText(text.value());
    }
    box->setEscapeButton(buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel
                                                               : defaultButton);
    return box;
}

bool UserPrompts::confirmByTyping(QWidget *parent, const Prompt &prompt)
{
    auto &s = state();
    s.shown.append(prompt);
    // The informative text names the first keys; the dialog stays small without the list.
    const TypedConfirmationDialog::Question question{
        prompt.title, prompt.text, prompt.informativeText, prompt.typedConfirmation,
        prompt.buttonTexts.value(QMessageBox::Yes)};
    TypedConfirmationDialog dialog(question, parent);
    if (!s.typedAnswers.isEmpty()) {
        // The real dialog, not shown: what is typed goes through its own rule for confirming.
        const TypedAnswer answer = s.typedAnswers.takeFirst();
        dialog.typedField()->setText(answer.text);
        if (answer.press == QMessageBox::Yes)
            dialog.confirmButton()->click();
        else
            dialog.cancelButton()->click();
        return dialog.result() == QDialog::Accepted;
    }
    if (s.strict) {
        ++s.unanswered;
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

void UserPrompts::tell(QWidget *parent, const Prompt &prompt)
{
    ask(parent, prompt, QMessageBox::Ok, QMessageBox::Ok);
}

QString UserPrompts::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    if (auto queued = takeFileName(caption))
        return *queued;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                  const QString &filter)
{
    if (auto queued = takeFileName(caption))
        return *queued;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void UserPrompts::queueAnswer(QMessageBox::StandardButton answer, bool checkBoxChecked)
{
    state().answers.append({answer, checkBoxChecked});
}

void UserPrompts::queueTypedAnswer(const QString &text, QMessageBox::StandardButton press)
{
    state().typedAnswers.append({text, press});
}

void UserPrompts::queueFileName(const QString &fileName)
{
    state().fileNames.append(fileName);
}

void UserPrompts::setStrict(bool strict)
{
    state().strict = strict;
}

QList<UserPrompts::Prompt> UserPrompts::shown()
{
    return state().shown;
}

int UserPrompts::unansweredCount()
{
    return state().unanswered;
}

int UserPrompts::pendingAnswerCount()
{
    return int(state().answers.size() + state().typedAnswers.size() + state().fileNames.size());
}

void UserPrompts::reset()
{
    auto &s = state();
    const bool strict = s.strict;
    s = {};
    s.strict = strict;
}

} // namespace descope
