// The key table's marks of calls in flight: BusyRole, the status cell that reads
// "Deactivating…" in italics, marks that survive a reload and a row update, one signal for a
// whole batch, and the busy count of a selection.

#include "KeyFilterProxyModel.h"
#include "KeySamples.h"
#include "KeySelectionSummary.h"
#include "KeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace descope;
using namespace descope::testing;

class TestKeyTableActivity : public QObject
{
    Q_OBJECT

private:
    KeyTableModel m_keys;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex cell(const QString &id, int column = KeyTableModel::StatusColumn) const
    {
        return m_keys.index(m_keys.rowOfKey(id), column);
    }

private Q_SLOTS:
    void init()
    {
        m_keys.setKeys({makeKey(QStringLiteral("K1"), QStringLiteral("alpha")),
                        makeKey(QStringLiteral("K2"), QStringLiteral("bravo"), 0, false),
                        makeKey(QStringLiteral("K3"), QStringLiteral("charlie")),
                        makeKey(QStringLiteral("K4"), QStringLiteral("delta"))},
                       Now);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_keys.setActivity({QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"),
                            QStringLiteral("K4"), QStringLiteral("K9")},
                           KeyActivity::None);
    }

    void aBusyKeySaysWhatIsHappening()
    {
        QCOMPARE(cell(QStringLiteral("K1")).data(KeyTableModel::BusyRole).toInt(), 0);
        QCOMPARE(cell(QStringLiteral("K1")).data().toString(), QStringLiteral("Active"));
        QSignalSpy changed(&m_keys, &QAbstractItemModel::dataChanged);
        m_keys.setActivity({QStringLiteral("K1")}, KeyActivity::Deactivating);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), m_keys.rowOfKey(QStringLiteral("K1")));
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(KeyTableModel::BusyRole));
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column)
            QCOMPARE(KeyActivity(
                         cell(QStringLiteral("K1"), column).data(KeyTableModel::BusyRole).toInt()),
                     KeyActivity::Deactivating);
        QCOMPARE(cell(QStringLiteral("K1")).data().toString(), QStringLiteral("Deactivating…"));
        QVERIFY(cell(QStringLiteral("K1")).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(cell(QStringLiteral("K1"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Active")));
        // The name stays as it is, and the key's status for filters and sorting too.
        QCOMPARE(cell(QStringLiteral("K1"), KeyTableModel::NameColumn).data().toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(m_keys.status(m_keys.rowOfKey(QStringLiteral("K1"))), KeyStatus::Active);
        QCOMPARE(m_keys.busyKeyCount(), 1);

        m_keys.setActivity({QStringLiteral("K1")}, KeyActivity::None);
        QCOMPARE(cell(QStringLiteral("K1")).data().toString(), QStringLiteral("Active"));
        QVERIFY(!cell(QStringLiteral("K1")).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(m_keys.busyKeyCount(), 0);
        // Setting what is already so announces nothing.
        changed.clear();
        m_keys.setActivity({QStringLiteral("K1")}, KeyActivity::None);
        QCOMPARE(changed.size(), 0);
    }

    void marksSurviveAReloadAndAnUpdate()
    {
        m_keys.setActivity({QStringLiteral("K2"), QStringLiteral("K9")}, KeyActivity::Activating);
        AccessKey renamed = makeKey(QStringLiteral("K2"), QStringLiteral("bravo-2"), 0, false);
        m_keys.updateKeys({renamed});
        QCOMPARE(m_keys.activityOfKey(QStringLiteral("K2")), KeyActivity::Activating);
        QCOMPARE(cell(QStringLiteral("K2")).data().toString(), QStringLiteral("Activating…"));

        // A reload that brings the key K9, marked before it was shown.
        m_keys.setKeys({makeKey(QStringLiteral("K2"), QStringLiteral("bravo"), 0, false),
                        makeKey(QStringLiteral("K9"), QStringLiteral("zulu"))},
                       Now);
        QCOMPARE(m_keys.activity(m_keys.rowOfKey(QStringLiteral("K2"))), KeyActivity::Activating);
        QCOMPARE(m_keys.activity(m_keys.rowOfKey(QStringLiteral("K9"))), KeyActivity::Activating);
        m_keys.updateKeys({makeKey(QStringLiteral("K10"), QStringLiteral("new"))});
        QCOMPARE(m_keys.activity(m_keys.rowOfKey(QStringLiteral("K10"))), KeyActivity::None);
    }

    void aBatchOfMarksIsOneSignal()
    {
        QSignalSpy changed(&m_keys, &QAbstractItemModel::dataChanged);
        m_keys.setActivity({QStringLiteral("K4"), QStringLiteral("K1"), QStringLiteral("K3")},
                           KeyActivity::Deleting);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    }

    void aSelectionCountsItsBusyKeys()
    {
        KeyFilterProxyModel proxy;
        proxy.setKeyModel(&m_keys);
        proxy.sort(KeyTableModel::NameColumn);
        const QItemSelection all(proxy.index(0, 0),
                                 proxy.index(proxy.rowCount() - 1, proxy.columnCount() - 1));
        QCOMPARE(summarizeSelection(proxy, all).busy, 0);
        m_keys.setActivity({QStringLiteral("K2"), QStringLiteral("K3")}, KeyActivity::Rotating);
        const KeySelectionSummary summary = summarizeSelection(proxy, all);
        QCOMPARE(summary.keys, 4);
        QCOMPARE(summary.busy, 2);
        QCOMPARE(
            summarizeSelection(proxy, QItemSelection(proxy.index(0, 0), proxy.index(0, 0))).busy,
            0);
    }
};

QTEST_MAIN(TestKeyTableActivity)
#include "tst_key_table_activity.moc"
