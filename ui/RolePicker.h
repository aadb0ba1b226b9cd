#pragma once

#include "ProjectTypes.h"

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace descope {

// Picks any number of the project's roles: a button that names the chosen roles and opens a
// menu of check boxes, which stays open while roles are ticked. Roles already chosen that the
// project no longer has stay listed, so that nothing is dropped without the user seeing it.
class RolePicker : public QToolButton
{
    Q_OBJECT

public:
    explicit RolePicker(QWidget *parent = nullptr);

    // The roles to offer, with their descriptions as tooltips.
    void setAvailableRoles(const QList<Role> &roles);
    // What the menu says while there are no roles to offer ("Loading roles…").
    void setUnavailableText(const QString &text);

    // In the order given; roles ticked later are added at the end.
    void setSelectedRoles(const QStringList &names);
    QStringList selectedRoles() const { return m_selected; }

    // The menu's check box for `name`, or null (for tests and accessibility tools).
    QAction *roleAction(const QString &name) const;

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildMenu();
    void updateText();

    QMenu *m_menu;
    QList<Role> m_available;
    QStringList m_selected;
    QString m_unavailableText;
};

} // namespace descope
