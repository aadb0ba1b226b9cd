// The key filter as a plain value: each criterion alone, and together.

#include "KeyFilter.h"

#include <QTest>

using namespace descope;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
constexpr qint64 Day = 24 * 60 * 60;

AccessKey sampleKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2AbCdEf");
    key.name = QStringLiteral("billing-export-prod");
    key.description = QStringLiteral("Nightly export job");
    key.createdBy = QStringLiteral("alice@acme.example");
    key.roleNames = {QStringLiteral("Viewer")};
    key.keyTenants = {
        {QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {QStringLiteral("Tenant Admin")}}};
    key.active = true;
    key.expireTime = Now.toSecsSinceEpoch() + 10 * Day;
    return key;
}

} // namespace

class TestKeyFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFilterAcceptsEverything()
    {
        const KeyFilter filter;
        QVERIFY(filter.isEmpty());
        QVERIFY(filter.accepts(sampleKey(), Now));
        QVERIFY(filter.accepts(AccessKey{}, Now));
    }

    void textMatchesEveryListedField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("name, other case") << "BILLING" << true;
        QTest::newRow("id") << "abcdef" << true;
        QTest::newRow("description") << "nightly" << true;
        QTest::newRow("creator") << "alice@" << true;
        QTest::newRow("project role") << "viewer" << true;
        QTest::newRow("tenant id") << "t2acme" << true;
        QTest::newRow("tenant name") << "acme corp" << true;
        QTest::newRow("tenant role") << "tenant admin" << true;
        QTest::newRow("surrounding blanks") << "  export  " << true;
        QTest::newRow("no field") << "zebra" << false;
        QTest::newRow("words in different fields") << "acme nightly" << true;
        QTest::newRow("words split by a tab") << "acme\tnightly" << true;
        QTest::newRow("one word missing") << "acme zebra" << false;
        QTest::newRow("a word spanning two fields") << "prod nightly" << true;
        QTest::newRow("text across a field boundary") << "prodnightly" << false;
    }

    void textMatchesEveryListedField()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        KeyFilter filter;
        filter.setText(text);
        QCOMPARE(filter.accepts(sampleKey(), Now), accepted);
        // The model's path, with the searchable text computed once beforehand, agrees.
        QCOMPARE(filter.accepts(sampleKey(), KeyFilter::searchableText(sampleKey()),
                                Now.toSecsSinceEpoch()),
                 accepted);
    }

    void nonAsciiTextIsFoldedToo()
    {
        AccessKey key = sampleKey();
        key.description = QStringLiteral("Übersicht der ÄMTER");
        KeyFilter filter;
        filter.setText(QStringLiteral("ämter übersicht"));
        QVERIFY(filter.accepts(key, Now));
        QVERIFY(QString::fromUtf8(KeyFilter::searchableText(key))
                    .contains(QStringLiteral("übersicht der ämter")));
        // ASCII fields beside them are lowered as well.
        QVERIFY(KeyFilter::searchableText(key).contains("billing-export-prod"));
        filter.setText(QStringLiteral("BILLING-EXPORT"));
        QVERIFY(filter.accepts(key, Now));
    }

    void typingOnNarrows_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("narrows");
        QTest::newRow("from nothing") << ""
                                      << "m" << true;
        QTest::newRow("a letter more") << "mo"
                                       << "mob" << true;
        QTest::newRow("a letter in front") << "ob"
                                           << "mob" << true;
        QTest::newRow("another word") << "acme"
                                      << "acme ci" << true;
        QTest::newRow("same text") << "acme"
                                   << "acme" << true;
        QTest::newRow("a letter less") << "mob"
                                       << "mo" << false;
        QTest::newRow("a different word") << "acme"
                                          << "globex" << false;
        QTest::newRow("to nothing") << "acme"
                                    << "" << false;
    }

    void typingOnNarrows()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, narrows);
        KeyFilter wider;
        wider.setText(before);
        KeyFilter narrower;
        narrower.setText(after);
        QCOMPARE(narrower.narrows(wider), narrows);
    }

    void otherCriteriaMustBeEqualToNarrow()
    {
        KeyFilter wider;
        wider.setText(QStringLiteral("acme"));
        KeyFilter narrower = wider;
        narrower.setText(QStringLiteral("acme ci"));
        narrower.setStatus(KeyStatus::Active);
        QVERIFY(!narrower.narrows(wider));
        wider.setStatus(KeyStatus::Active);
        QVERIFY(narrower.narrows(wider));
        narrower.setTenantId(QStringLiteral("T2Acme"));
        QVERIFY(!narrower.narrows(wider));
    }

    void statusIsDerivedFromExpiry()
    {
        AccessKey active = sampleKey();
        AccessKey inactive = sampleKey();
        inactive.active = false;
        AccessKey expired = sampleKey();
        expired.expireTime = Now.toSecsSinceEpoch() - 1;

        KeyFilter filter;
        filter.setStatus(KeyStatus::Active);
        QVERIFY(filter.accepts(active, Now));
        QVERIFY(!filter.accepts(inactive, Now));
        QVERIFY(!filter.accepts(expired, Now));
        filter.setStatus(KeyStatus::Expired);
        QVERIFY(filter.accepts(expired, Now));
        QVERIFY(!filter.accepts(active, Now));
        filter.setStatus(KeyStatus::Inactive);
        QVERIFY(filter.accepts(inactive, Now));
    }

    void expiringWithinDays_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("in 10 days") << 10 * Day << true;
        QTest::newRow("exactly 14 days") << 14 * Day << true;
        QTest::newRow("in 15 days") << 15 * Day << false;
        QTest::newRow("already expired") << -Day << false;
        QTest::newRow("never") << qint64(0) << false;
    }

    void expiringWithinDays()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(bool, accepted);
        AccessKey key = sampleKey();
        key.expireTime = expiresIn == 0 ? 0 : Now.toSecsSinceEpoch() + expiresIn;
        KeyFilter filter;
        filter.setExpiringWithinDays(14);
        QCOMPARE(filter.accepts(key, Now), accepted);
    }

    void tenantAndCriteriaCombine()
    {
        KeyFilter filter;
        filter.setTenantId(QStringLiteral("T2Acme"));
        QVERIFY(filter.accepts(sampleKey(), Now));
        filter.setTenantId(QStringLiteral("T2Globex"));
        QVERIFY(!filter.accepts(sampleKey(), Now));

        filter.setTenantId(QStringLiteral("T2Acme"));
        filter.setText(QStringLiteral("billing"));
        filter.setStatus(KeyStatus::Inactive);
        QVERIFY(!filter.accepts(sampleKey(), Now)); // every criterion must hold
        filter.setStatus(KeyStatus::Active);
        QVERIFY(filter.accepts(sampleKey(), Now));
        QVERIFY(!filter.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestKeyFilter)
#include "tst_key_filter.moc"
