#pragma once

#include "KeySelectionSummary.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QAction;
class QWidget;

namespace descope {

// The key actions as one registry shared by the menus, the toolbar and the table's context
// menu. An action is enabled only when it has a handler and the selection suits it, so no
// menu entry ever does nothing.
class KeyActions : public QObject
{
    Q_OBJECT

public:
    // What an action needs from the selection.
    enum class Needs
    {
        Connection,     // a project, with or without a selection
        OneKey,         // exactly one selected key
        OneEditableKey, // exactly one selected key that the project lets the console change
        SomeKeys,       // at least one selected key
        SomeActiveKeys, // at least one selected key the server holds as active
        SomeInactiveKeys,
    };

private:
    // Declared before the actions: make() fills them while the actions are constructed.
    QWidget *m_parent;
    QHash<QAction *, Needs> m_needs;
    QHash<QAction *, bool> m_handled;
    QSet<QAction *> m_changesKeys; // waits while a selected key has a call in flight

public:
    explicit KeyActions(QWidget *parent);

    QAction *const newKey;
    QAction *const editKey;
    QAction *const activateKeys;
    QAction *const deactivateKeys;
    QAction *const rotateKey;
    QAction *const deleteKeys;
    QAction *const exchangeKey;
    QAction *const importPasskeys;
    QAction *const copyKeyId;
    QAction *const refresh;
    QAction *const find;

    // Connects what an action does; until then it stays disabled.
    void setHandler(QAction *action, const std::function<void()> &handler);

    // Active and inactive as the server holds them, expired or not. What would change a key
    // again (edit, activate, deactivate, rotate, delete) waits while the selection holds a
    // key with a call in flight (`selection.busy`), so one intent sends one request.
    using Selection = KeySelectionSummary;
    void update(bool connected, bool loading, const Selection &selection);

    // Sets every text and tooltip again, in the language installed now (QEvent::LanguageChange).
    void retranslate();

private:
    QAction *make(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                  Needs needs);
};

} // namespace descope
