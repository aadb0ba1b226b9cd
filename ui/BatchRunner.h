#pragma once

#include "BatchReportDialog.h"
#include "KeyActionRunner.h"

#include <QPointer>

class QProgressDialog;

namespace descope {

// Activates, deactivates or deletes many keys through BatchOperation, one batch at a time:
// the keys' rows are marked busy and a progress dialog (with cancel) follows the chunks. When
// it ends, what succeeded shows in the table at once; what failed is read again and listed in
// a BatchReportDialog, whose "Retry Failed Keys" runs the same action on those keys again.
class BatchRunner : public KeyActionRunner
{
    Q_OBJECT

public:
    BatchRunner(ActivityLabel *activity, QWidget *window, QObject *parent);
    ~BatchRunner() override;

    // The batch, progress and report of the previous project are closed.
    void setSession(ProjectSession *session) override;

    // Asks nothing: the caller has confirmed. Refused while another batch runs.
    void run(BatchOperation::Action action, const QStringList &ids);
    BatchOperation *running() const { return m_batch; }
    BatchReportDialog *report() const { return m_report; }

private:
    void batchFinished(BatchOperation *batch, BatchOperation::Action action, const BusyMark &mark);
    void showReport(BatchOperation::Action action, const BatchOperation::Outcome &outcome);
    void retry(BatchOperation::Action action, const QStringList &ids);

    QPointer<BatchOperation> m_batch;
    QPointer<QProgressDialog> m_progress;
    QPointer<BatchReportDialog> m_report;
};

} // namespace descope
