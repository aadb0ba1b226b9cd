#include "KeyActionConfirmation.h"

#include "UserPrompts.h"

#include <QSettings>

namespace descope {

namespace {

constexpr auto SkipSingleKeyQuestionKey = QLatin1String("KeyActions/skipSingleKeyQuestion");
// Names in the question itself; the details list more.
constexpr int NamesInQuestion = 5;
constexpr int NamesInDetails = 20;

QString firstOf(const QStringList &names, int count)
{
    if (names.size() <= count)
        return names.join(u'\n');
    return names.first(count).join(u'\n') + u'\n' +
           KeyActionConfirmation::tr("… and %n more", nullptr, int(names.size()) - count);
}

UserPrompts::Prompt singleKeyQuestion(BatchOperation::Action action, const QString &name)
{
    UserPrompts::Prompt prompt;
    prompt.icon = QMessageBox::Warning;
    switch (action) {
    case BatchOperation::Action::Activate:
        prompt.title = KeyActionConfirmation::tr("Activate Key");
        prompt.text = KeyActionConfirmation::tr("Activate “%1”?").arg(name);
        prompt.informativeText = KeyActionConfirmation::tr(
            "Every machine that still holds this key's secret can exchange it for sessions "
            "again. Activate it only if the secret has not leaked.");
        prompt.buttonTexts = {{QMessageBox::Yes, KeyActionConfirmation::tr("&Activate")}};
        break;
    case BatchOperation::Action::Deactivate:
        prompt.title = KeyActionConfirmation::tr("Deactivate Key");
        prompt.text = KeyActionConfirmation::tr("Deactivate “%1”?").arg(name);
        prompt.informativeText = KeyActionConfirmation::tr(
            "Machines that use this key can no longer exchange it for sessions: they fail "
            "until it is activated again.");
        prompt.buttonTexts = {{QMessageBox::Yes, KeyActionConfirmation::tr("&Deactivate")}};
        break;
    case BatchOperation::Action::Delete:
        prompt.title = KeyActionConfirmation::tr("Delete Key");
        prompt.text = KeyActionConfirmation::tr("Delete “%1”?").arg(name);
        prompt.informativeText = KeyActionConfirmation::tr(
            "Deleting cannot be undone. Machines that use this key can no longer exchange it "
            "for sessions.");
        prompt.buttonTexts = {{QMessageBox::Yes, KeyActionConfirmation::tr("&Delete")}};
        break;
    }
    return prompt;
}

UserPrompts::Prompt manyKeysQuestion(BatchOperation::Action action, const QStringList &names)
{
    const int count = int(names.size());
    UserPrompts::Prompt prompt;
    prompt.icon = QMessageBox::Warning;
    QString consequence;
    switch (action) {
    case BatchOperation::Action::Activate:
        prompt.title = KeyActionConfirmation::tr("Activate Keys");
        prompt.text = KeyActionConfirmation::tr("Activate these %n keys?", nullptr, count);
        consequence = KeyActionConfirmation::tr(
            "Every machine that still holds one of these secrets can exchange it for sessions "
            "again, also where a key was deactivated because its secret leaked.");
        prompt.buttonTexts = {
            {QMessageBox::Yes, KeyActionConfirmation::tr("&Activate %n Keys", nullptr, count)}};
        break;
    case BatchOperation::Action::Deactivate:
        prompt.title = KeyActionConfirmation::tr("Deactivate Keys");
        prompt.text = KeyActionConfirmation::tr("Deactivate these %n keys?", nullptr, count);
        consequence = KeyActionConfirmation::tr(
            "Machines that use these keys can no longer exchange them for sessions: they fail "
            "until the keys are activated again.");
        prompt.buttonTexts = {
            {QMessageBox::Yes, KeyActionConfirmation::tr("&Deactivate %n Keys", nullptr, count)}};
        break;
    case BatchOperation::Action::Delete:
        prompt.title = KeyActionConfirmation::tr("Delete Keys");
        prompt.text = KeyActionConfirmation::tr("Delete these %n keys?", nullptr, count);
        consequence = KeyActionConfirmation::tr(
            "Deleting cannot be undone. Machines that use these keys can no longer exchange "
            "them for sessions.");
        prompt.buttonTexts = {
            {QMessageBox::Yes, KeyActionConfirmation::tr("&Delete %n Keys", nullptr, count)}};
        break;
    }
    prompt.informativeText = consequence + u'\n' + u'\n' + firstOf(names, NamesInQuestion);
    prompt.detailedText = firstOf(names, NamesInDetails);
    return prompt;
}

} // namespace

bool KeyActionConfirmation::confirm(QWidget *parent, BatchOperation::Action action,
                                    const QStringList &names, const QString &soleName)
{
    if (names.isEmpty())
        return false;
    if (names.size() == 1) {
        const bool reversible = action != BatchOperation::Action::Delete;
        if (reversible && !asksForSingleKey())
            return true;
        UserPrompts::Prompt question = singleKeyQuestion(action, soleName);
        if (reversible)
            question.checkBoxText = tr("Don't ask again for a single key");
        const UserPrompts::Answer answer = UserPrompts::askWithCheckBox(
            parent, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer.button != QMessageBox::Yes)
            return false;
        if (answer.checkBoxChecked)
            setAsksForSingleKey(false);
        return true;
    }
    UserPrompts::Prompt question = manyKeysQuestion(action, names);
    if (names.size() > TypedCountThreshold) {
        question.typedConfirmation = QString::number(names.size());
        return UserPrompts::confirmByTyping(parent, question);
    }
    return UserPrompts::ask(parent, question, QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel) == QMessageBox::Yes;
}

bool KeyActionConfirmation::confirmRotation(QWidget *parent, const QString &name)
{
    const UserPrompts::Prompt question{
        QMessageBox::Warning,
        tr("Rotate Secret"),
        tr("Replace the secret of “%1”?").arg(name),
        tr("The current secret stops working at once: every machine that uses it fails until "
           "it is given the new one, which is shown once."),
        {},
        {{QMessageBox::Yes, tr("&Rotate")}}};
    return UserPrompts::ask(parent, question, QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel) == QMessageBox::Yes;
}

bool KeyActionConfirmation::asksForSingleKey()
{
    return !QSettings().value(SkipSingleKeyQuestionKey, false).toBool();
}

void KeyActionConfirmation::setAsksForSingleKey(bool ask)
{
    QSettings settings;
    if (ask)
        settings.remove(SkipSingleKeyQuestionKey);
    else
        settings.setValue(SkipSingleKeyQuestionKey, true);
}

} // namespace descope
