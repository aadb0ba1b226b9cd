#include "ExpirationPicker.h"

#include "KeyTimeFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace descope {

namespace {

constexpr qint64 Minute = 60;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

ExpirationPicker::ExpirationPicker(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_custom(new QDateTimeEdit(this))
    , m_fixedValue(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("expirationPicker"));
    m_preset->setObjectName(QStringLiteral("expiryPreset"));
    m_preset->addItem(tr("30 days"), int(KeyForm::ExpiryPreset::Days30));
    m_preset->addItem(tr("60 days"), int(KeyForm::ExpiryPreset::Days60));
    m_preset->addItem(tr("90 days"), int(KeyForm::ExpiryPreset::Days90));
    m_preset->addItem(tr("1 year"), int(KeyForm::ExpiryPreset::OneYear));
    m_preset->addItem(tr("Never"), int(KeyForm::ExpiryPreset::Never));
    m_preset->addItem(tr("Custom date and time"), int(KeyForm::ExpiryPreset::Custom));
    m_preset->setToolTip(tr("How long the key works. A key that never expires works until it "
                            "is deactivated or deleted."));

    m_custom->setObjectName(QStringLiteral("expiryCustom"));
    m_custom->setCalendarPopup(true);
    m_custom->setTimeSpec(Qt::LocalTime);
    m_custom->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_custom->setToolTip(tr("The date and time the key stops working, in your time zone"));
    m_custom->hide();

    m_fixedValue->setObjectName(QStringLiteral("expiryFixed"));
    m_fixedValue->setReadOnly(true);
    m_fixedValue->hide();

    m_summary->setObjectName(QStringLiteral("expirySummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preset);
    row->addWidget(m_custom);
    row->addWidget(m_fixedValue, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    setFocusProxy(m_preset);

    setChoice(KeyForm::ExpiryPreset::Days90, 0);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExpirationPicker::presetChosen);
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateSummary(now());
        Q_EMIT changed();
    });
}

void ExpirationPicker::setChoice(KeyForm::ExpiryPreset preset, qint64 customExpiry)
{
    {
        const QSignalBlocker blockPreset(m_preset);
        const QSignalBlocker blockCustom(m_custom);
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
        const qint64 shown = customExpiry > 0
                                 ? customExpiry
                                 : KeyForm::presetExpiry(KeyForm::ExpiryPreset::Days90, now());
        m_custom->setDateTime(QDateTime::fromSecsSinceEpoch(shown - shown % Minute));
        m_custom->setVisible(preset == KeyForm::ExpiryPreset::Custom && !m_fixed);
    }
    m_previousPreset = preset;
    updateSummary(now());
}

KeyForm::ExpiryPreset ExpirationPicker::preset() const
{
    return KeyForm::ExpiryPreset(m_preset->currentData().toInt());
}

qint64 ExpirationPicker::customExpiry() const
{
    return m_custom->dateTime().toSecsSinceEpoch();
}

void ExpirationPicker::presetChosen()
{
    const bool custom = preset() == KeyForm::ExpiryPreset::Custom;
    const qint64 previous = KeyForm::presetExpiry(m_previousPreset, now());
    if (custom && previous > 0) {
        const QSignalBlocker blockCustom(m_custom);
        m_custom->setDateTime(QDateTime::fromSecsSinceEpoch(previous - previous % Minute));
    }
    m_previousPreset = preset();
    m_custom->setVisible(custom);
    updateSummary(now());
    Q_EMIT changed();
}

void ExpirationPicker::setFixedExpiry(qint64 expireTime)
{
    m_fixed = true;
    m_preset->hide();
    m_custom->hide();
    m_fixedValue->show();
    m_fixedValue->setText(expireTime == 0 ? tr("Never") : formatLocalDateTime(expireTime));
    m_fixedValue->setProperty("expireTime", expireTime);
    setFocusProxy(m_fixedValue);
    updateSummary(now());
}

void ExpirationPicker::updateSummary(qint64 nowSeconds)
{
    qint64 expiry = 0;
    if (m_fixed)
        expiry = m_fixedValue->property("expireTime").toLongLong();
    else if (preset() == KeyForm::ExpiryPreset::Custom)
        expiry = customExpiry();
    else
        expiry = KeyForm::presetExpiry(preset(), nowSeconds);

    if (expiry == 0) {
        m_summary->setText(m_fixed ? QString()
                                   : tr("The key works until it is deactivated or deleted."));
        m_summary->setVisible(!m_fixed);
        return;
    }
    m_summary->setVisible(true);
    const QString when = formatRelativeTime(expiry, nowSeconds);
    if (m_fixed)
        m_summary->setText(expiry <= nowSeconds ? tr("Expired %1").arg(when)
                                                : tr("Expires %1").arg(when));
    else
        //: %1 is a date and time, %2 a relative time such as "in 3 months"
        m_summary->setText(tr("Expires %1, %2").arg(formatLocalDateTime(expiry), when));
}

QList<QWidget *> ExpirationPicker::focusChain() const
{
    if (m_fixed)
        return {m_fixedValue};
    return {m_preset, m_custom};
}

QWidget *ExpirationPicker::outlineTarget() const
{
    if (m_fixed)
        return m_fixedValue;
    return preset() == KeyForm::ExpiryPreset::Custom ? static_cast<QWidget *>(m_custom) : m_preset;
}

} // namespace descope
