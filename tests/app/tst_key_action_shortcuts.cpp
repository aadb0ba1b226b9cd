// Rotate has a toolbar button and a keyboard shortcut (issue 15), and no two of the window's
// actions share a shortcut, the platform's standard keys included.

#include "ConsoleWindowFixture.h"

#include <QAction>
#include <QHash>
#include <QToolBar>

using namespace descope;

class TestKeyActionShortcuts : public QObject
{
    Q_OBJECT

private:
    ConsoleWindowFixture m_console;

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedCount = 3;
        QVERIFY(m_console.start(options));
    }

    void init() { QVERIFY(m_console.openWindow()); }

    void cleanup()
    {
        m_console.closeWindow();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void rotateIsOnTheToolbar()
    {
        auto *toolBar = ConsoleWindowFixture::child<QToolBar>(m_console.window(), "keysToolBar");
        QVERIFY(toolBar->actions().contains(m_console.actions()->rotateKey));
        QVERIFY(toolBar->widgetForAction(m_console.actions()->rotateKey));
    }

    void theShortcutRotatesTheSelectedKey()
    {
        QAction *rotate = m_console.actions()->rotateKey;
        QCOMPARE(rotate->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        const QString id = m_console.keys()->key(0).id;
        QVERIFY(m_console.selectOnly({id}));
        QVERIFY(rotate->isEnabled());
        m_console.table()->setFocus();
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        QTest::keySequence(m_console.window(), rotate->shortcut());
        QCOMPARE(UserPrompts::shown().size(), 1);
        QCOMPARE(UserPrompts::shown().first().title, QStringLiteral("Rotate Secret"));
        QVERIFY(UserPrompts::shown().first().text.contains(m_console.keys()->key(0).name));
        // Declined: nothing was sent.
        QCOMPARE(m_console.requestsTo(QStringLiteral("/rotate")), 0);
    }

    void noTwoActionsShareAShortcut()
    {
        QHash<QKeySequence, QString> owners;
        const auto actions = m_console.window()->findChildren<QAction *>();
        for (const QAction *action : actions) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                if (shortcut.isEmpty())
                    continue;
                const QString owner = owners.value(shortcut);
                QVERIFY2(owner.isEmpty() || owner == action->objectName(),
                         qPrintable(QStringLiteral("%1 is used by %2 and %3")
                                        .arg(shortcut.toString(), owner, action->objectName())));
                owners.insert(shortcut, action->objectName());
            }
        }
        QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    }
};

QTEST_MAIN(TestKeyActionShortcuts)
#include "tst_key_action_shortcuts.moc"
