#include "ActivityLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace descope {

ActivityLabel::ActivityLabel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("activityLabel"));
    m_label->setObjectName(QStringLiteral("activityText"));
    // A busy bar: no value, it moves until the answer comes.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(60);
    m_busy->setMaximumHeight(m_label->sizeHint().height());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_label);
    refresh();
}

int ActivityLabel::start(const QString &text)
{
    const int ticket = m_nextTicket++;
    m_running.append({ticket, text});
    refresh();
    return ticket;
}

void ActivityLabel::finish(int ticket)
{
    const auto removed = std::remove_if(m_running.begin(), m_running.end(),
                                        [ticket](const Running &r) { return r.ticket == ticket; });
    if (removed == m_running.end())
        return;
    m_running.erase(removed, m_running.end());
    refresh();
}

void ActivityLabel::clear()
{
    m_running.clear();
    refresh();
}

QString ActivityLabel::text() const
{
    return m_label->text();
}

void ActivityLabel::refresh()
{
    if (m_running.isEmpty()) {
        m_label->clear();
        setToolTip({});
        hide();
        return;
    }
    const QString latest = m_running.last().text;
    const int others = int(m_running.size()) - 1;
    //: The status bar while several calls run: %1 is the latest, e.g. "Deactivating “ci”…"
    m_label->setText(others == 0 ? latest : tr("%1 (and %n more)", nullptr, others).arg(latest));
    QStringList all;
    for (const Running &running : std::as_const(m_running))
        all.append(running.text);
    setToolTip(all.join(u'\n'));
    show();
}

} // namespace descope
