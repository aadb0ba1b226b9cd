// The filter bar on its own: what each control puts in the filter, the tenant kept apart for
// the server, and the state saved and restored through QSettings.

#include "KeyFilterBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace descope;

namespace {

const QString Project = QStringLiteral("P2FilterBarTest");

QList<Tenant> sampleTenants()
{
    return {{QStringLiteral("T2Acme"), QStringLiteral("Acme Corp")},
            {QStringLiteral("T2Globex"), QStringLiteral("Globex")}};
}

} // namespace

class TestKeyFilterBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QLineEdit *search(const KeyFilterBar &bar)
    {
        return bar.findChild<QLineEdit *>(QStringLiteral("searchField"));
    }
    static QComboBox *status(const KeyFilterBar &bar)
    {
        return bar.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    }
    static QComboBox *tenant(const KeyFilterBar &bar)
    {
        return bar.findChild<QComboBox *>(QStringLiteral("tenantFilter"));
    }

private Q_SLOTS:
    void typingChangesTheFilterAtOnce()
    {
        KeyFilterBar bar;
        QSignalSpy changed(&bar, &KeyFilterBar::filterChanged);
        QTest::keyClicks(search(bar), QStringLiteral("ci"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(bar.filter().text(), QStringLiteral("ci"));
    }

    void statusChoicesBecomeCriteria()
    {
        KeyFilterBar bar;
        QCOMPARE(bar.filter(), KeyFilter());
        status(bar)->setCurrentIndex(status(bar)->findText(QStringLiteral("Expired")));
        QCOMPARE(bar.filter().status(), std::optional<KeyStatus>(KeyStatus::Expired));

        bar.setExpiringSoonDays(7);
        const int soon = status(bar)->findData(QStringLiteral("expiring-soon"));
        QCOMPARE(status(bar)->itemText(soon), QStringLiteral("Expiring within 7 day(s)"));
        status(bar)->setCurrentIndex(soon);
        QCOMPARE(bar.filter().status(), std::nullopt);
        QCOMPARE(bar.filter().expiringWithinDays(), std::optional<int>(7));
    }

    void theTenantIsReportedApart()
    {
        KeyFilterBar bar;
        bar.setTenants(sampleTenants());
        QCOMPARE(tenant(bar)->count(), 3);
        QSignalSpy tenantChanged(&bar, &KeyFilterBar::tenantChanged);
        QSignalSpy filterChanged(&bar, &KeyFilterBar::filterChanged);
        tenant(bar)->setCurrentIndex(2);
        Q_EMIT tenant(bar)->activated(2);
        QCOMPARE(tenantChanged.size(), 1);
        QCOMPARE(tenantChanged.first().first().toString(), QStringLiteral("T2Globex"));
        QCOMPARE(filterChanged.size(), 0);
        // The tenant is the server's question, not part of the client-side filter.
        QVERIFY(bar.filter().tenantId().isEmpty());

        // A new list keeps the choice when it is still there.
        bar.setTenants(sampleTenants());
        QCOMPARE(bar.tenantId(), QStringLiteral("T2Globex"));
    }

    void clearResetsEverything()
    {
        KeyFilterBar bar;
        bar.setTenants(sampleTenants());
        QTest::keyClicks(search(bar), QStringLiteral("billing"));
        status(bar)->setCurrentIndex(1);
        tenant(bar)->setCurrentIndex(1);
        QSignalSpy tenantChanged(&bar, &KeyFilterBar::tenantChanged);
        QSignalSpy filterChanged(&bar, &KeyFilterBar::filterChanged);
        bar.clear();
        QCOMPARE(bar.filter(), KeyFilter());
        QVERIFY(bar.tenantId().isEmpty());
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(tenantChanged.size(), 1);
    }

    void stateSurvivesARestartEvenBeforeTenantsArrive()
    {
        QVERIFY(m_dir.isValid());
        QSettings settings(m_dir.filePath(QStringLiteral("filters.ini")), QSettings::IniFormat);
        {
            KeyFilterBar bar;
            bar.setTenants(sampleTenants());
            search(bar)->setText(QStringLiteral("deploy"));
            status(bar)->setCurrentIndex(status(bar)->findText(QStringLiteral("Inactive")));
            tenant(bar)->setCurrentIndex(1);
            bar.saveState(settings, Project);
        }
        KeyFilterBar restored;
        QSignalSpy filterChanged(&restored, &KeyFilterBar::filterChanged);
        restored.restoreState(settings, Project);
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(restored.filter().text(), QStringLiteral("deploy"));
        QCOMPARE(restored.filter().status(), std::optional<KeyStatus>(KeyStatus::Inactive));
        // Asked for before the list arrives, and shown once it does.
        QCOMPARE(restored.tenantId(), QStringLiteral("T2Acme"));
        restored.setTenants(sampleTenants());
        QCOMPARE(tenant(restored)->currentText(), QStringLiteral("Acme Corp"));
        QCOMPARE(restored.tenantId(), QStringLiteral("T2Acme"));
    }

    void anotherProjectsFiltersAreNotRestored()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("projects.ini")), QSettings::IniFormat);
        // The one filter for every project that earlier versions kept belongs to none.
        settings.setValue(QStringLiteral("KeyFilter/text"), QStringLiteral("legacy"));
        KeyFilterBar bar;
        search(bar)->setText(QStringLiteral("deploy"));
        bar.saveState(settings, Project);
        QVERIFY(!settings.contains(QStringLiteral("KeyFilter/text")));
        KeyFilterBar other;
        other.restoreState(settings, QStringLiteral("P2AnotherProject"));
        QVERIFY(other.filter().isEmpty());
        QVERIFY(!other.isActive());
        other.restoreState(settings, Project);
        QCOMPARE(other.filter().text(), QStringLiteral("deploy"));
        QVERIFY(other.isActive());
        QVERIFY2(other.activeFiltersText().contains(QStringLiteral("deploy")),
                 qPrintable(other.activeFiltersText()));
    }

    void escapeClearsTheSearch()
    {
        KeyFilterBar bar;
        search(bar)->setText(QStringLiteral("deploy"));
        QTest::keyClick(search(bar), Qt::Key_Escape);
        QVERIFY(search(bar)->text().isEmpty());
    }

    void aTenantThatIsGoneIsDropped()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("gone.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("KeyFilters/P2FilterBarTest/tenant"),
                          QStringLiteral("T2Deleted"));
        KeyFilterBar bar;
        bar.restoreState(settings, Project);
        QCOMPARE(bar.tenantId(), QStringLiteral("T2Deleted"));
        QSignalSpy tenantChanged(&bar, &KeyFilterBar::tenantChanged);
        bar.setTenants(sampleTenants());
        QVERIFY(bar.tenantId().isEmpty());
        QCOMPARE(tenantChanged.size(), 1);
        QVERIFY(tenantChanged.first().first().toString().isEmpty());
    }

    void anUnknownSavedStatusFallsBackToAll()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("odd.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("KeyFilters/P2FilterBarTest/status"),
                          QStringLiteral("bogus"));
        KeyFilterBar bar;
        bar.restoreState(settings, Project);
        QCOMPARE(status(bar)->currentIndex(), 0);
        QCOMPARE(bar.filter(), KeyFilter());
    }
};

QTEST_MAIN(TestKeyFilterBar)
#include "tst_key_filter_bar.moc"
