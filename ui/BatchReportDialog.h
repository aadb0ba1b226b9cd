#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace descope {

// What a batch could not do: a resizable dialog with a table of the keys that failed (name,
// ID and the reason), a summary of the rest, a way to copy the list, and "Retry N Failed
// Keys", which asks for the same action again on the keys worth retrying (not the ones the
// server no longer has).
class BatchReportDialog : public QDialog
{
    Q_OBJECT

public:
    struct FailedKey
    {
        QString name;
        QString id;
        QString reason;
        bool retryable = true; // false when retrying cannot help, e.g. the key is gone
    };

    BatchReportDialog(const QString &title, const QString &summary, QList<FailedKey> failed,
                      QWidget *parent = nullptr);

    // The IDs the retry button would retry, in the order listed.
    QStringList retryableIds() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // The dialog closes first.
    void retryRequested(const QStringList &ids);

private:
    void copyList() const;

    QList<FailedKey> m_failed;
    QTableWidget *m_table;
    QPushButton *m_retry;
};

} // namespace descope
