// The typed confirmation of a mass change: its confirm button works only while the count typed
// is right, Cancel is the default until then (Enter never confirms by accident), and the
// prompt seam answers it through the real dialog, as it answers check boxes on questions.

#include "TypedConfirmationDialog.h"
#include "UserPrompts.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace descope;

namespace {

TypedConfirmationDialog::Question question()
{
    return {QStringLiteral("Deactivate Keys"), QStringLiteral("Deactivate these 60 keys?"),
            QStringLiteral("Machines that use these keys fail."), QStringLiteral("60"),
            QStringLiteral("&Deactivate 60 Keys")};
}

UserPrompts::Prompt typedPrompt()
{
    UserPrompts::Prompt prompt{QMessageBox::Warning,
                               QStringLiteral("Deactivate Keys"),
                               QStringLiteral("Deactivate these 60 keys?"),
                               QStringLiteral("Machines that use these keys fail."),
                               {},
                               {{QMessageBox::Yes, QStringLiteral("&Deactivate 60 Keys")}}};
    prompt.typedConfirmation = QStringLiteral("60");
    return prompt;
}

} // namespace

class TestTypedConfirmationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        UserPrompts::setStrict(true);
        UserPrompts::reset();
    }

    void confirmsOnlyWithTheRightCount()
    {
        TypedConfirmationDialog dialog(question());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("&Deactivate 60 Keys"));
        QVERIFY(!dialog.confirmButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isDefault());

        for (const QString &wrong : {QStringLiteral("6"), QStringLiteral("600"),
                                     QStringLiteral("sixty"), QStringLiteral("-60")}) {
            dialog.typedField()->setText(wrong);
            QVERIFY2(!dialog.confirmButton()->isEnabled(), qPrintable(wrong));
            dialog.accept(); // as a shortcut or Enter would
            QCOMPARE(accepted.size(), 0);
        }
        dialog.typedField()->setText(QStringLiteral(" 60 "));
        QVERIFY(dialog.confirmButton()->isEnabled());
        QVERIFY(dialog.confirmButton()->isDefault());
        QVERIFY(!dialog.cancelButton()->isDefault());
        dialog.typedField()->setText(QStringLiteral("61"));
        QVERIFY(dialog.cancelButton()->isDefault());
        dialog.typedField()->setText(QStringLiteral("60"));
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    void enterCancelsUntilTheCountIsTyped()
    {
        TypedConfirmationDialog dialog(question());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.typedField(), QStringLiteral("59"));
        QTest::keyClick(dialog.typedField(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(rejected.size(), 1);

        TypedConfirmationDialog again(question());
        QSignalSpy confirmed(&again, &QDialog::accepted);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClicks(again.typedField(), QStringLiteral("60"));
        QTest::keyClick(again.typedField(), Qt::Key_Return);
        QCOMPARE(confirmed.size(), 1);
    }

    void theSeamTypesIntoTheRealDialog()
    {
        UserPrompts::queueTypedAnswer(QStringLiteral("60"));
        QVERIFY(UserPrompts::confirmByTyping(nullptr, typedPrompt()));
        UserPrompts::queueTypedAnswer(QStringLiteral("59"));
        QVERIFY(!UserPrompts::confirmByTyping(nullptr, typedPrompt()));
        UserPrompts::queueTypedAnswer(QStringLiteral("60"), QMessageBox::Cancel);
        QVERIFY(!UserPrompts::confirmByTyping(nullptr, typedPrompt()));
        QCOMPARE(UserPrompts::shown().size(), 3);
        QCOMPARE(UserPrompts::shown().last().typedConfirmation, QStringLiteral("60"));
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
        // Unanswered under strict answers: declined, and recorded.
        QVERIFY(!UserPrompts::confirmByTyping(nullptr, typedPrompt()));
        QCOMPARE(UserPrompts::unansweredCount(), 1);
    }

    void aCheckBoxAnswerComesWithTheButton()
    {
        UserPrompts::Prompt prompt{QMessageBox::Warning,
                                   QStringLiteral("Activate Key"),
                                   QStringLiteral("Activate “ci”?"),
                                   {},
                                   {},
                                   {}};
        prompt.checkBoxText = QStringLiteral("Don't ask again for a single key");
        const auto buttons = QMessageBox::Yes | QMessageBox::Cancel;
        UserPrompts::queueAnswer(QMessageBox::Yes, true);
        UserPrompts::queueAnswer(QMessageBox::Yes);
        auto answer = UserPrompts::askWithCheckBox(nullptr, prompt, buttons, QMessageBox::Cancel);
        QCOMPARE(answer.button, QMessageBox::Yes);
        QVERIFY(answer.checkBoxChecked);
        answer = UserPrompts::askWithCheckBox(nullptr, prompt, buttons, QMessageBox::Cancel);
        QVERIFY(!answer.checkBoxChecked);
        QCOMPARE(UserPrompts::shown().last().checkBoxText, prompt.checkBoxText);
        // A question without a check box cannot be answered with one ticked.
        prompt.checkBoxText.clear();
        UserPrompts::queueAnswer(QMessageBox::Yes, true);
        QVERIFY(!UserPrompts::askWithCheckBox(nullptr, prompt, buttons, QMessageBox::Cancel)
                     .checkBoxChecked);
        // Unanswered: the default, unticked.
        answer = UserPrompts::askWithCheckBox(nullptr, prompt, buttons, QMessageBox::Cancel);
        QCOMPARE(answer.button, QMessageBox::Cancel);
        QCOMPARE(UserPrompts::unansweredCount(), 1);
    }
};

QTEST_MAIN(TestTypedConfirmationDialog)
#include "tst_typed_confirmation_dialog.moc"
