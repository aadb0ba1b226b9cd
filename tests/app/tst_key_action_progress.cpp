// One request per intent, and it shows (issue 15): with a slow server (the sandbox's latency),
// a single-key action marks the key's row busy ("Deactivating…" in italics), names the action
// and the key in the status bar, and disables the actions for that key until the answer
// comes, so pressing again sends nothing; then everything is as before, with the new state.

#include "ActivityLabel.h"
#include "ConsoleWindowFixture.h"
#include "HttpTestClient.h"
#include "KeyActionConfirmation.h"
#include "KeyEditorDialog.h"

#include <QAction>
#include <QDialog>
#include <QFont>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

using namespace descope;

namespace {

constexpr int LatencyMs = 1500;

} // namespace

class TestKeyActionProgress : public QObject
{
    Q_OBJECT

private:
    ConsoleWindowFixture m_console;
    std::unique_ptr<HttpTestClient> m_http;

    QString createKey(const QString &name)
    {
        const auto created = m_http->post(QStringLiteral("/v1/mgmt/accesskey/create"),
                                          {{"name", name.toStdString()}});
        return created.status == 200
                   ? QString::fromStdString(created.json()["key"]["id"].get<std::string>())
                   : QString();
    }

    ActivityLabel *activity() const
    {
        return ConsoleWindowFixture::child<ActivityLabel>(m_console.window(), "activityLabel");
    }

    QModelIndex statusCell(const QString &id) const
    {
        return m_console.keys()->index(m_console.keys()->rowOfKey(id), KeyTableModel::StatusColumn);
    }

    KeyActivity activityOf(const QString &id) const
    {
        return KeyActivity(statusCell(id).data(KeyTableModel::BusyRole).toInt());
    }

