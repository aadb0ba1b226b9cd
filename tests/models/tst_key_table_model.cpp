// The key table model: columns and roles, and updates that touch only the rows they concern.

#include "KeySamples.h"
#include "KeyTableModel.h"
#include "KeyTimeFormat.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;
using namespace descope::testing;

namespace {

AccessKey fullKey()
{
    AccessKey key =
        makeKey(QStringLiteral("K2Full"), QStringLiteral("deploy-bot"), NowSeconds + 3 * Day);
    key.description = QStringLiteral("Deploys the web app");
    key.createdBy = QStringLiteral("U2Alice");
    key.roleNames = {QStringLiteral("Viewer"), QStringLiteral("Editor")};
    key.keyTenants = {
        {QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {QStringLiteral("Tenant Admin")}},
        {QStringLiteral("T2Globex"), QString(), {}}};
    key.boundUserId = QStringLiteral("U2Bot");
    key.permittedIps = {QStringLiteral("10.0.0.0/8"), QStringLiteral("::1")};
    return key;
}

QString text(const KeyTableModel &model, int row, KeyTableModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// The rows a dataChanged spy saw, as "first-last" strings, with every column each time.
QStringList changedRanges(const QSignalSpy &spy)
{
    QStringList ranges;
    for (const QList<QVariant> &arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (topLeft.column() != 0 || bottomRight.column() != KeyTableModel::ColumnCount - 1)
            ranges.append(QStringLiteral("partial"));
        else
            ranges.append(QStringLiteral("%1-%2").arg(topLeft.row()).arg(bottomRight.row()));
    }
    return ranges;
}

QList<AccessKey> numberedKeys(int count)
{
    QList<AccessKey> keys;
    for (int i = 0; i < count; ++i)
        keys.append(makeKey(QStringLiteral("K2N%1").arg(i), QStringLiteral("key-%1").arg(i)));
    return keys;
}

} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KeyTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<KeyTableModel>();
        m_model->setNow(Now);
        // Alive through every test: it checks each signal the model sends.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void everyColumnHasAHeader()
    {
        QCOMPARE(m_model->columnCount(), int(KeyTableModel::ColumnCount));
        QStringList headers;
        for (int column = 0; column < m_model->columnCount(); ++column)
            headers.append(m_model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Status"),
                                       QStringLiteral("Expires"), QStringLiteral("Created"),
                                       QStringLiteral("Created by"), QStringLiteral("Roles"),
                                       QStringLiteral("Tenants"), QStringLiteral("Bound user"),
                                       QStringLiteral("Description"),
                                       QStringLiteral("Permitted IPs"), QStringLiteral("Key ID")}));
    }

    void displayRoleIsFormattedText()
    {
        m_model->setKeys({fullKey()});
        QCOMPARE(text(*m_model, 0, KeyTableModel::NameColumn), QStringLiteral("deploy-bot"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::ExpiresColumn),
                 formatRelativeTime(NowSeconds + 3 * Day, NowSeconds));
        QCOMPARE(text(*m_model, 0, KeyTableModel::CreatedByColumn), QStringLiteral("U2Alice"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::RolesColumn), QStringLiteral("Viewer, Editor"));
        // A tenant without a name in the answer is shown by its ID.
        QCOMPARE(text(*m_model, 0, KeyTableModel::TenantsColumn),
                 QStringLiteral("Acme Corp, T2Globex"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::BoundUserColumn), QStringLiteral("U2Bot"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::DescriptionColumn),
                 QStringLiteral("Deploys the web app"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::PermittedIpsColumn),
                 QStringLiteral("10.0.0.0/8, ::1"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::KeyIdColumn), QStringLiteral("K2Full"));
        QVERIFY(!text(*m_model, 0, KeyTableModel::CreatedColumn).isEmpty());
    }

    void expiryTooltipIsTheExactLocalTime()
    {
        m_model->setKeys({fullKey(), makeKey(QStringLiteral("K2Forever"), QStringLiteral("x"))});
        QCOMPARE(text(*m_model, 0, KeyTableModel::ExpiresColumn, Qt::ToolTipRole),
                 formatLocalDateTime(NowSeconds + 3 * Day));
        QCOMPARE(text(*m_model, 1, KeyTableModel::ExpiresColumn), QStringLiteral("Never"));
        QCOMPARE(text(*m_model, 1, KeyTableModel::ExpiresColumn, Qt::ToolTipRole),
                 QStringLiteral("This key never expires"));
    }

    void sortRoleHoldsRawValues()
    {
        m_model->setKeys({fullKey(), makeKey(QStringLiteral("K2Forever"), QStringLiteral("x"))});
        const auto sortValue = [this](int row, KeyTableModel::Column column) {
            return m_model->index(row, column).data(KeyTableModel::SortRole);
        };
        QCOMPARE(sortValue(0, KeyTableModel::ExpiresColumn).toLongLong(), NowSeconds + 3 * Day);
        QCOMPARE(sortValue(0, KeyTableModel::CreatedColumn).toLongLong(), NowSeconds - 30 * Day);
        QCOMPARE(sortValue(0, KeyTableModel::RolesColumn).toLongLong(), 2);
        QCOMPARE(sortValue(0, KeyTableModel::TenantsColumn).toLongLong(), 2);
        QCOMPARE(sortValue(0, KeyTableModel::PermittedIpsColumn).toLongLong(), 2);
        QCOMPARE(sortValue(0, KeyTableModel::StatusColumn).toInt(), int(KeyStatus::Active));
        // "Never" sorts after every date.
        QVERIFY(sortValue(1, KeyTableModel::ExpiresColumn).toLongLong() >
                sortValue(0, KeyTableModel::ExpiresColumn).toLongLong());
    }

    void statusIsDerivedFromTheExpiry()
    {
        m_model->setKeys({makeKey(QStringLiteral("K2Old"), QStringLiteral("old"), NowSeconds - 1),
                          makeKey(QStringLiteral("K2Off"), QStringLiteral("off"), 0, false)});
        QCOMPARE(text(*m_model, 0, KeyTableModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(m_model->index(0, 0).data(KeyTableModel::StatusRole).toInt(),
                 int(KeyStatus::Expired));
        QCOMPARE(text(*m_model, 1, KeyTableModel::StatusColumn), QStringLiteral("Inactive"));
    }

    void movingTheClockExpiresKeys()
    {
        m_model->setKeys(
            {fullKey(), makeKey(QStringLiteral("K2Forever"), QStringLiteral("x")),
             makeKey(QStringLiteral("K2Later"), QStringLiteral("later"), NowSeconds + 40 * Day)});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setNow(Now.addDays(4));
        // The time columns of every row, then the whole row of the one key that expired.
        QCOMPARE(changed.size(), 2);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, m_model->index(0, KeyTableModel::StatusColumn));
        QCOMPARE(bottomRight, m_model->index(2, KeyTableModel::ExpiresColumn));
        QCOMPARE(changedRanges(changed).at(1), QStringLiteral("0-0"));
        QCOMPARE(text(*m_model, 0, KeyTableModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(text(*m_model, 2, KeyTableModel::StatusColumn), QStringLiteral("Active"));
    }

    void aReloadCanMoveTheClockWithoutAnnouncingIt()
    {
        m_model->setKeys({fullKey()});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setKeys({fullKey()}, Now.addDays(4));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->nowSeconds(), NowSeconds + 4 * Day);
        QCOMPARE(text(*m_model, 0, KeyTableModel::StatusColumn), QStringLiteral("Expired"));
    }

    void keysExpiringSoonStandOut()
    {
        m_model->setKeys(
            {fullKey(),
             makeKey(QStringLiteral("K2Later"), QStringLiteral("later"), NowSeconds + 40 * Day),
             makeKey(QStringLiteral("K2Gone"), QStringLiteral("gone"), NowSeconds - 5)});
        const auto soon = [this](int row) {
            return m_model->index(row, KeyTableModel::NameColumn)
                .data(KeyTableModel::ExpiringSoonRole)
                .toBool();
        };
        QVERIFY(soon(0));
        QVERIFY(!soon(1));
        QVERIFY(!soon(2)); // already expired is not "soon"
        QCOMPARE(m_model->expiringSoonCount(), 1);
        QVERIFY(m_model->index(0, KeyTableModel::ExpiresColumn).data(Qt::FontRole).isValid());
        QVERIFY(m_model->index(0, KeyTableModel::ExpiresColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!m_model->index(1, KeyTableModel::ExpiresColumn).data(Qt::FontRole).isValid());

        m_model->setExpiringSoonDays(60);
        QVERIFY(soon(1));
        QCOMPARE(m_model->expiringSoonCount(), 2);
    }

    void updatingKeysChangesOnlyTheirRows()
    {
        m_model->setKeys(numberedKeys(10));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        AccessKey third = m_model->key(2);
        third.active = false;
        AccessKey fourth = m_model->key(3);
        fourth.description = QStringLiteral("changed");
        AccessKey eighth = m_model->key(7);
        eighth.name = QStringLiteral("renamed");
        m_model->updateKeys({eighth, third, fourth});

        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        // Neighbouring rows are announced as one range.
        QCOMPARE(changedRanges(changed),
                 (QStringList{QStringLiteral("2-3"), QStringLiteral("7-7")}));
        QCOMPARE(text(*m_model, 2, KeyTableModel::StatusColumn), QStringLiteral("Inactive"));
        QCOMPARE(text(*m_model, 7, KeyTableModel::NameColumn), QStringLiteral("renamed"));
        QCOMPARE(m_model->rowCount(), 10);
    }

    void changingMostRowsSendsOneSignal()
    {
        m_model->setKeys(numberedKeys(4));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QList<AccessKey> keys = {m_model->key(0), m_model->key(2), m_model->key(3)};
        for (AccessKey &key : keys)
            key.active = false;
        m_model->updateKeys(keys);
        QCOMPARE(changedRanges(changed), QStringList{QStringLiteral("0-3")});
    }

    void unknownKeysAreAppended()
    {
        m_model->setKeys(numberedKeys(3));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const AccessKey fresh = makeKey(QStringLiteral("K2New"), QStringLiteral("new"));
        AccessKey changedFirst = m_model->key(0);
        changedFirst.name = QStringLiteral("first");
        m_model->updateKeys({fresh, changedFirst, fresh});

        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 3);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOfKey(QStringLiteral("K2New")), 3);
        QCOMPARE(text(*m_model, 0, KeyTableModel::NameColumn), QStringLiteral("first"));
    }

    void removingKeysRemovesRunsAndKeepsTheIndex()
    {
        m_model->setKeys(numberedKeys(8));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->removeKeys({QStringLiteral("K2N1"), QStringLiteral("K2N5"), QStringLiteral("K2N2"),
                             QStringLiteral("K2Unknown"), QStringLiteral("K2N6")});

        QCOMPARE(reset.size(), 0);
        QStringList runs;
        for (const QList<QVariant> &arguments : std::as_const(removed))
            runs.append(
                QStringLiteral("%1-%2").arg(arguments.at(1).toInt()).arg(arguments.at(2).toInt()));
        // Bottom-up, so each run's numbers are still those of the rows before removal.
        QCOMPARE(runs, (QStringList{QStringLiteral("5-6"), QStringLiteral("1-2")}));
        QCOMPARE(m_model->rowCount(), 4);
        const QStringList expectedIds = {QStringLiteral("K2N0"), QStringLiteral("K2N3"),
                                         QStringLiteral("K2N4"), QStringLiteral("K2N7")};
        for (int row = 0; row < expectedIds.size(); ++row) {
            QCOMPARE(m_model->key(row).id, expectedIds[row]);
            QCOMPARE(m_model->rowOfKey(expectedIds[row]), row);
        }
        QCOMPARE(m_model->rowOfKey(QStringLiteral("K2N5")), -1);
    }

    void reloadingResets()
    {
        m_model->setKeys(numberedKeys(3));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setKeys(numberedKeys(5));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOfKey(QStringLiteral("K2N4")), 4);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rowOfKey(QStringLiteral("K2N4")), -1);
    }

    void namesCompareNaturallyAndIgnoringCase()
    {
        m_model->setKeys({makeKey(QStringLiteral("a"), QStringLiteral("key-10")),
                          makeKey(QStringLiteral("b"), QStringLiteral("key-9")),
                          makeKey(QStringLiteral("c"), QStringLiteral("Alpha")),
                          makeKey(QStringLiteral("d"), QStringLiteral("beta"))});
        QVERIFY(m_model->compareNames(1, 0) < 0); // 9 before 10
        QVERIFY(m_model->compareNames(0, 1) > 0);
        QVERIFY(m_model->compareNames(2, 3) < 0); // Alpha before beta, despite the capital
        QVERIFY(m_model->lessThan(KeyTableModel::NameColumn, 3, 0));

        // Renamed and added keys take their places in the order.
        AccessKey renamed = m_model->key(2);
        renamed.name = QStringLiteral("key-95");
        m_model->updateKeys({renamed, makeKey(QStringLiteral("e"), QStringLiteral("key-1"))});
        QVERIFY(m_model->compareNames(4, 1) < 0); // key-1 before key-9
        QVERIFY(m_model->compareNames(2, 0) > 0); // key-95 after key-10
        QVERIFY(m_model->compareNames(3, 2) < 0); // beta before key-95
    }

    void manyNamesAreRankedInTheirNaturalOrder()
    {
        // Enough keys for the ranking to be shared out among threads and merged.
        QList<AccessKey> keys;
        for (int i = 0; i < 20'000; ++i) {
            const int n = (i * 7919) % 20'000;
            keys.append(
                makeKey(QStringLiteral("K%1").arg(i),
                        (n % 2 ? QStringLiteral("Svc-%1") : QStringLiteral("svc-%1")).arg(n / 2)));
        }
        m_model->setKeys(keys);
        std::vector<int> byRank(size_t(m_model->rowCount()));
        for (int row = 0; row < m_model->rowCount(); ++row)
            byRank[size_t(m_model->nameRank(row))] = row;
        QCollator collator{QLocale(QLocale::English)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (size_t rank = 1; rank < byRank.size(); ++rank) {
            const QString &before = m_model->key(byRank[rank - 1]).name;
            const QString &after = m_model->key(byRank[rank]).name;
            QVERIFY2(collator.compare(before, after) <= 0,
                     qPrintable(before + QStringLiteral(" > ") + after));
        }
        // Numeric: "svc-9" before "svc-10", whatever the threads did.
        const auto rankOf = [this](const QString &name) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->key(row).name == name)
                    return m_model->nameRank(row);
            }
            return -1;
        };
        QVERIFY(rankOf(QStringLiteral("svc-9")) < rankOf(QStringLiteral("svc-10")));
    }

    void namesPlacedOneByOneMatchAFullRanking()
    {
        QList<AccessKey> keys;
        for (int i = 0; i < 300; ++i)
            keys.append(
                makeKey(QStringLiteral("K%1").arg(i), QStringLiteral("svc-%1").arg(i * 7 % 300)));
        m_model->setKeys(keys);
        // Renames, additions (the same name twice, told apart by ID) and removals, each placed
        // among the rest without ranking every name again.
        AccessKey renamed = m_model->key(10);
        renamed.name = QStringLiteral("Svc-5");
        m_model->updateKeys({renamed, makeKey(QStringLiteral("Kx"), QStringLiteral("svc-44")),
                             makeKey(QStringLiteral("Ka"), QStringLiteral("svc-44"))});
        m_model->removeKeys({QStringLiteral("K3"), QStringLiteral("K4"), QStringLiteral("K200")});

        const auto byName = [](const KeyTableModel &model) {
            QStringList ids(model.rowCount());
            for (int row = 0; row < model.rowCount(); ++row)
                ids[model.nameRank(row)] = model.key(row).id;
            return ids;
        };
        KeyTableModel ranked;
        ranked.setKeys(m_model->keys());
        QCOMPARE(byName(*m_model), byName(ranked));
        QCOMPARE(m_model->key(m_model->rowOfKey(QStringLiteral("Ka"))).name,
                 QStringLiteral("svc-44"));
        QVERIFY(m_model->compareNames(m_model->rowOfKey(QStringLiteral("Ka")),
                                      m_model->rowOfKey(QStringLiteral("Kx"))) < 0);
    }
};

QTEST_MAIN(TestKeyTableModel)
#include "tst_key_table_model.moc"
