// The sort/filter proxy over the key model: natural name order, raw-value sorting, the filter
// applied as it changes, and rows that follow the model's incremental updates.

#include "KeyFilterProxyModel.h"
#include "KeySamples.h"
#include "KeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;
using namespace descope::testing;

class TestKeyFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KeyTableModel> m_model;
    std::unique_ptr<KeyFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, KeyTableModel::NameColumn).data().toString());
        return names;
    }

    void setText(const QString &text)
    {
        KeyFilter filter = m_proxy->filter();
        filter.setText(text);
        m_proxy->setFilter(filter);
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<KeyTableModel>();
        m_model->setNow(Now);
        m_proxy = std::make_unique<KeyFilterProxyModel>();
        m_proxy->setKeyModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        AccessKey ci =
            makeKey(QStringLiteral("K2Ci"), QStringLiteral("ci-runner-10"), NowSeconds + 5 * Day);
        ci.keyTenants = {{QStringLiteral("T2Acme"),
                          QStringLiteral("Acme Corp"),
                          {QStringLiteral("CI Deployer")}}};
        ci.createdTime = NowSeconds - 2 * Day;
        AccessKey ci9 = makeKey(QStringLiteral("K2Ci9"), QStringLiteral("ci-runner-9"));
        ci9.createdTime = NowSeconds - 9 * Day;
        AccessKey billing = makeKey(QStringLiteral("K2Bill"), QStringLiteral("Billing export"),
                                    NowSeconds + 90 * Day, false);
        billing.createdTime = NowSeconds - 1 * Day;
        AccessKey old =
            makeKey(QStringLiteral("K2Old"), QStringLiteral("archive"), NowSeconds - Day);
        old.keyTenants = {{QStringLiteral("T2Acme"), QStringLiteral("Acme Corp"), {}}};
        m_model->setKeys({ci, ci9, billing, old});
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void namesSortNaturally()
    {
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("archive"), QStringLiteral("Billing export"),
                              QStringLiteral("ci-runner-9"), QStringLiteral("ci-runner-10")}));
        m_proxy->sort(KeyTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(shownNames().first(), QStringLiteral("ci-runner-10"));
    }

    void otherColumnsSortByRawValues()
    {
        m_proxy->sort(KeyTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("archive"), QStringLiteral("ci-runner-9"),
                              QStringLiteral("ci-runner-10"), QStringLiteral("Billing export")}));
        // Never-expiring keys come last; equal values fall back to the name.
        m_proxy->sort(KeyTableModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("archive"), QStringLiteral("ci-runner-10"),
                              QStringLiteral("Billing export"), QStringLiteral("ci-runner-9")}));
        // Descending reverses the name fallback too.
        m_proxy->sort(KeyTableModel::TenantsColumn, Qt::DescendingOrder);
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-runner-10"), QStringLiteral("archive"),
                              QStringLiteral("ci-runner-9"), QStringLiteral("Billing export")}));
    }

    void textFiltersAsItChanges()
    {
        setText(QStringLiteral("ci"));
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-runner-9"), QStringLiteral("ci-runner-10")}));
        setText(QStringLiteral("ci acme"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-runner-10")});
        setText(QStringLiteral("deployer"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-runner-10")});
        setText(QStringLiteral("nothing like this"));
        QCOMPARE(m_proxy->rowCount(), 0);
        setText(QString());
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void statusExpiryAndTenantFilter()
    {
        KeyFilter filter;
        filter.setStatus(KeyStatus::Expired);
        m_proxy->setFilter(filter);
        QCOMPARE(shownNames(), QStringList{QStringLiteral("archive")});

        filter = {};
        filter.setStatus(KeyStatus::Inactive);
        m_proxy->setFilter(filter);
        QCOMPARE(shownNames(), QStringList{QStringLiteral("Billing export")});

        filter = {};
        filter.setExpiringWithinDays(30);
        m_proxy->setFilter(filter);
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-runner-10")});

        filter = {};
        filter.setTenantId(QStringLiteral("T2Acme"));
        m_proxy->setFilter(filter);
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("archive"), QStringLiteral("ci-runner-10")}));
    }

    void updatedKeysMoveInAndOutOfTheFilter()
    {
        KeyFilter filter;
        filter.setStatus(KeyStatus::Active);
        m_proxy->setFilter(filter);
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-runner-9"), QStringLiteral("ci-runner-10")}));

        AccessKey billing = m_model->key(m_model->rowOfKey(QStringLiteral("K2Bill")));
        billing.active = true;
        AccessKey ci9 = m_model->key(m_model->rowOfKey(QStringLiteral("K2Ci9")));
        ci9.active = false;
        m_model->updateKeys(
            {billing, ci9, makeKey(QStringLiteral("K2Z"), QStringLiteral("ci-runner-2"))});
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("Billing export"), QStringLiteral("ci-runner-2"),
                              QStringLiteral("ci-runner-10")}));

        m_model->removeKeys({QStringLiteral("K2Bill")});
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-runner-2"), QStringLiteral("ci-runner-10")}));
    }

    void renamedKeysMoveToTheirNewPlace()
    {
        AccessKey archive = m_model->key(m_model->rowOfKey(QStringLiteral("K2Old")));
        archive.name = QStringLiteral("zz archive");
        m_model->updateKeys({archive});
        QCOMPARE(shownNames().last(), QStringLiteral("zz archive"));
    }

    void narrowingStillSeesKeysThatChanged()
    {
        setText(QStringLiteral("ci"));
        AccessKey archive = m_model->key(m_model->rowOfKey(QStringLiteral("K2Old")));
        archive.name = QStringLiteral("ci-archive");
        m_model->updateKeys({archive});
        QCOMPARE(shownNames().first(), QStringLiteral("ci-archive"));
        // Typing on tests only what was shown, and the renamed key was.
        setText(QStringLiteral("ci-a"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-archive")});

        // Rows added meanwhile are not left out by the narrowing either.
        m_model->updateKeys({makeKey(QStringLiteral("K2Zeta"), QStringLiteral("ci-archive-2"))});
        setText(QStringLiteral("ci-ar"));
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-archive"), QStringLiteral("ci-archive-2")}));
        setText(QStringLiteral("ci"));
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void aFilterTypedAgainSeesKeysThatChangedMeanwhile()
    {
        setText(QStringLiteral("ci"));
        QCOMPARE(m_proxy->rowCount(), 2);
        setText(QString());
        // The decisions for "ci" are remembered, but a rename makes them stale.
        AccessKey archive = m_model->key(m_model->rowOfKey(QStringLiteral("K2Old")));
        archive.name = QStringLiteral("ci-archive");
        m_model->updateKeys({archive});
        setText(QStringLiteral("ci"));
        QCOMPARE(shownNames(),
                 (QStringList{QStringLiteral("ci-archive"), QStringLiteral("ci-runner-9"),
                              QStringLiteral("ci-runner-10")}));
        // Without a change in between, the remembered decisions are the right ones.
        setText(QStringLiteral("ci-r"));
        setText(QStringLiteral("ci"));
        QCOMPARE(m_proxy->rowCount(), 3);
        m_model->removeKeys({QStringLiteral("K2Ci9")});
        setText(QStringLiteral("ci-r"));
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-runner-10")});
    }

    void aRemovedRowLeavesTheSelectionOnTheOthers()
    {
        QItemSelectionModel selection(m_proxy.get());
        for (const int row : {0, 2})
            selection.select(m_proxy->index(row, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList selected = m_proxy->keyIds(selection.selectedRows());
        QCOMPARE(selected.size(), 2);
        m_model->removeKeys({selected.first()});
        QCOMPARE(m_proxy->keyIds(selection.selectedRows()), QStringList{selected.last()});
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void aFilterThatHidesNothingNewChangesNothing()
    {
        setText(QStringLiteral("ci"));
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        // Every key shown for "ci" has "c" too: the table stays as it is, unannounced.
        KeyFilter filter = m_proxy->filter();
        filter.setText(QStringLiteral("ci-"));
        m_proxy->setFilter(filter);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(m_proxy->rowCount(), 2);
        setText(QStringLiteral("ci-runner-1"));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(shownNames(), QStringList{QStringLiteral("ci-runner-10")});
    }

    void manyRowsAreFilteredLikeOne()
    {
        // Enough rows for the filter to be decided on several threads.
        QList<AccessKey> keys;
        for (int i = 0; i < 30'000; ++i) {
            AccessKey key = makeKey(QStringLiteral("K2Many%1").arg(i),
                                    QStringLiteral("key-%1").arg(i), 0, i % 3 != 0);
            keys.append(key);
        }
        m_model->setKeys(keys);
        KeyFilter filter;
        filter.setText(QStringLiteral("key-12"));
        filter.setStatus(KeyStatus::Active);
        int expected = 0;
        for (const AccessKey &key : std::as_const(keys))
            expected += filter.accepts(key, Now) ? 1 : 0;
        QVERIFY(expected > 0);
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), expected);
        filter.setText(QStringLiteral("key-123"));
        expected = 0;
        for (const AccessKey &key : std::as_const(keys))
            expected += filter.accepts(key, Now) ? 1 : 0;
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), expected);
    }

    void selectionBecomesKeyIdsOncePerKey()
    {
        QItemSelectionModel selection(m_proxy.get());
        selection.select(m_proxy->index(3, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(m_proxy->index(0, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList ids = m_proxy->keyIds(selection.selectedIndexes());
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.contains(QStringLiteral("K2Ci")));
        QVERIFY(ids.contains(QStringLiteral("K2Old")));
    }

    void aFilterChangeKeepsTheSelection()
    {
        QItemSelectionModel selection(m_proxy.get());
        selection.select(m_proxy->index(3, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        setText(QStringLiteral("ci"));
        QCOMPARE(m_proxy->keyIds(selection.selectedRows()), QStringList{QStringLiteral("K2Ci")});
        setText(QStringLiteral("archive"));
        QVERIFY(selection.selectedRows().isEmpty());
    }
};

QTEST_MAIN(TestKeyFilterProxyModel)
#include "tst_key_filter_proxy_model.moc"
