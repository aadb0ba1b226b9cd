#include "BatchRunner.h"

#include "BatchReportDialog.h"
#include "KeyTableModel.h"
#include "ProjectSession.h"

#include <QProgressDialog>

namespace descope {

namespace {

QString progressText(BatchOperation::Action action, int count)
{
    switch (action) {
    case BatchOperation::Action::Activate:
        return BatchRunner::tr("Activating %n keys…", nullptr, count);
    case BatchOperation::Action::Deactivate:
        return BatchRunner::tr("Deactivating %n keys…", nullptr, count);
    case BatchOperation::Action::Delete:
        break;
    }
    return BatchRunner::tr("Deleting %n keys…", nullptr, count);
}

KeyActivity activityOf(BatchOperation::Action action)
{
    switch (action) {
    case BatchOperation::Action::Activate:
        return KeyActivity::Activating;
    case BatchOperation::Action::Deactivate:
        return KeyActivity::Deactivating;
    case BatchOperation::Action::Delete:
        break;
    }
    return KeyActivity::Deleting;
}

} // namespace

BatchRunner::BatchRunner(ActivityLabel *activity, QWidget *window, QObject *parent)
    : KeyActionRunner(activity, window, parent)
{}

BatchRunner::~BatchRunner()
{
    setSession(nullptr);
}

void BatchRunner::setSession(ProjectSession *session)
{
    if (session == m_session)
        return;
    // The batch holds the old project's client, and the report offers to call it again.
    if (m_batch) {
        m_batch->disconnect(this);
        m_batch->cancel();
        m_batch->deleteLater();
    }
    if (m_progress)
        m_progress->deleteLater();
    delete m_report.data();
    KeyActionRunner::setSession(session);
}

void BatchRunner::run(BatchOperation::Action action, const QStringList &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    if (m_batch) {
        Q_EMIT finished(tr("Another batch is still running; wait for it to finish."));
        return;
    }
    const QString label = progressText(action, int(ids.size()));
    const BusyMark mark = markBusy(ids, activityOf(action), label);
    // Owned by the session, so that it goes with the client it calls.
    m_batch = new BatchOperation(m_session->client(), action, ids, m_session);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, int(ids.size()), m_window);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setWindowTitle(tr("Keys"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_batch, &BatchOperation::cancel);
    connect(m_batch, &BatchOperation::progress, m_progress,
            [progress = m_progress](int processed, int) { progress->setValue(processed); });
    BatchOperation *batch = m_batch;
    connect(batch, &BatchOperation::finished, this,
            [this, batch, action, mark] { batchFinished(batch, action, mark); });
    batch->start();
}

void BatchRunner::batchFinished(BatchOperation *batch, BatchOperation::Action action,
                                const BusyMark &mark)
{
    const BatchOperation::Outcome outcome = batch->outcome();
    batch->deleteLater();
    m_batch = nullptr;
    if (m_progress)
        m_progress->close();
    endBusy(mark);
    applySucceeded(action, outcome.succeeded);
    const int done = int(outcome.succeeded.size());
    QStringList parts{
        action == BatchOperation::Action::Activate     ? tr("Activated %n keys", nullptr, done)
        : action == BatchOperation::Action::Deactivate ? tr("Deactivated %n keys", nullptr, done)
                                                       : tr("Deleted %n keys", nullptr, done)};
    if (outcome.cancelled)
        parts.append(tr("cancelled before %n others", nullptr, int(outcome.notAttempted.size())));
    if (!outcome.failed.isEmpty()) {
        parts.append(tr("%n failed", nullptr, int(outcome.failed.size())));
        showReport(action, outcome);
    }
    //: Joins the parts of a summary in the status bar: "Deleted 8 keys; 2 failed"
    Q_EMIT finished(parts.join(tr("; ")));
}

void BatchRunner::showReport(BatchOperation::Action action, const BatchOperation::Outcome &outcome)
{
    QList<BatchReportDialog::FailedKey> failed;
    QStringList failedIds;
    failed.reserve(outcome.failed.size());
    for (const BatchOperation::Failure &failure : outcome.failed) {
        failedIds.append(failure.id);
        const QString name = keyName(failure.id);
        // A key the server no longer has cannot be changed by trying again.
        failed.append({name == failure.id ? QString() : name, failure.id,
                       failure.error.userMessage(), !failure.error.isNotFound()});
    }
    const int count = int(failed.size());
    QString title;
    QString what;
    switch (action) {
    case BatchOperation::Action::Activate:
        //: The title of the report of a batch: "Activate Keys: 3 Failed"
        title = tr("Activate Keys: %n Failed", nullptr, count);
        what = tr("%n keys could not be activated.", nullptr, count);
        break;
    case BatchOperation::Action::Deactivate:
        title = tr("Deactivate Keys: %n Failed", nullptr, count);
        what = tr("%n keys could not be deactivated.", nullptr, count);
        break;
    case BatchOperation::Action::Delete:
        title = tr("Delete Keys: %n Failed", nullptr, count);
        what = tr("%n keys could not be deleted.", nullptr, count);
        break;
    }
    const QString rest =
        tr("%n other keys were changed. The table now shows what the server holds.", nullptr,
           int(outcome.succeeded.size()));
    delete m_report.data();
    m_report = new BatchReportDialog(title, what + u' ' + rest, std::move(failed), m_window);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_report, &BatchReportDialog::retryRequested, this,
            [this, action](const QStringList &ids) { retry(action, ids); });
    m_report->open();
    refreshKeys(failedIds);
}

void BatchRunner::retry(BatchOperation::Action action, const QStringList &ids)
{
    if (!m_session)
        return;
    // Only keys still shown and not yet as wished: the table was read again meanwhile.
    QStringList again;
    for (const QString &id : ids) {
        const int row = m_session->keys()->rowOfKey(id);
        if (row < 0 || isBusy(id))
            continue;
        const bool active = m_session->keys()->key(row).active;
        if ((action == BatchOperation::Action::Activate && active) ||
            (action == BatchOperation::Action::Deactivate && !active))
            continue;
        again.append(id);
    }
    if (again.isEmpty()) {
        Q_EMIT finished(tr("Nothing left to retry: the keys are already as asked."));
        return;
    }
    run(action, again);
}

} // namespace descope
