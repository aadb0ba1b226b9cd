// The secret clipboard: what a copy puts on the clipboard (the text and every platform's
// password hint), the countdown and its clearing, leaving alone whatever was copied since,
// clearing on quit and on destruction, a second copy restarting the countdown, the setting.

#include "IsolatedSettings.h"
#include "SecretClipboard.h"
#include "SecretCompare.h"
#include "SecretMemory.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;

namespace {

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

QList<int> countdownValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &arguments : spy)
        values.append(arguments.at(0).toInt());
    return values;
}

const QString Secret = QStringLiteral("K2abcdef:secret-value-0123456789");

} // namespace

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DescopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secret_clipboard"));
        QVERIFY(m_settings.redirect());
    }

    void init() { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }

    void copyPutsTheTextAndThePasswordHints()
    {
        SecretClipboard clipboard;
        QSignalSpy copied(&clipboard, &SecretClipboard::copied);
        clipboard.copy(Secret);
        QCOMPARE(copied.size(), 1);
        QCOMPARE_SECRET(clipboardText(), Secret);
        QVERIFY(clipboard.holdsSecret());

        const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(mime != nullptr);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QCOMPARE(mime->data(QStringLiteral("application/x-nspasteboard-concealed-type")),
                 Secret.toUtf8());
        const QByteArray zeroDword(4, '\0');
        QCOMPARE(mime->data(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")),
                 zeroDword);
        QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), zeroDword);
        QCOMPARE(mime->data(QStringLiteral("CanUploadToCloudClipboard")), zeroDword);
    }

    void theClipboardKeepsItsOwnCopy()
    {
        // Widgets wipe their buffers when they close; what was copied must survive that.
        SecretClipboard clipboard;
        QString shown = privateCopy(Secret);
        clipboard.copy(shown);
        wipeString(shown);
        QCOMPARE_SECRET(clipboardText(), Secret);
        QVERIFY(clipboard.holdsSecret());
    }

    void clearsAfterTheInterval()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfterSeconds(2);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(Secret);
        QVERIFY(clipboard.isCountingDown());
        QTest::qWait(500);
        QCOMPARE_SECRET(clipboardText(), Secret); // not before its time
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clipboard.isCountingDown());
        QVERIFY(!clipboard.holdsSecret());
    }

    void leavesWhatWasCopiedSinceAlone()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfterSeconds(1);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        QSignalSpy replaced(&clipboard, &SecretClipboard::replaced);
        clipboard.copy(Secret);
        const QString other = QStringLiteral("something the user copied later");
        QGuiApplication::clipboard()->setText(other);
        QCOMPARE(replaced.size(), 1);
        QVERIFY(!clipboard.isCountingDown());
        QTest::qWait(1500);
        QCOMPARE(clipboardText(), other);
        QCOMPARE(cleared.size(), 0);
        clipboard.clearNow();
        QCOMPARE(clipboardText(), other);
        QCOMPARE(cleared.size(), 0);
    }

    void countdownTicksDownEverySecond()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfterSeconds(2);
        QSignalSpy countdown(&clipboard, &SecretClipboard::countdownChanged);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(Secret);
        QCOMPARE(countdownValues(countdown), QList<int>({2}));
        QCOMPARE(clipboard.secondsLeft(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(countdownValues(countdown), QList<int>({2, 1}), 4000);
        QCOMPARE(clipboard.secondsLeft(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 4000);
        QCOMPARE(countdownValues(countdown), QList<int>({2, 1, 0}));
    }

    void aSecondCopyRestartsTheCountdown()
    {
        SecretClipboard clipboard;
        clipboard.setClearAfterSeconds(2);
        QSignalSpy countdown(&clipboard, &SecretClipboard::countdownChanged);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(Secret);
        QTRY_COMPARE_WITH_TIMEOUT(clipboard.secondsLeft(), 1, 4000);
        const QString second = QStringLiteral("K2second:another-secret");
        QElapsedTimer sinceSecondCopy;
        sinceSecondCopy.start();
        clipboard.copy(second);
        QCOMPARE(clipboard.secondsLeft(), 2);
        QCOMPARE(countdownValues(countdown), QList<int>({2, 1, 2}));
        // The first copy's countdown would have ended about a second from now; the restarted
        // one takes its full two seconds (timers never fire early by more than 5%).
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 5000);
        QVERIFY2(sinceSecondCopy.elapsed() >= 1800,
                 qPrintable(QString::number(sinceSecondCopy.elapsed())));
        QCOMPARE(countdownValues(countdown), QList<int>({2, 1, 2, 1, 0}));
        QVERIFY(clipboardText().isEmpty());
    }

    void quittingClearsIt()
    {
        SecretClipboard clipboard;
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        clipboard.copy(Secret);
        // What QCoreApplication::quit() emits before the event loop ends.
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit",
                                          Qt::DirectConnection));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(clipboardText().isEmpty());
    }

    void destructionClearsIt()
    {
        auto clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(Secret);
        QCOMPARE_SECRET(clipboardText(), Secret);
        clipboard.reset();
        QVERIFY(clipboardText().isEmpty());
    }

    void destructionLeavesOtherContentAlone()
    {
        auto clipboard = std::make_unique<SecretClipboard>();
        clipboard->copy(Secret);
        QGuiApplication::clipboard()->setText(QStringLiteral("not ours"));
        clipboard.reset();
        QCOMPARE(clipboardText(), QStringLiteral("not ours"));
    }

    void theIntervalComesFromTheSettings()
    {
        QSettings settings;
        settings.remove(QStringLiteral("Clipboard/clearAfterSeconds"));
        QCOMPARE(SecretClipboard::configuredClearAfterSeconds(), 30);
        settings.setValue(QStringLiteral("Clipboard/clearAfterSeconds"), 7);
        QCOMPARE(SecretClipboard::configuredClearAfterSeconds(), 7);
        settings.setValue(QStringLiteral("Clipboard/clearAfterSeconds"), QStringLiteral("soon"));
        QCOMPARE(SecretClipboard::configuredClearAfterSeconds(), 30);
        settings.setValue(QStringLiteral("Clipboard/clearAfterSeconds"), -5);
        QCOMPARE(SecretClipboard::configuredClearAfterSeconds(), 30);
        settings.remove(QStringLiteral("Clipboard/clearAfterSeconds"));

        SecretClipboard clipboard;
        QCOMPARE(clipboard.clearAfterSeconds(), 30);
        clipboard.setClearAfterSeconds(0);
        QCOMPARE(clipboard.clearAfterSeconds(), 1); // never "clear at once" or "never"
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secret_clipboard.moc"
