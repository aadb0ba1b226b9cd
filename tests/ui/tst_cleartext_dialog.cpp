// The one-time display of a new or rotated key's secret: masked until revealed, copied only
// through the secret clipboard (button and Ctrl+C), a question before closing uncopied, the
// secret wiped (and never logged) once the dialog closes, and the wording for a rotation.

#include "CleartextDialog.h"
#include "SecretClipboard.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "UserPrompts.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace descope;

namespace {

const QString Cleartext = QStringLiteral("K2CiDeploy01:Zm9vYmFyYmF6cXV4c2VjcmV0MDEyMzQ1Njc4OQ");

AccessKey createdKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2CiDeploy01");
    key.name = QStringLiteral("ci-deploy");
    return key;
}

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

bool isAllZeros(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() == 0; });
}

} // namespace

class TestCleartextDialog : public QObject
{
    Q_OBJECT

private:
    SecretClipboard m_clipboard;
    std::unique_ptr<CleartextDialog> m_dialog;

    QLineEdit *secretEdit() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    }
    SecretField *field() const
    {
        return m_dialog->findChild<SecretField *>(QStringLiteral("cleartextField"));
    }
    QString labelText(const char *objectName) const
    {
        const auto *label = m_dialog->findChild<QLabel *>(QLatin1String(objectName));
        return label ? label->text() : QString();
    }

    bool openDialog(CleartextDialog::Reason reason)
    {
        m_dialog = std::make_unique<CleartextDialog>(createdKey(), Cleartext, reason, &m_clipboard);
        m_dialog->show();
        return QTest::qWaitForWindowActive(m_dialog.get());
    }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setStrict(true); }

    void init()
    {
        UserPrompts::reset();
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        QVERIFY(openDialog(CleartextDialog::Reason::Created));
    }

    void cleanup()
    {
        // Any prompt a test did not expect was answered with its default and counted.
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        m_dialog.reset();
        UserPrompts::reset();
    }

    void saysWhichKeyAndThatItIsShownOnce()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Access Key Created"));
        QVERIFY(labelText("cleartextHeading").contains(QStringLiteral("ci-deploy")));
        QCOMPARE(labelText("cleartextKeyId"), QStringLiteral("K2CiDeploy01"));
        QVERIFY(labelText("cleartextWarning").contains(QStringLiteral("cannot be shown again")));
        QVERIFY(!labelText("cleartextWarning").contains(QStringLiteral("old secret")));
    }

    void maskedByDefaultAndRevealedOnRequest()
    {
        QCOMPARE(secretEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(secretEdit()->displayText() != Cleartext);
        QVERIFY(secretEdit()->isReadOnly());

        field()->revealButton()->click();
        QCOMPARE(secretEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE_SECRET(secretEdit()->displayText(), Cleartext);

        // Ctrl+H hides it again.
        QVERIFY(secretEdit()->hasFocus());
        QTest::keyClick(secretEdit(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(secretEdit()->echoMode(), QLineEdit::Password);
    }

    void copyButtonCopiesThroughTheSecretClipboard()
    {
        QVERIFY(!m_dialog->wasCopied());
        QVERIFY(field()->copyButton()->isDefault());
        field()->copyButton()->click();
        QVERIFY(m_dialog->wasCopied());
        QCOMPARE_SECRET(QGuiApplication::clipboard()->text(), Cleartext);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(m_clipboard.isCountingDown());
        QCOMPARE(labelText("clipboardStatus"), QStringLiteral("Clipboard clears in 30 s"));
    }

    void ctrlCCopiesThroughTheSecretClipboardEvenWhenRevealed()
    {
        field()->setRevealed(true);
        secretEdit()->selectAll();
        QTest::keyClick(secretEdit(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(m_dialog->wasCopied());
        QCOMPARE_SECRET(QGuiApplication::clipboard()->text(), Cleartext);
        // QLineEdit::copy() would have put plain text only, without the password hint.
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
    }

    void closingUncopiedAsksAndNoKeepsItOpen()
    {
        UserPrompts::queueAnswer(QMessageBox::No);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(UserPrompts::shown().size(), 1);
        QVERIFY(UserPrompts::shown().first().informativeText.contains(
            QStringLiteral("cannot be shown again")));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE_SECRET(secretEdit()->text(), Cleartext);

        // The window's own close button asks too.
        UserPrompts::queueAnswer(QMessageBox::No);
        QVERIFY(!m_dialog->close());
        QCOMPARE(UserPrompts::shown().size(), 2);
        QVERIFY(m_dialog->isVisible());

        // So does the Close button; Yes closes.
        UserPrompts::queueAnswer(QMessageBox::Yes);
        auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Close)->click();
        QCOMPARE(UserPrompts::shown().size(), 3);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(secretEdit()->text().isEmpty());
    }

    void closingAfterACopyDoesNotAsk()
    {
        field()->copyButton()->click();
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(UserPrompts::shown().isEmpty());
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(secretEdit()->text().isEmpty());
        // The clipboard kept its own copy, for the countdown to clear.
        QCOMPARE_SECRET(QGuiApplication::clipboard()->text(), Cleartext);
    }

    void closingWipesTheSecretInPlace()
    {
        QSignalSpy exchange(m_dialog.get(), &CleartextDialog::exchangeRequested);
        m_dialog->findChild<QPushButton *>(QStringLiteral("exchangeForSessionButton"))->click();
        QCOMPARE(exchange.size(), 1);
        // The signal hands out the dialog's own buffer; this copy shares it.
        const QString handedOut = exchange.first().first().toString();
        QCOMPARE_SECRET(handedOut, Cleartext);

        field()->copyButton()->click();
        m_dialog->accept();
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(handedOut.size(), Cleartext.size());
        QVERIFY(isAllZeros(handedOut));
        QVERIFY(secretEdit()->text().isEmpty());
    }

    void theSecretIsNeverLogged()
    {
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        field()->setRevealed(true);
        field()->copyButton()->click();
        m_dialog->findChild<QPushButton *>(QStringLiteral("exchangeForSessionButton"))->click();
        m_dialog->accept();
        m_clipboard.clearNow();
        qInstallMessageHandler(previous);
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(Cleartext.section(u':', 1)), qPrintable(message));
    }

    void rotationSaysTheOldSecretStoppedWorking()
    {
        QVERIFY(openDialog(CleartextDialog::Reason::Rotated));
        QCOMPARE(m_dialog->reason(), CleartextDialog::Reason::Rotated);
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Access Key Rotated"));
        QVERIFY(labelText("cleartextHeading").contains(QStringLiteral("rotated")));
        QVERIFY(labelText("cleartextWarning")
                    .contains(QStringLiteral("The old secret has stopped working")));
        QVERIFY(labelText("cleartextWarning").contains(QStringLiteral("cannot be shown again")));
    }

    void exchangeCanBeHidden()
    {
        auto *button =
            m_dialog->findChild<QPushButton *>(QStringLiteral("exchangeForSessionButton"));
        QVERIFY(button->isVisible());
        m_dialog->setExchangeAvailable(false);
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestCleartextDialog)
#include "tst_cleartext_dialog.moc"
