#include "KeyListMessage.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace descope {

KeyListMessage::KeyListMessage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyListMessage"));
    m_title->setObjectName(QStringLiteral("keyListMessageTitle"));
    m_detail->setObjectName(QStringLiteral("keyListMessageDetail"));
    m_button->setObjectName(QStringLiteral("keyListMessageButton"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0); // busy, not a fraction: the server does not say how many keys
    m_busy->setMaximumWidth(240);
    m_busy->setTextVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_button, &QPushButton::clicked, this, [this] {
        switch (m_state) {
        case State::Failed:
        case State::Cancelled:
            Q_EMIT retryRequested();
            break;
        case State::NoKeys:
            Q_EMIT createRequested();
            break;
        case State::NoMatches:
            Q_EMIT clearFiltersRequested();
            break;
        case State::Loading:
            Q_EMIT cancelRequested();
            break;
        }
    });
    showState(State::Loading);
}

void KeyListMessage::showState(State state, const QString &detail)
{
    m_state = state;
    m_detailGiven = detail;
    m_busy->setVisible(state == State::Loading);
    m_button->setVisible(state != State::NoKeys || m_canCreate);
    switch (state) {
    case State::Loading:
        m_title->setText(tr("Loading keys…"));
        m_detail->setText(detail);
        //: Stops loading the keys (also Esc)
        m_button->setText(tr("Cancel"));
        m_button->setToolTip(tr("Stop loading the keys (Esc)"));
        break;
    case State::Failed:
        m_title->setText(tr("The keys could not be loaded"));
        m_detail->setText(detail);
        m_button->setText(tr("&Try Again"));
        m_button->setToolTip(QString());
        break;
    case State::Cancelled:
        m_title->setText(tr("The keys were not loaded"));
        m_detail->setText(detail.isEmpty() ? tr("Loading was cancelled.") : detail);
        m_button->setText(tr("&Load Keys"));
        m_button->setToolTip(QString());
        break;
    case State::NoKeys:
        m_title->setText(tr("This project has no access keys yet"));
        m_detail->setText(detail.isEmpty() ? tr("Create a key to let a machine sign in.") : detail);
        m_button->setText(tr("&New Key…"));
        m_button->setToolTip(QString());
        break;
    case State::NoMatches:
        m_title->setText(tr("No keys match the filters"));
        m_detail->setText(detail);
        m_button->setText(tr("&Clear Filters"));
        m_button->setToolTip(QString());
        break;
    }
}

void KeyListMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showState(m_state, m_detailGiven);
    QWidget::changeEvent(event);
}

void KeyListMessage::setCanCreate(bool canCreate)
{
    m_canCreate = canCreate;
    showState(m_state, m_detailGiven);
}

} // namespace descope
