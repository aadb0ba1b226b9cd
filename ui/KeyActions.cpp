#include "KeyActions.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace descope {

KeyActions::KeyActions(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , newKey(make(QStringLiteral("actionNewKey"), tr("&New Key…"), QKeySequence::New,
                  Needs::Connection))
    , editKey(make(QStringLiteral("actionEditKey"), tr("&Edit Key…"), QKeySequence(Qt::Key_F2),
                   Needs::OneEditableKey))
    //: A verb: let the selected keys work again
    , activateKeys(make(QStringLiteral("actionActivateKeys"), tr("&Activate"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), Needs::SomeInactiveKeys))
    //: A verb: stop the selected keys from working
    , deactivateKeys(make(QStringLiteral("actionDeactivateKeys"), tr("D&eactivate"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), Needs::SomeActiveKeys))
    // Ctrl+Shift like activate and deactivate; Ctrl+R alone is Refresh on some desktops.
    , rotateKey(make(QStringLiteral("actionRotateKey"), tr("R&otate Secret…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), Needs::OneKey))
    , deleteKeys(make(QStringLiteral("actionDeleteKeys"), tr("&Delete…"), QKeySequence::Delete,
                      Needs::SomeKeys))
    , exchangeKey(make(QStringLiteral("actionExchangeKey"), tr("E&xchange for a Session…"),
                       QKeySequence(Qt::CTRL | Qt::Key_E), Needs::Connection))
    , importPasskeys(make(QStringLiteral("actionImportPasskeys"), tr("Import &Passkeys…"),
                          QKeySequence(), Needs::Connection))
    , copyKeyId(make(QStringLiteral("actionCopyKeyId"), tr("&Copy Key ID"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), Needs::SomeKeys))
    , refresh(make(QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh,
                   Needs::Connection))
    , find(make(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find, Needs::Connection))
{
    m_changesKeys = {editKey, activateKeys, deactivateKeys, rotateKey, deleteKeys};
    newKey->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    rotateKey->setIcon(QIcon::fromTheme(QStringLiteral("dialog-password")));
    deleteKeys->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    copyKeyId->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    retranslate();
    update(false, false, {});
}

void KeyActions::retranslate()
{
    newKey->setText(tr("&New Key…"));
    editKey->setText(tr("&Edit Key…"));
    //: A verb: let the selected keys work again
    activateKeys->setText(tr("&Activate"));
    //: A verb: stop the selected keys from working
    deactivateKeys->setText(tr("D&eactivate"));
    rotateKey->setText(tr("R&otate Secret…"));
    deleteKeys->setText(tr("&Delete…"));
    exchangeKey->setText(tr("E&xchange for a Session…"));
    importPasskeys->setText(tr("Import &Passkeys…"));
    copyKeyId->setText(tr("&Copy Key ID"));
    refresh->setText(tr("&Refresh"));
    find->setText(tr("&Find…"));
    newKey->setStatusTip(tr("Create an access key and copy its secret"));
    editKey->setStatusTip(tr("Change the selected key's name, roles, description and more"));
    activateKeys->setStatusTip(tr("Let the selected keys be exchanged for sessions again"));
    deactivateKeys->setStatusTip(tr("Stop the selected keys from being exchanged for sessions"));
    rotateKey->setStatusTip(tr("Replace the selected key's secret; the old one stops working"));
    deleteKeys->setStatusTip(tr("Delete the selected keys for good"));
    exchangeKey->setStatusTip(tr("Exchange a key for a session token to check that it works"));
    copyKeyId->setStatusTip(tr("Copy the IDs of the selected keys"));
    importPasskeys->setStatusTip(tr("Import a user's passkeys from another identity provider"));
    refresh->setStatusTip(tr("Load the keys from the server again"));
    find->setStatusTip(tr("Search the keys"));
}

QAction *KeyActions::make(const QString &objectName, const QString &text,
                          const QKeySequence &shortcut, Needs needs)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // The shortcuts work from anywhere in the window, not only where the menu bar is.
    action->setShortcutContext(Qt::WindowShortcut);
    m_needs.insert(action, needs);
    m_handled.insert(action, false);
    return action;
}

void KeyActions::setHandler(QAction *action, const std::function<void()> &handler)
{
    m_handled.insert(action, true);
    connect(action, &QAction::triggered, m_parent, handler);
}

void KeyActions::update(bool connected, bool loading, const Selection &selection)
{
    for (auto it = m_needs.cbegin(); it != m_needs.cend(); ++it) {
        QAction *action = it.key();
        bool suits = false;
        switch (it.value()) {
        case Needs::Connection:
            suits = true;
            break;
        case Needs::OneKey:
            suits = selection.keys == 1;
            break;
        case Needs::OneEditableKey:
            suits = selection.keys == 1 && selection.editable == 1;
            break;
        case Needs::SomeKeys:
            suits = selection.keys > 0;
            break;
        case Needs::SomeActiveKeys:
            suits = selection.active > 0;
            break;
        case Needs::SomeInactiveKeys:
            suits = selection.inactive > 0;
            break;
        }
        // While keys load, what acts on the selection waits; a refresh restarts the load.
        if (loading && it.value() != Needs::Connection)
            suits = false;
        if (selection.busy > 0 && m_changesKeys.contains(action))
            suits = false;
        action->setEnabled(connected && suits && m_handled.value(action));
    }
}

} // namespace descope
