// The prompt seam: queued answers come back in order without a dialog, an answer the question
// does not offer falls back to the default, and strict mode records unexpected prompts.

#include "UserPrompts.h"

#include <QTest>

using namespace descope;

class TestUserPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        UserPrompts::setStrict(true);
        UserPrompts::reset();
    }

    void queuedAnswersComeBackInOrder()
    {
        UserPrompts::queueAnswer(QMessageBox::Yes);
        UserPrompts::queueAnswer(QMessageBox::No);
        const UserPrompts::Prompt prompt{QMessageBox::Question,
                                         QStringLiteral("Delete"),
                                         QStringLiteral("Delete 3 keys?"),
                                         {},
                                         {},
                                         {}};
        const auto buttons = QMessageBox::Yes | QMessageBox::No;
        QCOMPARE(UserPrompts::ask(nullptr, prompt, buttons, QMessageBox::No), QMessageBox::Yes);
        QCOMPARE(UserPrompts::ask(nullptr, prompt, buttons, QMessageBox::No), QMessageBox::No);
        QCOMPARE(UserPrompts::shown().size(), 2);
        QCOMPARE(UserPrompts::shown().first().text, QStringLiteral("Delete 3 keys?"));
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void anAnswerNotOfferedTakesTheDefault()
    {
        UserPrompts::queueAnswer(QMessageBox::Discard);
        QCOMPARE(UserPrompts::ask(nullptr, {}, QMessageBox::Ok | QMessageBox::Cancel,
                                  QMessageBox::Cancel),
                 QMessageBox::Cancel);
    }

    void strictModeRecordsUnexpectedPrompts()
    {
        QCOMPARE(UserPrompts::ask(nullptr, {}, QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::No);
        UserPrompts::tell(nullptr, {});
        QCOMPARE(UserPrompts::openFileName(nullptr, QStringLiteral("Open"), {}, {}), QString());
        QCOMPARE(UserPrompts::unansweredCount(), 3);
    }

    void fileNamesAreQueuedToo()
    {
        UserPrompts::queueFileName(QStringLiteral("/tmp/passkeys.json"));
        QCOMPARE(UserPrompts::openFileName(nullptr, QStringLiteral("Import"), {}, {}),
                 QStringLiteral("/tmp/passkeys.json"));
        QCOMPARE(UserPrompts::shown().last().title, QStringLiteral("Import"));
        QCOMPARE(UserPrompts::unansweredCount(), 0);
    }

    void resetForgetsEverything()
    {
        UserPrompts::queueAnswer(QMessageBox::Yes);
        UserPrompts::tell(nullptr, {});
        UserPrompts::reset();
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
        QVERIFY(UserPrompts::shown().isEmpty());
    }
};

QTEST_MAIN(TestUserPrompts)
#include "tst_user_prompts.moc"
