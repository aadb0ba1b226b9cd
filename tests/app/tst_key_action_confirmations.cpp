// Mass changes are confirmed with their size (issue 15): activate, deactivate and delete ask
// first with Cancel the default, one key named, many counted and the first few named; above
// KeyActionConfirmation::TypedCountThreshold keys the count must be typed; "Don't ask again
// for a single key" skips only the question about one key, never a batch. What reaches the
// server is checked in the sandbox's request journal.

#include "ConsoleWindowFixture.h"
#include "HttpTestClient.h"
#include "KeyActionConfirmation.h"

#include <QAction>
#include <QSettings>

using namespace descope;

namespace {

constexpr int KeyCount = 60;
static_assert(KeyCount > KeyActionConfirmation::TypedCountThreshold);

const QString Batch = QStringLiteral("/batch");
const QString Activate = QStringLiteral("/accesskey/activate");
const QString Deactivate = QStringLiteral("/accesskey/deactivate");
const QString Delete = QStringLiteral("/accesskey/delete");

} // namespace

class TestKeyActionConfirmations : public QObject
{
    Q_OBJECT

private:
    ConsoleWindowFixture m_console;
    std::unique_ptr<HttpTestClient> m_http;
    QStringList m_ids;   // in name order, as the table shows them
    QStringList m_names; // likewise

