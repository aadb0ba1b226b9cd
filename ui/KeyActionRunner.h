#pragma once

#include "BatchOperation.h"
#include "KeyActivity.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace descope {

class ActivityLabel;
class ProjectSession;

// What the runners of key actions share: the project they act on, how keys are named, how a
// change the server confirmed reaches the table, how the table is corrected after a failure,
// and the busy marks that show a call in flight (the rows, the status bar, and through the
// rows the actions, which wait).
class KeyActionRunner : public QObject
{
    Q_OBJECT

public:
    KeyActionRunner(ActivityLabel *activity, QWidget *window, QObject *parent);

    virtual void setSession(ProjectSession *session) { m_session = session; }

    // Whether a call about this key is in flight.
    bool isBusy(const QString &id) const;

    // How keys are named in questions and reports: the name, or the ID of a key not shown.
    static QString keyName(const ProjectSession *session, const QString &id);
    // "name (ID)" for each key, for lists.
    static QStringList namesOf(const ProjectSession *session, const QStringList &ids);

Q_SIGNALS:
    // After each action, with a line for the status bar.
    void finished(const QString &summary);

protected:
    // A busy mark: the keys' rows read what is being done, the status bar says it.
    struct BusyMark
    {
        QPointer<ProjectSession> session;
        QStringList ids;
        int ticket = 0;
    };
    BusyMark markBusy(const QStringList &ids, KeyActivity activity, const QString &statusText);
    void endBusy(const BusyMark &mark);

    QString keyName(const QString &id) const { return keyName(m_session, id); }
    QStringList namesOf(const QStringList &ids) const { return namesOf(m_session, ids); }
    // Shows a change the server confirmed in the table, without asking it again.
    void applySucceeded(BatchOperation::Action action, const QStringList &ids);
    // Reads these keys from the server again and shows what it holds (gone keys go).
    void refreshKeys(const QStringList &ids);

    ProjectSession *m_session = nullptr;
    ActivityLabel *m_activity;
    QWidget *m_window;
};

} // namespace descope
