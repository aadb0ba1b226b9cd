// The byte search behind the key filter gives what a plain search gives: at the start, the end,
// across the sixteen-byte blocks it tests at once, with one byte, with the whole text, and on
// thousands of random texts over a small alphabet, where near misses are common.

#include "ByteSearch.h"

#include <QRandomGenerator>
#include <QTest>

using namespace descope;

class TestByteSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edges_data()
    {
        QTest::addColumn<QByteArray>("haystack");
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty needle") << QByteArray("abc") << QByteArray() << true;
        QTest::newRow("empty text") << QByteArray() << QByteArray("a") << false;
        QTest::newRow("longer than the text") << QByteArray("ab") << QByteArray("abc") << false;
        QTest::newRow("the whole text") << QByteArray("mobile") << QByteArray("mobile") << true;
        QTest::newRow("one byte") << QByteArray("xyz") << QByteArray("z") << true;
        QTest::newRow("at the start")
            << QByteArray("mobile-backend-prod") << QByteArray("mo") << true;
        QTest::newRow("at the very end, past a block")
            << QByteArray("0123456789abcdefghijklmnopqrstuvwxyz") << QByteArray("yz") << true;
        QTest::newRow("across a block edge")
            << QByteArray("0123456789abcdefghij") << QByteArray("efgh") << true;
        QTest::newRow("first and last bytes but not the middle")
            << QByteArray("m-x-e m-y-e m-z-e 0123456789") << QByteArray("m-q-e") << false;
        QTest::newRow("utf-8") << QByteArray("übersicht der ämter") << QByteArray("ämt") << true;
        QTest::newRow("the last start position only")
            << QByteArray(40, 'a') + QByteArray("ab") << QByteArray("ab") << true;
    }

    void edges()
    {
        QFETCH(QByteArray, haystack);
        QFETCH(QByteArray, needle);
        QFETCH(bool, found);
        QCOMPARE(containsBytes(haystack, needle), found);
    }

    void agreesWithAPlainSearchOnRandomTexts()
    {
        QRandomGenerator random(20261130);
        const auto text = [&random](int length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = char('a' + random.bounded(4));
            return bytes;
        };
        int found = 0;
        for (int round = 0; round < 20'000; ++round) {
            const QByteArray haystack = text(random.bounded(0, 80));
            const QByteArray needle = text(random.bounded(1, 7));
            const bool expected = haystack.contains(needle);
            QCOMPARE(containsBytes(haystack, needle), expected);
            found += expected ? 1 : 0;
        }
        // Both outcomes were tried often.
        QVERIFY(found > 2'000 && found < 18'000);
    }
};

QTEST_APPLESS_MAIN(TestByteSearch)
#include "tst_byte_search.moc"
