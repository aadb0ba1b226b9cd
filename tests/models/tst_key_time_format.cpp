// How key times read: coarse relative spans for the table, exact local times for details.

#include "KeyTimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace descope;

namespace {

constexpr qint64 Now = 1'800'000'000;
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

class TestKeyTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("expected");
        // Without an English translation loaded, Qt fills %n in and leaves "(s)" as written.
        QTest::newRow("seconds ahead") << qint64(30) << QStringLiteral("in less than a minute");
        QTest::newRow("seconds ago") << qint64(-30) << QStringLiteral("less than a minute ago");
        QTest::newRow("minutes") << 5 * Minute << QStringLiteral("in 5 minute(s)");
        QTest::newRow("hours ago") << -3 * Hour << QStringLiteral("3 hour(s) ago");
        QTest::newRow("a day and a half in hours") << 36 * Hour << QStringLiteral("in 36 hour(s)");
        QTest::newRow("days") << 10 * Day + Hour << QStringLiteral("in 10 day(s)");
        QTest::newRow("months") << 90 * Day << QStringLiteral("in 3 month(s)");
        QTest::newRow("years ago") << -800 * Day << QStringLiteral("2 year(s) ago");
    }

    void relativeTimes()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, expected);
        QCOMPARE(formatRelativeTime(Now + offset, Now), expected);
    }

    void zeroExpiryMeansNever()
    {
        QCOMPARE(formatExpiry(0, Now), QStringLiteral("Never"));
        QCOMPARE(formatExpiry(Now + 2 * Day, Now), formatRelativeTime(Now + 2 * Day, Now));
    }

    void exactTimesAreLocal()
    {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(Now).toLocalTime();
        QCOMPARE(formatLocalDateTime(Now), QLocale().toString(local, QLocale::LongFormat));
    }
};

QTEST_GUILESS_MAIN(TestKeyTimeFormat)
#include "tst_key_time_format.moc"
