#include "UserPrompts.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QList>

namespace descope {

namespace {

struct PromptState
{
    QList<QMessageBox::StandardButton> answers;
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
    auto &s = state();
    s.shown.append(prompt);
    if (!s.answers.isEmpty()) {
        const auto answer = s.answers.takeFirst();
        // An answer the question does not offer is a mistake in the test; take the default.
        return buttons.testFlag(answer) ? answer : defaultButton;
    }
    if (s.strict) {
        ++s.unanswered;
        return defaultButton;
    }
    return QMessageBox::StandardButton(messageBox(parent, prompt, buttons, defaultButton)->exec());
}

std::unique_ptr<QMessageBox> UserPrompts::messageBox(QWidget *parent, const Prompt &prompt,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    auto box =
        std::make_unique<QMessageBox>(prompt.icon, prompt.title, prompt.text, buttons, parent);
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

void UserPrompts::queueAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
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
    return int(state().answers.size() + state().fileNames.size());
}

void UserPrompts::reset()
{
    auto &s = state();
    const bool strict = s.strict;
    s = {};
    s.strict = strict;
}

} // namespace descope
