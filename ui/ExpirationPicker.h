#pragma once

#include "KeyForm.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace descope {

// When a new key expires: a preset (30, 60 or 90 days, one year, never) or a date and time of
// the user's choosing, with the resulting moment spelled out. For an existing key it only
// shows the expiry, read-only: Descope cannot change it after creation.
class ExpirationPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ExpirationPicker(QWidget *parent = nullptr);

    void setChoice(KeyForm::ExpiryPreset preset, qint64 customExpiry);
    KeyForm::ExpiryPreset preset() const;
    // Unix seconds of the date and time field, whole minutes.
    qint64 customExpiry() const;

    // Shows `expireTime` (0: never) read-only instead of the choice.
    void setFixedExpiry(qint64 expireTime);
    bool isFixed() const { return m_fixed; }

    // Spells out the chosen moment relative to now: "Tue 2 June 2026 14:03, in 3 months".
    void updateSummary(qint64 nowSeconds);

    // The focusable parts, in tab order.
    QList<QWidget *> focusChain() const;
    QWidget *outlineTarget() const;

Q_SIGNALS:
    void changed();

private:
    void presetChosen();

    QComboBox *m_preset;
    QDateTimeEdit *m_custom;
    QLineEdit *m_fixedValue;
    QLabel *m_summary;
    bool m_fixed = false;
    // Choosing "custom" starts from the moment the previous preset stood for.
    KeyForm::ExpiryPreset m_previousPreset = KeyForm::ExpiryPreset::Days90;
};

} // namespace descope
