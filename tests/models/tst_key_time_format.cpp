// How key times read: coarse relative spans for the table, exact local times for details.

#include "KeyTimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <limits>

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

    // The one rounding rule, at each edge from both sides, ahead and ago alike: a span is
    // rounded to the nearest whole unit (halves up), and a unit is used until its rounded count
    // reaches the next unit's threshold.
    void roundingBoundaries_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QString>("expected");
        const auto add = [](const char *name, qint64 span, const QString &expected) {
            QTest::addRow("%s, ahead", name) << span << QStringLiteral("in %1").arg(expected);
            QTest::addRow("%s, ago", name) << -span << QStringLiteral("%1 ago").arg(expected);
        };
        QTest::addRow("59 s, ahead") << qint64(59) << QStringLiteral("in less than a minute");
        QTest::addRow("59 s, ago") << qint64(-59) << QStringLiteral("less than a minute ago");
        add("1 min", Minute, QStringLiteral("1 minute(s)"));
        add("1 min 29 s", Minute + 29, QStringLiteral("1 minute(s)"));
        add("1 min 30 s", Minute + 30, QStringLiteral("2 minute(s)"));
        add("59 min 29 s", 59 * Minute + 29, QStringLiteral("59 minute(s)"));
        add("59 min 30 s", 59 * Minute + 30, QStringLiteral("1 hour(s)"));
        add("1 h 29 min 59 s", Hour + 30 * Minute - 1, QStringLiteral("1 hour(s)"));
        add("1 h 30 min", Hour + 30 * Minute, QStringLiteral("2 hour(s)"));
        add("47 h 29 min 59 s", 47 * Hour + 30 * Minute - 1, QStringLiteral("47 hour(s)"));
        add("47 h 30 min", 47 * Hour + 30 * Minute, QStringLiteral("2 day(s)"));
        add("3 days less 12 h 1 s", 3 * Day - 12 * Hour - 1, QStringLiteral("2 day(s)"));
        add("3 days less 12 h", 3 * Day - 12 * Hour, QStringLiteral("3 day(s)"));
        add("59 days 11:59:59", 59 * Day + 12 * Hour - 1, QStringLiteral("59 day(s)"));
        add("59 days 12 h", 59 * Day + 12 * Hour, QStringLiteral("2 month(s)"));
        add("75 days less 1 s", 75 * Day - 1, QStringLiteral("2 month(s)"));
        add("75 days", 75 * Day, QStringLiteral("3 month(s)"));
        add("90 days less 31 s", 90 * Day - 31, QStringLiteral("3 month(s)"));
        add("90 days", 90 * Day, QStringLiteral("3 month(s)"));
        add("90 days and 31 s", 90 * Day + 31, QStringLiteral("3 month(s)"));
        add("705 days less 1 s", 705 * Day - 1, QStringLiteral("23 month(s)"));
        add("705 days", 705 * Day, QStringLiteral("2 year(s)"));
        add("2.5 years less 1 s", 912 * Day + 12 * Hour - 1, QStringLiteral("2 year(s)"));
        add("2.5 years", 912 * Day + 12 * Hour, QStringLiteral("3 year(s)"));
    }

    void roundingBoundaries()
    {
        QFETCH(qint64, span);
        QFETCH(QString, expected);
        QCOMPARE(formatRelativeTime(Now + span, Now), expected);
    }

    // The expiry picker shows a new key's expiry when it is chosen, the table and the details
    // pane a moment later (the table's clock ticks once a minute): all read the same.
    void aPresetExpiryReadsTheSameAMomentLater_data()
    {
        QTest::addColumn<qint64>("preset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("30 days") << 30 * Day << QStringLiteral("in 30 day(s)");
        QTest::newRow("60 days") << 60 * Day << QStringLiteral("in 2 month(s)");
        QTest::newRow("90 days") << 90 * Day << QStringLiteral("in 3 month(s)");
        QTest::newRow("1 year") << 365 * Day << QStringLiteral("in 12 month(s)");
    }

    void aPresetExpiryReadsTheSameAMomentLater()
    {
        QFETCH(qint64, preset);
        QFETCH(QString, expected);
        const qint64 expiry = Now + preset;
        for (const qint64 later : {qint64(0), qint64(1), qint64(31), Minute, 59 * Minute}) {
            QCOMPARE(formatExpiry(expiry, Now + later), expected);
            QCOMPARE(formatRelativeTime(expiry, Now + later), expected);
        }
    }

    // Times from the wire may be anything: the extremes read as far away, without overflow.
    void extremeTimesDoNotOverflow()
    {
        const qint64 huge = std::numeric_limits<qint64>::max();
        const qint64 tiny = std::numeric_limits<qint64>::min();
        QCOMPARE(formatRelativeTime(huge, 0), QStringLiteral("in 10000 year(s)"));
        QCOMPARE(formatRelativeTime(tiny, 0), QStringLiteral("10000 year(s) ago"));
        QCOMPARE(formatRelativeTime(huge, tiny), QStringLiteral("in 20000 year(s)"));
    }

    void zeroExpiryMeansNever()
    {
        QCOMPARE(formatExpiry(0, Now), QStringLiteral("Never"));
        QCOMPARE(formatExpiry(Now + 2 * Day, Now), formatRelativeTime(Now + 2 * Day, Now));
    }

    void tokenTimesAreInUtcInTheLocalesFormat()
    {
        const QLocale systemLocale;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(formatUtcDateTime(1796400000),
                 QStringLiteral("Friday, 4 December 2026 16:00:00 UTC"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatUtcDateTime(1796400000),
                 QStringLiteral("Freitag, 4. Dezember 2026 16:00:00 UTC"));
        QLocale::setDefault(systemLocale);
    }

    void unixSecondsArePlausibleTimesOnly()
    {
        QVERIFY(isUnixSeconds(0));
        QVERIFY(isUnixSeconds(1796400000));
        QVERIFY(isUnixSeconds(1796400000.5));
        QVERIFY(isUnixSeconds(253402300799.0)); // 9999-12-31T23:59:59Z
        QVERIFY(!isUnixSeconds(253402300800.0));
        QVERIFY(!isUnixSeconds(-1));
        QVERIFY(!isUnixSeconds(std::numeric_limits<double>::infinity()));
        QVERIFY(!isUnixSeconds(std::numeric_limits<double>::quiet_NaN()));
    }

    void exactTimesAreLocal()
    {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(Now).toLocalTime();
        QCOMPARE(formatLocalDateTime(Now), QLocale().toString(local, QLocale::LongFormat));
    }
};

QTEST_GUILESS_MAIN(TestKeyTimeFormat)
#include "tst_key_time_format.moc"
