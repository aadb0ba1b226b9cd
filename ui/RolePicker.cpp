#include "RolePicker.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace descope {

RolePicker::RolePicker(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("rolePicker"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setMenu(m_menu);
    m_menu->installEventFilter(this);
    m_unavailableText = tr("No roles to choose from");
    rebuildMenu();
}

void RolePicker::setAvailableRoles(const QList<Role> &roles)
{
    m_available = roles;
    rebuildMenu();
}

void RolePicker::setUnavailableText(const QString &text)
{
    m_unavailableText = text;
    rebuildMenu();
}

void RolePicker::setSelectedRoles(const QStringList &names)
{
    QStringList unique;
    for (const QString &name : names) {
        if (!unique.contains(name))
            unique.append(name);
    }
    if (unique == m_selected)
        return;
    m_selected = unique;
    rebuildMenu();
}

QAction *RolePicker::roleAction(const QString &name) const
{
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void RolePicker::rebuildMenu()
{
    m_menu->clear();
    QStringList offered;
    for (const Role &role : std::as_const(m_available)) {
        auto *action = m_menu->addAction(role.name);
        action->setData(role.name);
        action->setToolTip(role.description);
        action->setStatusTip(role.description);
        offered.append(role.name);
    }
    // Chosen before and unknown to the project (deleted, or the roles have not loaded yet).
    for (const QString &name : std::as_const(m_selected)) {
        if (offered.contains(name))
            continue;
        auto *action = m_menu->addAction(
            m_available.isEmpty() ? name : tr("%1 (not in this project)").arg(name));
        action->setData(name);
        offered.append(name);
    }
    if (offered.isEmpty())
        m_menu->addAction(m_unavailableText)->setEnabled(false);

    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions) {
        if (!action->isEnabled())
            continue;
        action->setCheckable(true);
        action->setChecked(m_selected.contains(action->data().toString()));
        connect(action, &QAction::toggled, this, [this, action](bool checked) {
            const QString name = action->data().toString();
            if (checked && !m_selected.contains(name))
                m_selected.append(name);
            else if (!checked)
                m_selected.removeAll(name);
            updateText();
            Q_EMIT selectionChanged();
        });
    }
    m_menu->setToolTipsVisible(true);
    updateText();
}

void RolePicker::updateText()
{
    setText(m_selected.isEmpty() ? tr("No roles") : m_selected.join(QStringLiteral(", ")));
    setToolTip(m_selected.isEmpty() ? tr("Choose roles") : m_selected.join(u'\n'));
    setAccessibleName(text());
}

bool RolePicker::eventFilter(QObject *watched, QEvent *event)
{
    // A menu closes when an item is triggered; ticking several roles should not need
    // reopening it each time, so a check box toggles in place.
    if (watched == m_menu) {
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            action = m_menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::KeyPress) {
            // Space ticks and stays; Enter ticks and closes, as in any menu.
            if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space)
                action = m_menu->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace descope
