// The window's actions and status bar read a selection through summarizeSelection(): each
// shown key counts once, however the selection's ranges cut it, and hidden keys not at all.

#include "KeyFilter.h"
#include "KeyFilterProxyModel.h"
#include "KeySamples.h"
#include "KeySelectionSummary.h"
#include "KeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace descope;
using namespace descope::testing;

class TestKeySelectionSummary : public QObject
{
    Q_OBJECT

private:
    KeyTableModel m_keys;
    KeyFilterProxyModel m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QItemSelection rows(int first, int last, int firstColumn = 0, int lastColumn = -1) const
    {
        if (lastColumn < 0)
            lastColumn = m_proxy.columnCount() - 1;
        return QItemSelection(m_proxy.index(first, firstColumn), m_proxy.index(last, lastColumn));
    }

private Q_SLOTS:
    void init()
    {
        // Sorted by name: alpha (active), bravo (inactive, not editable), charlie, delta
        // (inactive).
        QList<AccessKey> keys = {
            makeKey(QStringLiteral("K4"), QStringLiteral("delta"), 0, false),
            makeKey(QStringLiteral("K1"), QStringLiteral("alpha")),
            makeKey(QStringLiteral("K2"), QStringLiteral("bravo"), 0, false),
            makeKey(QStringLiteral("K3"), QStringLiteral("charlie")),
        };
        keys[2].editable = false;
        m_keys.setKeys(keys, Now);
        m_proxy.setKeyModel(&m_keys);
        m_proxy.sort(KeyTableModel::NameColumn);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void nothingSelectedIsNothing()
    {
        const KeySelectionSummary summary = summarizeSelection(m_proxy, {});
        QCOMPARE(summary.keys, 0);
        QCOMPARE(summary.soleSourceRow, -1);
    }

    void oneRowNamesItsKey()
    {
        const KeySelectionSummary summary = summarizeSelection(m_proxy, rows(1, 1));
        QCOMPARE(summary.keys, 1);
        QCOMPARE(summary.inactive, 1);
        QCOMPARE(summary.editable, 0);
        QCOMPARE(m_keys.key(summary.soleSourceRow).id, QStringLiteral("K2"));
    }

    void everyRowCountsOnceHoweverTheRangesCutIt()
    {
        QItemSelection selection = rows(0, 3);
        selection.merge(rows(1, 2, 0, 0), QItemSelectionModel::Select); // overlaps, one column
        selection.append(QItemSelectionRange(m_proxy.index(3, 2), m_proxy.index(3, 4)));
        const KeySelectionSummary summary = summarizeSelection(m_proxy, selection);
        QCOMPARE(summary.keys, 4);
        QCOMPARE(summary.active, 2);
        QCOMPARE(summary.inactive, 2);
        QCOMPARE(summary.editable, 3);
        QCOMPARE(summary.soleSourceRow, -1);
    }

    void countsFollowTheShownRowsNotTheSourceRows()
    {
        KeyFilter filter;
        filter.setText(QStringLiteral("ta")); // delta only
        m_proxy.setFilter(filter);
        QCOMPARE(m_proxy.rowCount(), 1);
        const KeySelectionSummary summary = summarizeSelection(m_proxy, rows(0, 0));
        QCOMPARE(summary.keys, 1);
        QCOMPARE(m_keys.key(summary.soleSourceRow).id, QStringLiteral("K4"));
        QCOMPARE(summary.inactive, 1);
    }
};

QTEST_GUILESS_MAIN(TestKeySelectionSummary)
#include "tst_key_selection_summary.moc"
