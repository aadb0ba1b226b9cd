#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace descope {

class SecretClipboard;

// A secret in a masked line edit, with a reveal toggle (Ctrl+H) and a Copy button. Copying,
// whether by the button, Ctrl+C or the context menu, always goes through the SecretClipboard
// (marked as a password, cleared later), never through the line edit's own clipboard code.
//
// Read-only by default, to show a secret; editable, it takes one typed or pasted. wipe() and
// the destructor overwrite the text's buffer before letting it go.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);
    ~SecretField() override;

    // Without a clipboard, copying is disabled.
    void setClipboard(SecretClipboard *clipboard);
    void setEditable(bool editable);
    bool isEditable() const;
    void setPlaceholderText(const QString &text);

    // Shows a private copy of `secret`, masked unless revealed.
    void setSecret(const QString &secret);
    // The secret as it stands. It shares the field's buffer, which wipe() zeroes: callers that
    // keep it past the field's life must copy it.
    QString secret() const;
    bool isEmpty() const;
    // Zeroes and empties the text; the field stays usable.
    void wipe();

    bool isRevealed() const;
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *copyButton() const { return m_copyButton; }
    QToolButton *revealButton() const { return m_revealButton; }

public Q_SLOTS:
    void copyToClipboard();

Q_SIGNALS:
    void copied();
    void revealedChanged(bool revealed);
    // The text changed, by the user or by setSecret()/wipe().
    void secretChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();

    QLineEdit *m_edit;
    QToolButton *m_revealButton;
    QPushButton *m_copyButton;
    QAction *m_revealAction;
    QAction *m_copyAction;
    QAction *m_pasteAction;
    SecretClipboard *m_clipboard = nullptr;
    QString m_shown; // the private copy handed to the line edit, wiped with it
};

} // namespace descope
