#include "SecretField.h"

#include "SecretClipboard.h"
#include "SecretMemory.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace descope {

namespace {

bool isCopyOrCut(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}

} // namespace

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_revealAction(new QAction(this))
    , m_copyAction(new QAction(tr("Copy"), this))
    , m_pasteAction(new QAction(tr("Paste"), this))
{
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setReadOnly(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Keeps input methods from learning or predicting the secret, also while it is revealed.
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                Qt::ImhNoAutoUppercase);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_revealAction->setObjectName(QStringLiteral("revealSecretAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_revealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revealAction);
    m_revealButton->setObjectName(QStringLiteral("revealSecretButton"));
    m_revealButton->setDefaultAction(m_revealAction);
    m_revealButton->setFocusPolicy(Qt::TabFocus);
    connect(m_revealAction, &QAction::toggled, this, [this](bool revealed) {
        m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
        // Focusing by Tab selects everything; a revealed secret reads better unhighlighted.
        m_edit->deselect();
        updateActions();
        Q_EMIT revealedChanged(revealed);
    });

    m_copyButton->setObjectName(QStringLiteral("copySecretButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &SecretField::copyToClipboard);

    // The line edit's own menu would copy past the SecretClipboard; this one cannot.
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &SecretField::copyToClipboard);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_pasteAction, &QAction::triggered, m_edit, &QLineEdit::paste);
    m_edit->addAction(m_copyAction);
    m_edit->addAction(m_pasteAction);
    m_edit->addAction(m_revealAction);
    m_edit->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateActions();
        Q_EMIT secretChanged();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_revealButton);
    layout->addWidget(m_copyButton);

    updateActions();
}

SecretField::~SecretField()
{
    // No signals from here: whoever listens may be half destroyed already.
    const QSignalBlocker editBlocker(m_edit);
    const QSignalBlocker blocker(this);
    wipe();
}

void SecretField::setClipboard(SecretClipboard *clipboard)
{
    m_clipboard = clipboard;
    updateActions();
}

void SecretField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
    updateActions();
}

bool SecretField::isEditable() const
{
    return !m_edit->isReadOnly();
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretField::setSecret(const QString &secret)
{
    wipe();
    m_shown = privateCopy(secret);
    m_edit->setText(m_shown);
}

QString SecretField::secret() const
{
    return m_edit->text();
}

bool SecretField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void SecretField::wipe()
{
    // Take the line edit's buffer, make the line edit let go of it (setText() also drops its
    // undo history), then zero it: text the user typed or pasted has no other owner.
    QString shown = m_edit->text();
    m_edit->clear();
    wipeString(shown);
    wipeString(m_shown);
}

bool SecretField::isRevealed() const
{
    return m_revealAction->isChecked();
}

void SecretField::setRevealed(bool revealed)
{
    m_revealAction->setChecked(revealed);
}

void SecretField::copyToClipboard()
{
    if (m_clipboard == nullptr || isEmpty())
        return;
    m_clipboard->copy(m_edit->text());
    Q_EMIT copied();
}

bool SecretField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Claims Ctrl+C (and Ctrl+X) as a key press, so that it reaches the case below rather
        // than a window-wide Copy action.
        if (isCopyOrCut(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (isCopyOrCut(static_cast<QKeyEvent *>(event))) {
            copyToClipboard();
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        // On X11 a revealed line edit copies its selection to the primary selection on
        // release, outside the SecretClipboard. Copying copies the whole secret anyway.
        if (isRevealed() && QGuiApplication::clipboard()->supportsSelection())
            m_edit->deselect();
        break;
    case QEvent::MouseButtonDblClick:
        if (isRevealed() && QGuiApplication::clipboard()->supportsSelection())
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SecretField::updateActions()
{
    const bool revealed = isRevealed();
    const QIcon icon =
        QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"));
    m_revealAction->setIcon(icon);
    m_revealAction->setText(revealed ? tr("Hide") : tr("Show"));
    m_revealAction->setToolTip(revealed ? tr("Hide the secret (Ctrl+H)")
                                        : tr("Show the secret (Ctrl+H)"));
    m_revealButton->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly
                                                     : Qt::ToolButtonIconOnly);

    const bool canCopy = m_clipboard != nullptr && !isEmpty();
    m_copyButton->setEnabled(canCopy);
    m_copyAction->setEnabled(canCopy);
    m_pasteAction->setVisible(isEditable());
}

} // namespace descope
