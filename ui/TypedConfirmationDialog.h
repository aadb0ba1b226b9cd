#pragma once

#include <QDialog>
#include <QString>

class QLineEdit;
class QPushButton;

namespace descope {

// A question that must be confirmed by typing something, e.g. the count of keys a mass change
// touches: the confirm button works only while the text typed equals what is asked for. Cancel
// is the default button until then, so Enter never confirms by accident; once the text
// matches, Enter confirms. Shown through UserPrompts::confirmByTyping, so tests can answer it.
class TypedConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    struct Question
    {
        QString title;
        QString text;            // the question, in bold
        QString informativeText; // what happens, and what is concerned
        QString expected;        // what must be typed, e.g. "60"
        QString confirmText;     // the confirm button, e.g. "&Deactivate 60 Keys"
    };

    explicit TypedConfirmationDialog(const Question &question, QWidget *parent = nullptr);

    QLineEdit *typedField() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool matches() const;

public Q_SLOTS:
    // Confirms only while the typed text matches: the button, Enter and tests all come here.
    void accept() override;

private:
    void updateConfirmButton();

    QString m_expected;
    QLineEdit *m_typed;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace descope
