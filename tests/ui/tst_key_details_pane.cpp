// The key details pane: every field of one key as selectable text and JSON trees, the words it
// shows for missing values, and the placeholder shown when no single key is selected.

#include "JsonTreeWidget.h"
#include "KeyDetailsPane.h"
#include "KeyTimeFormat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace descope;

namespace {

constexpr qint64 Now = 1'800'000'000;
constexpr qint64 Day = 24 * 60 * 60;

AccessKey fullKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2AbCdEf");
    key.name = QStringLiteral("billing-export-prod");
    key.description = QStringLiteral("Nightly export job");
    key.roleNames = {QStringLiteral("Viewer"), QStringLiteral("Auditor")};
    key.keyTenants = {
        {QStringLiteral("T2Acme"),
         QStringLiteral("Acme Corp"),
         {QStringLiteral("Tenant Admin"), QStringLiteral("Viewer")}},
        {QStringLiteral("T2Beta"), QString(), {QStringLiteral("Auditor")}},
        {QStringLiteral("T2Globex"), QStringLiteral("Globex"), {}},
    };
    key.active = true;
    key.createdTime = Now - 30 * Day;
    key.expireTime = Now + 10 * Day;
    key.createdBy = QStringLiteral("alice@acme.example");
    key.clientId = QStringLiteral("C2client");
    key.boundUserId = QStringLiteral("U2bob");
    key.customClaims = QJsonObject{
        {QStringLiteral("department"), QStringLiteral("finance")},
        {QStringLiteral("beta"), true},
        {QStringLiteral("ratio"), 0.75},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("daily"), 5000},
                                               {QStringLiteral("currency"), QStringLiteral("EUR")},
                                               {QStringLiteral("burst"), QJsonValue::Null}}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("read"), QStringLiteral("export"),
                                              QJsonObject{{QStringLiteral("level"), 2}}}},
    };
    key.permittedIps = {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.7")};
    key.customAttributes = QJsonObject{
        {QStringLiteral("costCenter"), QStringLiteral("CC-42")},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("team"), QStringLiteral("data")}}},
    };
    return key;
}

// A key with nothing but its ID, name and status.
AccessKey bareKey()
{
    AccessKey key;
    key.id = QStringLiteral("K2Bare");
    key.name = QStringLiteral("bare");
    return key;
}

QString exactAndRelative(qint64 seconds)
{
    return QStringLiteral("%1 (%2)").arg(formatLocalDateTime(seconds),
                                         formatRelativeTime(seconds, Now));
}

} // namespace

class TestKeyDetailsPane : public QObject
{
    Q_OBJECT

private:
    QLabel *label(const char *objectName) const
    {
        return m_pane->findChild<QLabel *>(QString::fromLatin1(objectName));
    }

    // A missing label reads as a sentence no expected value can equal.
    QString text(const char *objectName) const
    {
        const QLabel *found = label(objectName);
        return found ? found->text()
                     : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
    }

    JsonTreeWidget *tree(const char *objectName) const
    {
        return m_pane->findChild<JsonTreeWidget *>(QString::fromLatin1(objectName));
    }

    bool detailsShown() const
    {
        const auto *details = m_pane->findChild<QScrollArea *>(QStringLiteral("detailsScrollArea"));
        return details && details->isVisible() && !label("detailsPlaceholder")->isVisible();
    }

    static void compareItem(const QTreeWidgetItem *item, const QString &name, const QString &value,
                            const QString &type, int childCount)
    {
        QVERIFY(item);
        QCOMPARE(item->text(JsonTreeWidget::NameColumn), name);
        QCOMPARE(item->text(JsonTreeWidget::ValueColumn), value);
        QCOMPARE(item->text(JsonTreeWidget::TypeColumn), type);
        QCOMPARE(item->childCount(), childCount);
    }

    KeyDetailsPane *m_pane = nullptr;

private Q_SLOTS:
    void init()
    {
        m_pane = new KeyDetailsPane;
        m_pane->resize(500, 700);
        m_pane->show();
    }

    void cleanup()
    {
        delete m_pane;
        m_pane = nullptr;
    }

    void hasItsObjectName() { QCOMPARE(m_pane->objectName(), QStringLiteral("keyDetailsPane")); }

