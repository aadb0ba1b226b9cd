// The report of a batch's failures: a resizable dialog listing each key's name, ID and reason,
// and "Retry N Failed Keys" for the keys worth retrying (not those the server no longer has).

#include "BatchReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace descope;

class TestBatchReportDialog : public QObject
{
    Q_OBJECT

private:
    static QList<BatchReportDialog::FailedKey> failures()
    {
        return {
            {QStringLiteral("ci-runner"), QStringLiteral("K2a"), QStringLiteral("Busy"), true},
            {QStringLiteral("gone-key"), QStringLiteral("K2b"), QStringLiteral("Not found"), false},
            {QString(), QStringLiteral("K2c"), QStringLiteral("Busy"), true}};
    }

private Q_SLOTS:
    void listsEveryFailedKeyAndRetriesTheRetryableOnes()
    {
        BatchReportDialog dialog(QStringLiteral("Deactivate Keys: 3 Failed"),
                                 QStringLiteral("3 keys could not be deactivated."), failures());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Deactivate Keys: 3 Failed"));
        QVERIFY(dialog.isSizeGripEnabled());
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->columnCount(), 3);
        QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("gone-key"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("K2b"));
        QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("Not found"));
        QCOMPARE(dialog.retryableIds(),
                 (QStringList{QStringLiteral("K2a"), QStringLiteral("K2c")}));
        QCOMPARE(dialog.retryButton()->text(), QStringLiteral("&Retry 2 Failed Keys"));
        QVERIFY(dialog.retryButton()->isEnabled());

        QSignalSpy retry(&dialog, &BatchReportDialog::retryRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toStringList(),
                 (QStringList{QStringLiteral("K2a"), QStringLiteral("K2c")}));
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void nothingToRetryWhenTheKeysAreGone()
    {
        BatchReportDialog dialog(QStringLiteral("Delete Keys: 1 Failed"), QString(),
                                 {{QStringLiteral("gone-key"), QStringLiteral("K2b"),
                                   QStringLiteral("Not found"), false}});
        QVERIFY(!dialog.retryButton()->isEnabled());
        QCOMPARE(dialog.retryButton()->text(), QStringLiteral("&Retry 0 Failed Keys"));
    }

    void copiesTheListAsText()
    {
        BatchReportDialog dialog(QStringLiteral("Keys"), QString(), failures());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyReportButton")),
                          Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("ci-runner\tK2a\tBusy")));
        QCOMPARE(copied.count(u'\n'), 2);
    }

    void enterDoesNotRetry()
    {
        BatchReportDialog dialog(QStringLiteral("Keys"), QString(), failures());
        QSignalSpy retry(&dialog, &BatchReportDialog::retryRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(retry.size(), 0);
    }
};

QTEST_MAIN(TestBatchReportDialog)
#include "tst_batch_report_dialog.moc"
