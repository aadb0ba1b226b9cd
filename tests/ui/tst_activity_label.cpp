// The status bar's word on what runs: hidden while nothing does, the latest activity named with
// a count of the others, each ended by its own ticket.

#include "ActivityLabel.h"

#include <QTest>

using namespace descope;

class TestActivityLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatRunsUntilItEnds()
    {
        ActivityLabel label;
        QVERIFY(label.isHidden());
        QVERIFY(label.text().isEmpty());
        const int first = label.start(QStringLiteral("Deactivating “a”…"));
        QVERIFY(!label.isHidden());
        QCOMPARE(label.text(), QStringLiteral("Deactivating “a”…"));
        const int second = label.start(QStringLiteral("Rotating the secret of “b”…"));
        QCOMPARE(label.text(), QStringLiteral("Rotating the secret of “b”… (and 1 more)"));
        QVERIFY(label.toolTip().contains(QStringLiteral("Deactivating “a”…")));
        QCOMPARE(label.runningCount(), 2);

        label.finish(second);
        QCOMPARE(label.text(), QStringLiteral("Deactivating “a”…"));
        label.finish(second); // twice: nothing more happens
        QCOMPARE(label.runningCount(), 1);
        label.finish(first);
        QVERIFY(label.isHidden());
        QVERIFY(label.text().isEmpty());
    }

    void clearForgetsEverything()
    {
        ActivityLabel label;
        label.start(QStringLiteral("Deleting “a”…"));
        label.start(QStringLiteral("Deleting “b”…"));
        label.clear();
        QCOMPARE(label.runningCount(), 0);
        QVERIFY(label.isHidden());
        QVERIFY(label.start(QStringLiteral("Saving “c”…")) > 0);
        QCOMPARE(label.text(), QStringLiteral("Saving “c”…"));
    }
};

QTEST_MAIN(TestActivityLabel)
#include "tst_activity_label.moc"
