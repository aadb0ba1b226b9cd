#include "KeyListBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace descope {

namespace {

// The time alone when the keys were loaded today, the date too when not.
QString loadedAtText(const QDateTime &loadedAt)
{
    const QDateTime local = loadedAt.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QLocale::ShortFormat)
               : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

KeyListBanner::KeyListBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyListBanner"));
    m_text->setObjectName(QStringLiteral("keyListBannerText"));
    m_button->setObjectName(QStringLiteral("keyListBannerButton"));
    // Both colours are set, so the text stays readable under light and dark themes alike.
    setStyleSheet(QStringLiteral("QFrame#keyListBanner { background-color: #fef3c7;"
                                 " border: 1px solid #d97706; border-radius: 4px; }"
                                 " QLabel#keyListBannerText { color: #451a03; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_state == State::Refreshing)
            Q_EMIT cancelRequested();
        else if (m_state == State::Stale)
            Q_EMIT retryRequested();
    });
    hideBanner();
}

void KeyListBanner::showRefreshing()
{
    m_state = State::Refreshing;
    showText();
}

void KeyListBanner::showStale(const QDateTime &loadedAt, const QString &reason, const QString &note)
{
    m_state = State::Stale;
    m_loadedAt = loadedAt;
    m_reason = reason;
    m_note = note;
    showText();
}

void KeyListBanner::hideBanner()
{
    m_state = State::Hidden;
    setVisible(false);
}

QString KeyListBanner::text() const
{
    return m_text->text();
}

void KeyListBanner::showText()
{
    switch (m_state) {
    case State::Hidden:
        return;
    case State::Refreshing:
        m_text->setText(tr("Refreshing the keys…"));
        //: Stops the refresh; the keys shown stay (also Esc)
        m_button->setText(tr("Cancel"));
        m_button->setToolTip(tr("Stop refreshing; the keys shown stay (Esc)"));
        break;
    case State::Stale: {
        //: %1 is when the keys shown were loaded ("18:02"), %2 why the refresh failed
        QString text = tr("Showing the keys loaded at %1. The refresh failed: %2")
                           .arg(loadedAtText(m_loadedAt), m_reason);
        if (!m_note.isEmpty())
            text += u' ' + m_note;
        m_text->setText(text);
        m_button->setText(tr("&Try Again"));
        m_button->setToolTip(tr("Load the keys from the server again"));
        break;
    }
    }
    setVisible(true);
}

void KeyListBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showText();
    QFrame::changeEvent(event);
}

} // namespace descope
