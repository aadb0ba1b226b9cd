#pragma once

#include "AccessKey.h"
#include "KeyActionRunner.h"

namespace descope {

class KeyEditorDialog;

// One key's activate, deactivate, rotate and delete, and the editor's save: one request per
// intent. While the call is in flight the key's row reads what is being done, the status bar
// names the action and the key, and the actions for the key wait (KeyActions sees the busy
// row); a second request for a busy key is refused here too. Questions are asked before.
class SingleKeyRunner : public KeyActionRunner
{
    Q_OBJECT

public:
    SingleKeyRunner(ActivityLabel *activity, QWidget *window, QObject *parent);

    void setActive(const QString &id, bool active);
    void rotate(const QString &id);
    void remove(const QString &id);
    // Marks the key busy while the editor saves it.
    void watchSaving(KeyEditorDialog *editor);

Q_SIGNALS:
    // The new secret, to be shown once.
    void rotated(const descope::CreatedKey &created);
};

} // namespace descope