    void showsEveryField()
    {
        m_pane->showKey(fullKey(), Now);

        QVERIFY(detailsShown());
        QCOMPARE(text("detailsName"), QStringLiteral("billing-export-prod"));
        QCOMPARE(text("detailsHeadingStatus"), QStringLiteral("Active"));
        QCOMPARE(text("detailsKeyId"), QStringLiteral("K2AbCdEf"));
        QCOMPARE(text("detailsStatus"), QStringLiteral("Active"));
        QCOMPARE(text("detailsDescription"), QStringLiteral("Nightly export job"));
        QCOMPARE(text("detailsCreated"), exactAndRelative(Now - 30 * Day));
        QVERIFY2(text("detailsCreated").endsWith(QStringLiteral(" ago)")),
                 qPrintable(text("detailsCreated")));
        QCOMPARE(text("detailsExpires"), exactAndRelative(Now + 10 * Day));
        QVERIFY2(text("detailsExpires").contains(QStringLiteral("(in ")),
                 qPrintable(text("detailsExpires")));
        QCOMPARE(text("detailsCreatedBy"), QStringLiteral("alice@acme.example"));
        QCOMPARE(text("detailsBoundUser"), QStringLiteral("U2bob"));
        QCOMPARE(text("detailsClientId"), QStringLiteral("C2client"));
        QCOMPARE(text("detailsRoles"), QStringLiteral("Viewer, Auditor"));
        QCOMPARE(text("detailsTenants"), QStringLiteral("Acme Corp (T2Acme): Tenant Admin, Viewer\n"
                                                        "T2Beta: Auditor\n"
                                                        "Globex (T2Globex): no roles"));
        QCOMPARE(text("detailsPermittedIps"), QStringLiteral("10.0.0.0/8\n192.168.1.7"));
        QVERIFY(!label("detailsReadOnly")->isVisible());
        QCOMPARE(label("detailsBoundUser")->foregroundRole(), QPalette::WindowText);
    }

    void claimsTreeShowsNestedObjectsAndArrays()
    {
        m_pane->showKey(fullKey(), Now);
        const JsonTreeWidget *claims = tree("detailsClaimsTree");
        QVERIFY(claims);
        QVERIFY(claims->isVisible());
        QVERIFY(!label("detailsClaimsEmpty")->isVisible());
        QCOMPARE(claims->columnCount(), 3);
        QCOMPARE(claims->headerItem()->text(JsonTreeWidget::NameColumn), QStringLiteral("Name"));
        QCOMPARE(claims->headerItem()->text(JsonTreeWidget::ValueColumn), QStringLiteral("Value"));
        QCOMPARE(claims->headerItem()->text(JsonTreeWidget::TypeColumn), QStringLiteral("Type"));

        // QJsonObject orders members by name.
        QCOMPARE(claims->topLevelItemCount(), 5);
        compareItem(claims->topLevelItem(0), QStringLiteral("beta"), QStringLiteral("true"),
                    QStringLiteral("boolean"), 0);
        compareItem(claims->topLevelItem(1), QStringLiteral("department"),
                    QStringLiteral("finance"), QStringLiteral("string"), 0);
        compareItem(claims->topLevelItem(2), QStringLiteral("limits"), QStringLiteral("3 field(s)"),
                    QStringLiteral("object"), 3);
        compareItem(claims->topLevelItem(3), QStringLiteral("ratio"), QStringLiteral("0.75"),
                    QStringLiteral("number"), 0);
        compareItem(claims->topLevelItem(4), QStringLiteral("scopes"), QStringLiteral("3 item(s)"),
                    QStringLiteral("array"), 3);
        if (QTest::currentTestFailed())
            return;

        const QTreeWidgetItem *limits = claims->topLevelItem(2);
        compareItem(limits->child(0), QStringLiteral("burst"), QStringLiteral("null"),
                    QStringLiteral("null"), 0);
        compareItem(limits->child(1), QStringLiteral("currency"), QStringLiteral("EUR"),
                    QStringLiteral("string"), 0);
        compareItem(limits->child(2), QStringLiteral("daily"), QStringLiteral("5000"),
                    QStringLiteral("number"), 0);

        const QTreeWidgetItem *scopes = claims->topLevelItem(4);
        compareItem(scopes->child(0), QStringLiteral("[0]"), QStringLiteral("read"),
                    QStringLiteral("string"), 0);
        compareItem(scopes->child(1), QStringLiteral("[1]"), QStringLiteral("export"),
                    QStringLiteral("string"), 0);
        compareItem(scopes->child(2), QStringLiteral("[2]"), QStringLiteral("1 field(s)"),
                    QStringLiteral("object"), 1);
        if (QTest::currentTestFailed())
            return;
        // Through a checked local: GCC's -Wnull-dereference cannot see that child(2) exists.
        const QTreeWidgetItem *nested = scopes->child(2);
        QVERIFY(nested);
        compareItem(nested->child(0), QStringLiteral("level"), QStringLiteral("2"),
                    QStringLiteral("number"), 0);

        QVERIFY(limits->isExpanded());
        QVERIFY(scopes->isExpanded());
        QVERIFY(nested->isExpanded());
    }