    bool setActiveDirectly(const QStringList &ids, bool active)
    {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &id : ids)
            list.push_back(id.toStdString());
        const auto answer =
            m_http->post(active ? QStringLiteral("/v1/mgmt/accesskey/activate/batch")
                                : QStringLiteral("/v1/mgmt/accesskey/deactivate/batch"),
                         {{"ids", list}});
        return answer.status == 200;
    }

    bool serverHolds(const QString &id, bool active)
    {
        const auto answer = m_http->get(QStringLiteral("/v1/mgmt/accesskey?id=") + id);
        return answer.status == 200 && (answer.json()["key"]["status"] == "active") == active;
    }

    int requests() const
    {
        return m_console.requestsTo(Activate) + m_console.requestsTo(Deactivate) +
               m_console.requestsTo(Delete) + m_console.requestsTo(Activate + Batch) +
               m_console.requestsTo(Deactivate + Batch) + m_console.requestsTo(Delete + Batch);
    }

    int activeInTable() const
    {
        int active = 0;
        for (const QString &id : m_ids)
            active += m_console.keyOf(id).active ? 1 : 0;
        return active;
    }

    UserPrompts::Prompt lastPrompt() const
    {
        return UserPrompts::shown().value(UserPrompts::shown().size() - 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_console.start({}));
        m_http = std::make_unique<HttpTestClient>(m_console.host().baseUrl(),
                                                  m_console.host().projectId(),
                                                  m_console.host().managementKey());
        for (int i = 1; i <= KeyCount; ++i) {
            const QString name = QStringLiteral("fleet-runner-%1").arg(i, 2, 10, QLatin1Char('0'));
            const auto created = m_http->post(QStringLiteral("/v1/mgmt/accesskey/create"),
                                              {{"name", name.toStdString()}});
            QCOMPARE(created.status, 200);
            m_ids.append(QString::fromStdString(created.json()["key"]["id"].get<std::string>()));
            m_names.append(name);
        }
    }

    void init()
    {
        QVERIFY(setActiveDirectly(m_ids, true));
        QVERIFY(m_console.openWindow());
        m_console.clearJournal();
    }

    void cleanup()
    {
        m_console.closeWindow();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void deactivatingEveryKeyNeedsTheCountTyped()
    {
        QCOMPARE(m_console.selectAll().size(), KeyCount);

        // Cancel sends nothing.
        UserPrompts::queueTypedAnswer(QStringLiteral("60"), QMessageBox::Cancel);
        m_console.actions()->deactivateKeys->trigger();
        QCOMPARE(UserPrompts::shown().size(), 1);
        const UserPrompts::Prompt question = lastPrompt();
        QCOMPARE(question.typedConfirmation, QStringLiteral("60"));
        QVERIFY2(question.text.contains(QLatin1String("60")), qPrintable(question.text));
        QVERIFY(question.informativeText.contains(QLatin1String("can no longer exchange")));
        // The first few names, and how many more.
        QVERIFY(question.informativeText.contains(m_names.first()));
        QVERIFY(question.informativeText.contains(QLatin1String("55 more")));
        QVERIFY(!question.informativeText.contains(m_names.last()));
        QVERIFY(question.buttonTexts.value(QMessageBox::Yes).contains(QLatin1String("60")));
        QTest::qWait(200);
        QCOMPARE(requests(), 0);
        QVERIFY(!m_console.controller()->runningBatch());

        // A wrong count cannot confirm.
        for (const QString &wrong :
             {QStringLiteral("59"), QStringLiteral("61"), QStringLiteral("sixty"), QString()}) {
            UserPrompts::queueTypedAnswer(wrong);
            m_console.actions()->deactivateKeys->trigger();
            QVERIFY(!m_console.controller()->runningBatch());
        }
        QTest::qWait(200);
        QCOMPARE(requests(), 0);
        QCOMPARE(activeInTable(), KeyCount);

        // The right count deactivates them all.
        UserPrompts::queueTypedAnswer(QStringLiteral("60"));
        m_console.actions()->deactivateKeys->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.controller()->runningBatch(), 20000);
        QCOMPARE(activeInTable(), 0);
        QCOMPARE(m_console.requestsTo(Deactivate + Batch), 1);
        for (const QString &id : std::as_const(m_ids))
            QVERIFY(serverHolds(id, false));
    }

    void everyMassChangeAboveTheThresholdIsTyped_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("activate") << QStringLiteral("activate");
        QTest::addRow("deactivate") << QStringLiteral("deactivate");
        QTest::addRow("delete") << QStringLiteral("delete");
    }

    void everyMassChangeAboveTheThresholdIsTyped()
    {
        QFETCH(QString, action);
        if (action == QLatin1String("activate")) {
            QVERIFY(setActiveDirectly(m_ids, false));
            QVERIFY(m_console.reloadWindow());
        }
        QCOMPARE(m_console.selectAll().size(), KeyCount);
        QAction *trigger = action == QLatin1String("activate") ? m_console.actions()->activateKeys
                           : action == QLatin1String("deactivate")
                               ? m_console.actions()->deactivateKeys
                               : m_console.actions()->deleteKeys;
        QVERIFY(trigger->isEnabled());
        m_console.clearJournal();
        UserPrompts::queueTypedAnswer(QStringLiteral("60"), QMessageBox::Cancel);
        trigger->trigger();
        QCOMPARE(UserPrompts::shown().size(), 1);
        QCOMPARE(lastPrompt().typedConfirmation, QStringLiteral("60"));
        // Unanswered, a typed confirmation is declined.
        trigger->trigger();
        QCOMPARE(UserPrompts::unansweredCount(), 1);
        UserPrompts::reset();
        QTest::qWait(200);
        QCOMPARE(requests(), 0);
        QCOMPARE(m_console.keys()->rowCount(), KeyCount);
    }

    void aFewKeysAreCountedAndNamedWithoutTyping()
    {
        const QStringList three = m_ids.mid(0, 3);
        QVERIFY(m_console.selectOnly(three));
        // Unanswered, the question takes its default: Cancel.
        m_console.actions()->deactivateKeys->trigger();
        QCOMPARE(UserPrompts::unansweredCount(), 1);
        UserPrompts::reset();
        QCOMPARE(requests(), 0);

        UserPrompts::queueAnswer(QMessageBox::Cancel);
        m_console.actions()->deactivateKeys->trigger();
        const UserPrompts::Prompt question = lastPrompt();
        QVERIFY(question.typedConfirmation.isEmpty());
        QVERIFY(question.checkBoxText.isEmpty()); // never skipped for several keys
        QVERIFY2(question.text.contains(QLatin1String("3 keys")), qPrintable(question.text));
        for (int i = 0; i < 3; ++i)
            QVERIFY(question.informativeText.contains(m_names.at(i)));
        QTest::qWait(200);
        QCOMPARE(requests(), 0);

        UserPrompts::queueAnswer(QMessageBox::Yes);
        m_console.actions()->deactivateKeys->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_console.controller()->runningBatch(), 20000);
        for (const QString &id : three)
            QTRY_VERIFY(!m_console.keyOf(id).active);
        QCOMPARE(m_console.requestsTo(Deactivate + Batch), 1);
        QCOMPARE(activeInTable(), KeyCount - 3);
    }

    void activatingOneKeyAsksUnlessTheSettingIsOff()
    {
        const QString id = m_ids.at(7);
        QVERIFY(setActiveDirectly({id}, false));
        QVERIFY(m_console.reloadWindow());
        QVERIFY(m_console.selectOnly({id}));
        QVERIFY(KeyActionConfirmation::asksForSingleKey());
        m_console.clearJournal();

        UserPrompts::queueAnswer(QMessageBox::Cancel);
        m_console.actions()->activateKeys->trigger();
        QCOMPARE(UserPrompts::shown().size(), 1);
        const UserPrompts::Prompt question = lastPrompt();
        QVERIFY2(question.text.contains(m_names.at(7)), qPrintable(question.text));
        QVERIFY(question.informativeText.contains(QLatin1String("exchange it for sessions again")));
        QVERIFY(!question.checkBoxText.isEmpty());
        QTest::qWait(200);
        QCOMPARE(requests(), 0);
        QVERIFY(!m_console.keyOf(id).active);

        // Yes, and don't ask again.
        UserPrompts::queueAnswer(QMessageBox::Yes, true);
        m_console.actions()->activateKeys->trigger();
        QTRY_VERIFY(m_console.keyOf(id).active);
        QVERIFY(serverHolds(id, true));
        QVERIFY(!KeyActionConfirmation::asksForSingleKey());
        QVERIFY(QSettings().contains(QStringLiteral("KeyActions/skipSingleKeyQuestion")));

        // Now one key goes without a question.
        QTRY_VERIFY(m_console.actions()->deactivateKeys->isEnabled());
        m_console.actions()->deactivateKeys->trigger();
        QTRY_VERIFY(!m_console.keyOf(id).active);
        QCOMPARE(UserPrompts::shown().size(), 2);
        QCOMPARE(m_console.requestsTo(Activate), 1);
        QCOMPARE(m_console.requestsTo(Deactivate), 1);
    }

    void theSettingNeverSkipsABatchNorADeletion()
    {
        KeyActionConfirmation::setAsksForSingleKey(false);
        QVERIFY(m_console.selectOnly(m_ids.mid(10, 2)));
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        m_console.actions()->deactivateKeys->trigger();
        QCOMPARE(UserPrompts::shown().size(), 1);
        QVERIFY(lastPrompt().text.contains(QLatin1String("2 keys")));

        QCOMPARE(m_console.selectAll().size(), KeyCount);
        UserPrompts::queueTypedAnswer(QStringLiteral("60"), QMessageBox::Cancel);
        m_console.actions()->deactivateKeys->trigger();
        QCOMPARE(UserPrompts::shown().size(), 2);
        QCOMPARE(lastPrompt().typedConfirmation, QStringLiteral("60"));

        // Deleting one key cannot be undone: it always asks, without the check box.
        QVERIFY(m_console.selectOnly({m_ids.at(12)}));
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        m_console.actions()->deleteKeys->trigger();
        QCOMPARE(UserPrompts::shown().size(), 3);
        QVERIFY(lastPrompt().text.contains(m_names.at(12)));
        QVERIFY(lastPrompt().checkBoxText.isEmpty());
        QTest::qWait(200);
        QCOMPARE(requests(), 0);
        QCOMPARE(activeInTable(), KeyCount);
    }
};

QTEST_MAIN(TestKeyActionConfirmations)
#include "tst_key_action_confirmations.moc"