    // What the view shows for the key's status, through the proxy it reads.
    QModelIndex shownStatusCell(const QString &id) const
    {
        return m_console.table()->keyModel()->mapFromSource(statusCell(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.latencyMs = LatencyMs;
        QVERIFY(m_console.start(options));
        m_http = std::make_unique<HttpTestClient>(m_console.host().baseUrl(),
                                                  m_console.host().projectId(),
                                                  m_console.host().managementKey());
    }

    void init()
    {
        QVERIFY(m_console.openWindow());
        // The questions are tested elsewhere; here one key goes without one.
        KeyActionConfirmation::setAsksForSingleKey(false);
    }

    void cleanup()
    {
        m_console.closeWindow();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void aDeactivationInFlightShowsAndCannotBeSentTwice()
    {
        const QString id = createKey(QStringLiteral("slow-runner"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_console.reloadWindow());
        QVERIFY(m_console.selectOnly({id}));
        QVERIFY(m_console.actions()->deactivateKeys->isEnabled());
        QVERIFY(activity()->isHidden());
        m_console.clearJournal();

        m_console.actions()->deactivateKeys->trigger();
        // In flight: the actions for the key wait, ...
        QVERIFY(!m_console.actions()->deactivateKeys->isEnabled());
        QVERIFY(!m_console.actions()->activateKeys->isEnabled());
        QVERIFY(!m_console.actions()->rotateKey->isEnabled());
        QVERIFY(!m_console.actions()->deleteKeys->isEnabled());
        QVERIFY(!m_console.actions()->editKey->isEnabled());
        // ... copying its ID does not, ...
        QVERIFY(m_console.actions()->copyKeyId->isEnabled());
        // ... its row reads what is happening, ...
        QCOMPARE(activityOf(id), KeyActivity::Deactivating);
        QCOMPARE(shownStatusCell(id).data().toString(), QStringLiteral("Deactivating…"));
        QVERIFY(shownStatusCell(id).data(Qt::FontRole).value<QFont>().italic());
        // ... and the status bar names the action and the key.
        QVERIFY(!activity()->isHidden());
        QVERIFY2(activity()->text().contains(QLatin1String("Deactivating")),
                 qPrintable(activity()->text()));
        QVERIFY(activity()->text().contains(QLatin1String("slow-runner")));
        QCOMPARE(activity()->parentWidget(), m_console.window()->statusBar());

        // Pressing again, by the action or its shortcut, sends nothing more.
        m_console.actions()->deactivateKeys->trigger();
        QTest::keySequence(m_console.window(), m_console.actions()->deactivateKeys->shortcut());
        QTest::qWait(LatencyMs / 3);
        QCOMPARE(m_console.requestsTo(QStringLiteral("/deactivate")), 1);

        // The answer restores everything, with the key's new state.
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(id), KeyActivity::None, 10000);
        QVERIFY(!m_console.keyOf(id).active);
        QCOMPARE(shownStatusCell(id).data().toString(), QStringLiteral("Inactive"));
        QVERIFY(!shownStatusCell(id).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(activity()->isHidden());
        QVERIFY(activity()->text().isEmpty());
        QVERIFY(m_console.actions()->activateKeys->isEnabled());
        QVERIFY(m_console.actions()->rotateKey->isEnabled());
        QVERIFY(m_console.actions()->deleteKeys->isEnabled());
        QVERIFY(!m_console.actions()->deactivateKeys->isEnabled());
        QTest::qWait(LatencyMs);
        QCOMPARE(m_console.requestsTo(QStringLiteral("/deactivate")), 1);
    }

    void everySingleKeyActionShowsWhileInFlight_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("activity");
        QTest::addColumn<QString>("statusText");
        QTest::addColumn<QString>("path");
        QTest::addRow("activate") << QStringLiteral("activate") << int(KeyActivity::Activating)
                                  << QStringLiteral("Activating") << QStringLiteral("/activate");
        QTest::addRow("rotate") << QStringLiteral("rotate") << int(KeyActivity::Rotating)
                                << QStringLiteral("Rotating") << QStringLiteral("/rotate");
        QTest::addRow("delete") << QStringLiteral("delete") << int(KeyActivity::Deleting)
                                << QStringLiteral("Deleting") << QStringLiteral("/delete");
        QTest::addRow("save") << QStringLiteral("save") << int(KeyActivity::Saving)
                              << QStringLiteral("Saving") << QStringLiteral("/update");
    }

    void everySingleKeyActionShowsWhileInFlight()
    {
        QFETCH(QString, action);
        QFETCH(int, activity);
        QFETCH(QString, statusText);
        QFETCH(QString, path);
        const QString name = QStringLiteral("busy-%1").arg(action);
        const QString id = createKey(name);
        QVERIFY(!id.isEmpty());
        if (action == QLatin1String("activate")) {
            QCOMPARE(m_http
                         ->post(QStringLiteral("/v1/mgmt/accesskey/deactivate"),
                                {{"id", id.toStdString()}})
                         .status,
                     200);
        }
        QVERIFY(m_console.reloadWindow());
        QVERIFY(m_console.selectOnly({id}));
        m_console.clearJournal();

        QPointer<KeyEditorDialog> editor;
        if (action == QLatin1String("activate")) {
            m_console.actions()->activateKeys->trigger();
        } else if (action == QLatin1String("rotate")) {
            UserPrompts::queueAnswer(QMessageBox::Yes);
            m_console.actions()->rotateKey->trigger();
        } else if (action == QLatin1String("delete")) {
            UserPrompts::queueAnswer(QMessageBox::Yes);
            m_console.actions()->deleteKeys->trigger();
        } else {
            m_console.actions()->editKey->trigger();
            editor = m_console.waitForDialog<KeyEditorDialog>("keyEditorDialog");
            QVERIFY(QTest::qWaitFor([&editor] { return !editor->isLoadingCatalog(); }, 20000));
            auto *nameField = ConsoleWindowFixture::child<QLineEdit>(editor, "nameField");
            nameField->end(false);
            QTest::keyClicks(nameField, QStringLiteral("-renamed"));
            QTest::mouseClick(ConsoleWindowFixture::child<QPushButton>(editor, "saveButton"),
                              Qt::LeftButton);
        }
        QCOMPARE(int(activityOf(id)), activity);
        QVERIFY2(this->activity()->text().contains(statusText),
                 qPrintable(this->activity()->text()));
        QVERIFY(this->activity()->text().contains(name));
        QVERIFY(!m_console.actions()->editKey->isEnabled());
        QVERIFY(!m_console.actions()->rotateKey->isEnabled());
        QVERIFY(!m_console.actions()->deleteKeys->isEnabled());

        // A key that is gone has no row, and so no mark either.
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(id), KeyActivity::None, 10000);
        QVERIFY(this->activity()->isHidden());
        QCOMPARE(m_console.requestsTo(path), 1);
        if (action == QLatin1String("delete")) {
            QCOMPARE(m_console.keys()->rowOfKey(id), -1);
        } else if (action == QLatin1String("rotate")) {
            auto *secret = m_console.waitForDialog<QDialog>("cleartextDialog");
            QTest::mouseClick(ConsoleWindowFixture::child<QPushButton>(secret, "copySecretButton"),
                              Qt::LeftButton);
            secret->close();
            QVERIFY(m_console.actions()->rotateKey->isEnabled());
        } else if (action == QLatin1String("save")) {
            QTRY_VERIFY(editor.isNull());
            QCOMPARE(m_console.keyOf(id).name, name + QStringLiteral("-renamed"));
            QVERIFY(m_console.actions()->editKey->isEnabled());
        } else {
            QVERIFY(m_console.keyOf(id).active);
            QVERIFY(m_console.actions()->deactivateKeys->isEnabled());
        }
    }
};

QTEST_MAIN(TestKeyActionProgress)
#include "tst_key_action_progress.moc"