    void attributesTreeShowsTheAttributes()
    {
        m_pane->showKey(fullKey(), Now);
        const JsonTreeWidget *attributes = tree("detailsAttributesTree");
        QVERIFY(attributes);
        QVERIFY(attributes->isVisible());
        QVERIFY(!label("detailsAttributesEmpty")->isVisible());
        QCOMPARE(attributes->topLevelItemCount(), 2);
        compareItem(attributes->topLevelItem(0), QStringLiteral("costCenter"),
                    QStringLiteral("CC-42"), QStringLiteral("string"), 0);
        compareItem(attributes->topLevelItem(1), QStringLiteral("owner"),
                    QStringLiteral("1 field(s)"), QStringLiteral("object"), 1);
        if (QTest::currentTestFailed())
            return;
        compareItem(attributes->topLevelItem(1)->child(0), QStringLiteral("team"),
                    QStringLiteral("data"), QStringLiteral("string"), 0);
    }

    void treePrintsNumbersInFull()
    {
        JsonTreeWidget json;
        // A Unix time in milliseconds, which the shortest double format writes as 1.8e+12.
        json.setJson(QJsonObject{{QStringLiteral("big"), qint64(1'800'000'000'000)},
                                 {QStringLiteral("negative"), -12.5}});
        QCOMPARE(json.topLevelItem(0)->text(JsonTreeWidget::ValueColumn),
                 QStringLiteral("1800000000000"));
        QCOMPARE(json.topLevelItem(1)->text(JsonTreeWidget::ValueColumn), QStringLiteral("-12.5"));
    }

