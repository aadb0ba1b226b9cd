// The action registry: an action is enabled only with a handler, a project and a selection
// that suits it, and nothing acting on the selection runs while keys load.

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
};

QTEST_MAIN(TestKeyActionRegistry)
#include "tst_key_action_registry.moc"
