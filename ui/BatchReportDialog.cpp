#include "BatchReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace descope {

namespace {

enum Column
{
    NameColumn,
    IdColumn,
    ReasonColumn,
    ColumnCount
};

} // namespace

BatchReportDialog::BatchReportDialog(const QString &title, const QString &summary,
                                     QList<FailedKey> failed, QWidget *parent)
    : QDialog(parent)
    , m_failed(std::move(failed))
    , m_table(new QTableWidget(int(m_failed.size()), ColumnCount, this))
    , m_retry(nullptr)
{
    setObjectName(QStringLiteral("batchReportDialog"));
    setWindowTitle(title);
    setSizeGripEnabled(true);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(summary, this);
    text->setObjectName(QStringLiteral("reportSummary"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("failedKeysTable"));
    //: Column of the table of keys a batch failed for: the key's name
    const QString keyHeader = tr("Key");
    //: Column of the table of keys a batch failed for
    const QString idHeader = tr("Key ID");
    //: Column of the table of keys a batch failed for: why the key failed
    const QString reasonHeader = tr("Reason");
    m_table->setHorizontalHeaderLabels({keyHeader, idHeader, reasonHeader});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(m_failed.size()); ++row) {
        const FailedKey &key = m_failed.at(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(key.name));
        m_table->setItem(row, IdColumn, new QTableWidgetItem(key.id));
        auto *reason = new QTableWidgetItem(key.reason);
        reason->setToolTip(key.reason);
        m_table->setItem(row, ReasonColumn, reason);
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const int retryable = int(retryableIds().size());
    m_retry = buttons->addButton(tr("&Retry %n Failed Keys", nullptr, retryable),
                                 QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_retry->setEnabled(retryable > 0);
    if (retryable == 0)
        m_retry->setToolTip(tr("The server no longer has these keys; retrying cannot help."));
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    // Close is the default: Enter must not send anything again.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &BatchReportDialog::copyList);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QStringList ids = retryableIds();
        accept();
        Q_EMIT retryRequested(ids);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 380);
}

QStringList BatchReportDialog::retryableIds() const
{
    QStringList ids;
    for (const FailedKey &key : m_failed) {
        if (key.retryable)
            ids.append(key.id);
    }
    return ids;
}

void BatchReportDialog::copyList() const
{
    // Names, IDs and reasons only: nothing here is secret.
    QStringList lines;
    for (const FailedKey &key : m_failed)
        lines.append(QStringList{key.name, key.id, key.reason}.join(u'\t'));
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace descope