    void treeCopiesValues()
    {
        m_pane->showKey(fullKey(), Now);
        JsonTreeWidget *claims = tree("detailsClaimsTree");
        QVERIFY(claims);

        QCOMPARE(JsonTreeWidget::copyText(claims->topLevelItem(1)), QStringLiteral("finance"));
        QCOMPARE(JsonTreeWidget::copyText(claims->topLevelItem(2)),
                 QStringLiteral("{\"burst\":null,\"currency\":\"EUR\",\"daily\":5000}"));
        QCOMPARE(JsonTreeWidget::copyText(claims->topLevelItem(4)),
                 QStringLiteral("[\"read\",\"export\",{\"level\":2}]"));

        QGuiApplication::clipboard()->clear();
        claims->setCurrentItem(claims->topLevelItem(2)->child(1));
        claims->copyCurrentValue();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("EUR"));
    }

    void treeInThePaneShowsEveryRow()
    {
        m_pane->showKey(fullKey(), Now);
        JsonTreeWidget *claims = tree("detailsClaimsTree");
        QVERIFY(claims);
        QTRY_COMPARE(claims->height(), claims->sizeHint().height());
        QCOMPARE(claims->verticalScrollBar()->maximum(), 0);
    }

    void treeHeightFollowsExpandedRows()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *json = new JsonTreeWidget(&window);
        layout->addWidget(json);
        layout->addStretch();
        // Children with short names and the same type, so that collapsing leaves every column
        // as wide as it was.
        json->setJson(QJsonObject{
            {QStringLiteral("a member with a long name"), QJsonArray{QJsonArray{}, QJsonArray{}}}});
        window.resize(400, 600);
        window.show();
        QTRY_COMPARE(json->height(), json->sizeHint().height());
        QCOMPARE(json->verticalScrollBar()->maximum(), 0);
        const int expandedHeight = json->height();

        json->collapseItem(json->topLevelItem(0));
        QTRY_VERIFY(json->height() < expandedHeight);
        QCOMPARE(json->height(), json->sizeHint().height());

        json->expandItem(json->topLevelItem(0));
        QTRY_COMPARE(json->height(), expandedHeight);
    }

    void treeMakesRoomForItsHorizontalScrollBar()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *json = new JsonTreeWidget(&window);
        layout->addWidget(json);
        layout->addStretch();
        json->setJson(QJsonObject{{QStringLiteral("a member name"), 1}, {QStringLiteral("b"), 2}});
        const QTreeWidgetItem *lastItem = json->topLevelItem(1);
        window.resize(800, 600);
        window.show();
        QTRY_COMPARE(json->height(), json->sizeHint().height());
        QVERIFY(!json->horizontalScrollBar()->isVisible());

        // Just wide enough with the Value column at its narrowest, then a little narrower: the
        // scroll bar appears while no column changes width.
        QHeaderView *header = json->header();
        const int columnsWidth = header->sectionSize(JsonTreeWidget::NameColumn) +
                                 header->sectionSize(JsonTreeWidget::TypeColumn) +
                                 header->minimumSectionSize();
        const int chrome = window.width() - json->viewport()->width();
        window.resize(columnsWidth + chrome, 600);
        QTRY_COMPARE(header->sectionSize(JsonTreeWidget::ValueColumn),
                     header->minimumSectionSize());
        QVERIFY(!json->horizontalScrollBar()->isVisible());

        window.resize(columnsWidth + chrome - 10, 600);
        QTRY_VERIFY(json->horizontalScrollBar()->isVisible());
        QTRY_COMPARE(json->height(), json->sizeHint().height());
        QVERIFY(json->visualItemRect(lastItem).bottom() < json->viewport()->height());
    }

    void longValuesWrapToTheColumnWidth()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *json = new JsonTreeWidget(&window);
        layout->addWidget(json);
        layout->addStretch();
        json->setJson(QJsonObject{
            {QStringLiteral("long"), QStringLiteral("one two three four five six seven eight nine "
                                                    "ten eleven twelve thirteen fourteen")},
            {QStringLiteral("short"), 1}});
        const QTreeWidgetItem *longItem = json->topLevelItem(0);
        const QTreeWidgetItem *shortItem = json->topLevelItem(1);
        window.resize(1200, 400);
        window.show();
        QTRY_COMPARE(json->visualItemRect(longItem).height(),
                     json->visualItemRect(shortItem).height());

        window.resize(200, 400);
        QTRY_VERIFY(json->visualItemRect(longItem).height() >
                    2 * json->visualItemRect(shortItem).height());
        QTRY_COMPARE(json->height(), json->sizeHint().height());
        QCOMPARE(json->verticalScrollBar()->maximum(), 0);
    }

    void neverExpiringKey()
    {
        AccessKey key = fullKey();
        key.expireTime = 0;
        m_pane->showKey(key, Now);
        QCOMPARE(text("detailsExpires"), QStringLiteral("Never"));
        QCOMPARE(text("detailsStatus"), QStringLiteral("Active"));
    }

    void expiredKey()
    {
        AccessKey key = fullKey();
        key.expireTime = Now - 3 * Day;
        m_pane->showKey(key, Now);
        QCOMPARE(text("detailsStatus"), QStringLiteral("Expired"));
        QCOMPARE(text("detailsHeadingStatus"), QStringLiteral("Expired"));
        QCOMPARE(text("detailsExpires"), QStringLiteral("Expired on %1 (%2)")
                                             .arg(formatLocalDateTime(Now - 3 * Day),
                                                  formatRelativeTime(Now - 3 * Day, Now)));
    }

    void expiryIsMeasuredAgainstTheGivenTime()
    {
        AccessKey key = fullKey();
        key.expireTime = Now;
        m_pane->showKey(key, Now - 1);
        QCOMPARE(text("detailsStatus"), QStringLiteral("Active"));
        m_pane->showKey(key, Now);
        QCOMPARE(text("detailsStatus"), QStringLiteral("Expired"));
    }

    void inactiveKey()
    {
        AccessKey key = fullKey();
        key.active = false;
        m_pane->showKey(key, Now);
        QCOMPARE(text("detailsStatus"), QStringLiteral("Inactive"));
        QCOMPARE(text("detailsHeadingStatus"), QStringLiteral("Inactive"));
    }

    void readOnlyKeySaysSo()
    {
        AccessKey key = fullKey();
        key.editable = false;
        m_pane->showKey(key, Now);
        QVERIFY(label("detailsReadOnly")->isVisible());
    }

    void emptyFieldsShowTheirWords()
    {
        m_pane->showKey(bareKey(), Now);
        QCOMPARE(text("detailsDescription"), QStringLiteral("None"));
        QCOMPARE(text("detailsCreated"), QStringLiteral("Unknown"));
        QCOMPARE(text("detailsExpires"), QStringLiteral("Never"));
        QCOMPARE(text("detailsCreatedBy"), QStringLiteral("Unknown"));
        QCOMPARE(text("detailsBoundUser"), QStringLiteral("None"));
        QCOMPARE(text("detailsClientId"), QStringLiteral("None"));
        QCOMPARE(text("detailsRoles"), QStringLiteral("None"));
        QCOMPARE(text("detailsTenants"), QStringLiteral("None"));
        QCOMPARE(text("detailsPermittedIps"), QStringLiteral("Any address"));
        QCOMPARE(text("detailsClaimsEmpty"), QStringLiteral("No custom claims"));
        QCOMPARE(text("detailsAttributesEmpty"), QStringLiteral("No custom attributes"));
        QVERIFY(label("detailsClaimsEmpty")->isVisible());
        QVERIFY(label("detailsAttributesEmpty")->isVisible());
        QVERIFY(!tree("detailsClaimsTree")->isVisible());
        QVERIFY(!tree("detailsAttributesTree")->isVisible());
        QCOMPARE(tree("detailsClaimsTree")->topLevelItemCount(), 0);
        // Missing-value words are set apart from real values that might read the same.
        QCOMPARE(label("detailsBoundUser")->foregroundRole(), QPalette::PlaceholderText);
    }

    void nextKeyReplacesEverything()
    {
        m_pane->showKey(fullKey(), Now);
        m_pane->showKey(bareKey(), Now);
        QCOMPARE(text("detailsName"), QStringLiteral("bare"));
        QCOMPARE(text("detailsKeyId"), QStringLiteral("K2Bare"));
        QCOMPARE(text("detailsRoles"), QStringLiteral("None"));
        QCOMPARE(label("detailsRoles")->foregroundRole(), QPalette::PlaceholderText);
        QCOMPARE(tree("detailsAttributesTree")->topLevelItemCount(), 0);
        QVERIFY(label("detailsClaimsEmpty")->isVisible());

        m_pane->showKey(fullKey(), Now);
        QCOMPARE(label("detailsRoles")->foregroundRole(), QPalette::WindowText);
        QVERIFY(!label("detailsClaimsEmpty")->isVisible());
        QCOMPARE(tree("detailsClaimsTree")->topLevelItemCount(), 5);
    }

    void valuesAreSelectablePlainText()
    {
        AccessKey key = fullKey();
        key.name = QStringLiteral("<b>not bold</b>");
        m_pane->showKey(key, Now);
        for (const char *name :
             {"detailsName", "detailsKeyId", "detailsStatus", "detailsDescription",
              "detailsCreated", "detailsExpires", "detailsCreatedBy", "detailsBoundUser",
              "detailsClientId", "detailsRoles", "detailsTenants", "detailsPermittedIps"}) {
            const QLabel *value = label(name);
            QVERIFY2(value, name);
            QVERIFY2(value->textInteractionFlags().testFlag(Qt::TextSelectableByMouse), name);
            QVERIFY2(value->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard), name);
            QVERIFY2(value->wordWrap(), name);
            QCOMPARE(value->textFormat(), Qt::PlainText);
        }
        QCOMPARE(text("detailsName"), QStringLiteral("<b>not bold</b>"));
    }

    void placeholder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing selected") << 0 << QStringLiteral("Select a key to see its details");
        QTest::newRow("three selected") << 3 << QStringLiteral("3 keys selected");
    }

    void placeholder()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);

        m_pane->showKey(fullKey(), Now);
        QVERIFY(detailsShown());
        m_pane->showSelectionCount(count);
        QCOMPARE(text("detailsPlaceholder"), expected);
        QVERIFY(label("detailsPlaceholder")->isVisible());
        QVERIFY(!detailsShown());
        QVERIFY(!label("detailsKeyId")->isVisible());
    }

    void newPaneShowsThePlaceholder()
    {
        QCOMPARE(text("detailsPlaceholder"), QStringLiteral("Select a key to see its details"));
        QVERIFY(!detailsShown());
    }

    void keyAfterPlaceholderShowsDetailsAgain()
    {
        m_pane->showSelectionCount(2);
        QVERIFY(!detailsShown());
        m_pane->showKey(fullKey(), Now);
        QVERIFY(detailsShown());
        QVERIFY(label("detailsKeyId")->isVisible());
        QVERIFY(!label("detailsPlaceholder")->isVisible());
    }

    void narrowPaneScrollsAndKeepsItsPlaceForTheSameKey()
    {
        m_pane->resize(220, 200);
        m_pane->showKey(fullKey(), Now);
        const auto *details = m_pane->findChild<QScrollArea *>(QStringLiteral("detailsScrollArea"));
        QVERIFY(details);
        QScrollBar *scrollBar = details->verticalScrollBar();
        QTRY_VERIFY(scrollBar->maximum() > 0);

        scrollBar->setValue(scrollBar->maximum());
        const int bottom = scrollBar->value();
        QVERIFY(bottom > 0);
        m_pane->showKey(fullKey(), Now);
        QCOMPARE(scrollBar->value(), bottom);

        AccessKey other = fullKey();
        other.id = QStringLiteral("K2Other");
        m_pane->showKey(other, Now);
        QCOMPARE(scrollBar->value(), 0);
    }
};

QTEST_MAIN(TestKeyDetailsPane)
#include "tst_key_details_pane.moc"
