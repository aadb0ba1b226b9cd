// The action registry: an action is enabled only with a handler, a project and a selection
// that suits it, nothing acting on the selection runs while keys load, and nothing changes a
// key that has a call in flight.

#include "KeyActions.h"

#include <QAction>
#include <QTest>
#include <QWidget>

using namespace descope;

class TestKeyActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsNeedAHandlerAProjectAndASuitableSelection()
    {
        QWidget window;
        KeyActions actions(&window);
        const KeyActions::Selection oneActiveEditable{1, 1, 0, 1};
        actions.update(true, false, oneActiveEditable);
        QVERIFY(!actions.editKey->isEnabled()); // no handler yet

        int edits = 0;
        actions.setHandler(actions.editKey, [&edits] { ++edits; });
        actions.setHandler(actions.deactivateKeys, [] {});
        actions.setHandler(actions.activateKeys, [] {});
        actions.update(true, false, oneActiveEditable);
        QVERIFY(actions.editKey->isEnabled());
        QVERIFY(actions.deactivateKeys->isEnabled());
        QVERIFY(!actions.activateKeys->isEnabled());
        actions.editKey->trigger();
        QCOMPARE(edits, 1);

        actions.update(false, false, oneActiveEditable);
        QVERIFY(!actions.editKey->isEnabled());
        actions.update(true, true, oneActiveEditable);
        QVERIFY(!actions.editKey->isEnabled());
    }

    void aKeyTheProjectMarksNotEditableCannotBeEdited()
    {
        QWidget window;
        KeyActions actions(&window);
        actions.setHandler(actions.editKey, [] {});
        actions.update(true, false, {1, 1, 0, 0});
        QVERIFY(!actions.editKey->isEnabled());
        actions.update(true, false, {2, 2, 0, 2});
        QVERIFY(!actions.editKey->isEnabled());
        actions.update(true, false, {1, 0, 1, 1});
        QVERIFY(actions.editKey->isEnabled());
    }

    void whatWouldChangeABusyKeyWaits()
    {
        QWidget window;
        KeyActions actions(&window);
        for (QAction *action :
             {actions.editKey, actions.activateKeys, actions.deactivateKeys, actions.rotateKey,
              actions.deleteKeys, actions.copyKeyId, actions.exchangeKey})
            actions.setHandler(action, [] {});
        KeyActions::Selection oneBusy{1, 1, 0, 1};
        oneBusy.soleSourceRow = 0;
        actions.update(true, false, oneBusy);
        QVERIFY(actions.deactivateKeys->isEnabled());
        oneBusy.busy = 1;
        actions.update(true, false, oneBusy);
        for (QAction *action :
             {actions.editKey, actions.deactivateKeys, actions.rotateKey, actions.deleteKeys})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        // Reading a key, or acting on none, does not wait.
        QVERIFY(actions.copyKeyId->isEnabled());
        QVERIFY(actions.exchangeKey->isEnabled());
        // One busy key among several holds back the whole selection.
        actions.update(true, false, {3, 2, 1, 3, -1, 1});
        QVERIFY(!actions.activateKeys->isEnabled());
        QVERIFY(!actions.deleteKeys->isEnabled());
        actions.update(true, false, {3, 2, 1, 3, -1, 0});
        QVERIFY(actions.activateKeys->isEnabled());
        QVERIFY(actions.deleteKeys->isEnabled());
    }

    void rotateHasAShortcutOfItsOwn()
    {
        QWidget window;
        KeyActions actions(&window);
        QCOMPARE(actions.rotateKey->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        for (const QAction *other : window.findChildren<QAction *>()) {
            if (other != actions.rotateKey)
                QVERIFY(!other->shortcuts().contains(actions.rotateKey->shortcut()));
        }
        // Not the platform's Refresh, which is Ctrl+R on some desktops.
        QVERIFY(!QKeySequence::keyBindings(QKeySequence::Refresh)
                     .contains(actions.rotateKey->shortcut()));
    }
};

QTEST_MAIN(TestKeyActionRegistry)
#include "tst_key_action_registry.moc"
