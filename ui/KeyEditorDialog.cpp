#include "KeyEditorDialog.h"

#include "ClaimsEditor.h"
#include "ExpirationPicker.h"
#include "FieldProblemLabel.h"
#include "FormRows.h"
#include "FormScrollArea.h"
#include "KeyRolesSection.h"
#include "ManagementClient.h"
#include "PermittedIpsEditor.h"
#include "UserPrompts.h"
#include "WindowFit.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace descope {

namespace {

// A custom expiry can slip into the past while the dialog is open; check again this often.
constexpr int ClockIntervalMs = 30 * 1000;

constexpr auto ProblemStyle = QLatin1String("QLabel { color: #b91c1c; }");

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString firstReason(const QList<FieldProblem> &problems, KeyField field)
{
    for (const FieldProblem &problem : problems) {
        if (problem.field == field)
            return problem.reason;
    }
    return {};
}

} // namespace

KeyEditorDialog *KeyEditorDialog::createKey(ManagementClient *client, QWidget *parent)
{
    auto *dialog = new KeyEditorDialog(Mode::Create, client, AccessKey{}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

KeyEditorDialog *KeyEditorDialog::editKey(ManagementClient *client, const AccessKey &key,
                                          QWidget *parent)
{
    auto *dialog = new KeyEditorDialog(Mode::Edit, client, key, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

KeyEditorDialog::KeyEditorDialog(Mode mode, ManagementClient *client, const AccessKey &key,
                                 QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_client(client)
    , m_original(key)
    , m_opened(mode == Mode::Edit ? KeyForm::fromKey(key) : KeyForm())
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("keyEditorDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New Access Key")
                                        : tr("Edit Access Key: %1").arg(key.name));

    // The form scrolls up and down; the dialog is as wide as the form needs.
    auto *scroll = new FormScrollArea(this);
    scroll->setObjectName(QStringLiteral("keyEditorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = buildForm();
    scroll->setWidget(m_content);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_serverError = new QLabel(this);
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText);
    m_serverError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverError->setStyleSheet(ProblemStyle);
    m_serverError->hide();

    m_busy = new QWidget(this);
    m_busy->setObjectName(QStringLiteral("savingIndicator"));
    m_busyText = new QLabel(m_busy);
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumWidth(120);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(progress);
    busyLayout->addWidget(m_busyText, 1);
    m_busy->hide();

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(mode == Mode::Create ? tr("&Create") : tr("&Save"),
                                  QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeyEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_serverError);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    load(m_opened);
    connectEditors();
    // What an existing key holds is not a blank slate: show its problems from the start.
    if (mode == Mode::Edit) {
        for (KeyField field : {KeyField::Name, KeyField::Description, KeyField::Expiry,
                               KeyField::BoundUser, KeyField::ProjectRoles, KeyField::TenantRoles,
                               KeyField::PermittedIps, KeyField::CustomClaims})
            m_touched.insert(field);
    }
    validate();
    updateTabOrder();
    m_name->setFocus(Qt::OtherFocusReason);

    m_clock->setInterval(ClockIntervalMs);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_expiry->updateSummary(now());
        validate();
    });
    m_clock->start();
    resize(openingSize(this, QSize(640, 720)));
    growWithContents(this);
    reloadCatalog();
}

QWidget *KeyEditorDialog::buildForm()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("keyEditorContent"));
    auto *outer = new QVBoxLayout(content);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // extra height goes below the fields, not between them
    setUpForm(form);
    const bool creating = m_mode == Mode::Create;
    const QString fixedReason = tr("Set when the key was created; Descope cannot change it.");

    if (!creating) {
        auto *keyId = new QLabel(m_original.id, content);
        keyId->setObjectName(QStringLiteral("keyIdLabel"));
        keyId->setTextFormat(Qt::PlainText);
        keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Key ID:"), keyId);
    }

    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setPlaceholderText(tr("Required, such as ci-deployer-prod"));
    m_nameProblem = new FieldProblemLabel(m_name, content);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    addFieldRow(form, tr("&Name:"), m_name, {m_name, m_nameProblem});

    m_description = new QPlainTextEdit(content);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the key is for and who owns it"));
    m_description->setFixedHeight(
        m_description->fontMetrics().lineSpacing() * 3 +
        2 * (m_description->frameWidth() + int(m_description->document()->documentMargin())));
    addFieldRow(form, tr("&Description:"), m_description, {m_description});

    m_expiry = new ExpirationPicker(content);
    m_expiryProblem = new FieldProblemLabel(nullptr, content);
    m_expiryProblem->setObjectName(QStringLiteral("expiryProblem"));
    QList<QWidget *> expiryParts = {m_expiry, m_expiryProblem};
    if (!creating) {
        m_expiry->setFixedExpiry(m_original.expireTime);
        expiryParts.append(noteLabel(QStringLiteral("expiryFixedNote"), fixedReason, content));
    }
    addFieldRow(form, tr("E&xpires:"), m_expiry, expiryParts);

    m_boundUser = new QLineEdit(content);
    m_boundUser->setObjectName(QStringLiteral("boundUserField"));
    m_boundUser->setPlaceholderText(tr("Optional: the ID of a user the key acts for"));
    m_boundUserProblem = new FieldProblemLabel(m_boundUser, content);
    m_boundUserProblem->setObjectName(QStringLiteral("boundUserProblem"));
    m_boundUserHint = noteLabel(QStringLiteral("boundUserHint"),
                                tr("A key bound to a user acts with that user's roles and "
                                   "tenants; the roles below are then ignored."),
                                content);
    QList<QWidget *> userParts = {m_boundUser, m_boundUserProblem, m_boundUserHint};
    if (!creating) {
        m_boundUser->setReadOnly(true);
        userParts.append(noteLabel(QStringLiteral("boundUserFixedNote"), fixedReason, content));
    }
    addFieldRow(form, tr("&Bound user ID:"), m_boundUser, userParts);

    m_roles = new KeyRolesSection(content);
    form->addRow(tr("Roles:"), m_roles);

    m_permittedIps = new PermittedIpsEditor(content);
    addFieldRow(form, tr("Permitted &IPs:"), m_permittedIps->textEdit(), {m_permittedIps});

    m_claims = new ClaimsEditor(content);
    auto *claimsLabel = new QLabel(tr("Custom c&laims:"), content);
    claimsLabel->setBuddy(m_claims->focusChain().constFirst());
    form->addRow(claimsLabel, m_claims);
    countLabelSpacing(form);
    return content;
}

void KeyEditorDialog::connectEditors()
{
    connect(m_name, &QLineEdit::textChanged, this, [this] { touch(KeyField::Name); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { touch(KeyField::Description); });
    connect(m_expiry, &ExpirationPicker::changed, this, [this] { touch(KeyField::Expiry); });
    connect(m_boundUser, &QLineEdit::textChanged, this, [this] { touch(KeyField::BoundUser); });
    connect(m_roles, &KeyRolesSection::edited, this, &KeyEditorDialog::touch);
    connect(m_roles, &KeyRolesSection::focusChainChanged, this, &KeyEditorDialog::updateTabOrder);
    connect(m_roles, &KeyRolesSection::retryRequested, this, &KeyEditorDialog::reloadCatalog);
    connect(m_permittedIps, &PermittedIpsEditor::changed, this,
            [this] { touch(KeyField::PermittedIps); });
    connect(m_claims, &ClaimsEditor::changed, this, [this] { touch(KeyField::CustomClaims); });
    connect(m_claims, &ClaimsEditor::rowsChanged, this, &KeyEditorDialog::updateTabOrder);
}

void KeyEditorDialog::load(const KeyForm &form)
{
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockDescription(m_description);
    const QSignalBlocker blockUser(m_boundUser);
    m_name->setText(form.name);
    m_description->setPlainText(form.description);
    if (form.isNew)
        m_expiry->setChoice(form.expiryPreset, form.customExpiry);
    m_boundUser->setText(form.boundUserId);
    m_roles->load(form);
    m_permittedIps->setAddresses(form.permittedIps);
    m_claims->load(form);
}

KeyForm KeyEditorDialog::form() const
{
    KeyForm form = m_opened;
    form.name = m_name->text();
    form.description = m_description->toPlainText();
    if (form.isNew) {
        form.expiryPreset = m_expiry->preset();
        form.customExpiry = m_expiry->customExpiry();
        form.boundUserId = m_boundUser->text();
    }
    m_roles->store(form);
    form.permittedIps = m_permittedIps->lines();
    m_claims->store(form);
    return form;
}

bool KeyEditorDialog::hasUnsavedChanges() const
{
    return form().hasChangesFrom(m_opened);
}

void KeyEditorDialog::touch(KeyField field)
{
    m_touched.insert(field);
    validate();
}

void KeyEditorDialog::validate()
{
    const KeyForm current = form();
    m_problems = current.problems(now());

    QList<FieldProblem> shown;
    for (const FieldProblem &problem : std::as_const(m_problems)) {
        if (m_touched.contains(problem.field))
            shown.append(problem);
    }
    m_nameProblem->setProblem(firstReason(shown, KeyField::Name));
    const QString expiryReason = firstReason(shown, KeyField::Expiry);
    m_expiryProblem->setProblem(expiryReason);
    for (QWidget *part : m_expiry->focusChain())
        FieldProblemLabel::markInvalid(part, QString());
    FieldProblemLabel::markInvalid(m_expiry->outlineTarget(), expiryReason);
    m_boundUserProblem->setProblem(firstReason(shown, KeyField::BoundUser));
    m_roles->setProblems(shown);
    m_permittedIps->setProblems(shown);
    m_claims->setProblems(shown);
    m_boundUserHint->setVisible(!current.boundUserId.trimmed().isEmpty());

    if (m_problems.isEmpty()) {
        m_summary->clear();
        m_summary->hide();
    } else {
        const FieldProblem &first = m_problems.constFirst();
        //: %1 is where the problem is ("Permitted IPs, line 2"), %2 what is wrong
        m_summary->setText(
            tr("%n problem(s) to fix before saving. %1: %2", nullptr, int(m_problems.size()))
                .arg(placeOf(first), first.reason));
        m_summary->setStyleSheet(shown.isEmpty() ? QString() : QString(ProblemStyle));
        m_summary->show();
    }
    m_save->setEnabled(m_problems.isEmpty() && !m_saving);
}

QString KeyEditorDialog::placeOf(const FieldProblem &problem) const
{
    switch (problem.field) {
    case KeyField::Name:
        return tr("Name");
    case KeyField::Description:
        return tr("Description");
    case KeyField::Expiry:
        return tr("Expiry");
    case KeyField::BoundUser:
        return tr("Bound user ID");
    case KeyField::ProjectRoles:
        return tr("Project roles");
    case KeyField::TenantRoles:
        return tr("Tenant roles, row %1").arg(problem.row + 1);
    case KeyField::PermittedIps:
        return tr("Permitted IPs, line %1").arg(problem.row + 1);
    case KeyField::CustomClaims:
        return problem.row < 0 ? tr("Custom claims")
                               : tr("Custom claims, row %1").arg(problem.row + 1);
    }
    return {};
}

QWidget *KeyEditorDialog::widgetFor(KeyField field) const
{
    switch (field) {
    case KeyField::Name:
        return m_name;
    case KeyField::Description:
        return m_description;
    case KeyField::Expiry:
        return m_expiry->outlineTarget();
    case KeyField::BoundUser:
        return m_boundUser;
    case KeyField::ProjectRoles:
        return m_roles->projectRolesField();
    case KeyField::TenantRoles:
        return m_roles->tenantRolesField();
    case KeyField::PermittedIps:
        return m_permittedIps->textEdit();
    case KeyField::CustomClaims:
        return m_claims;
    }
    return m_name;
}

void KeyEditorDialog::accept()
{
    if (m_saving)
        return;
    // Reached by the button only when valid; a shortcut or a test may still call it early.
    for (const FieldProblem &problem : std::as_const(m_problems))
        m_touched.insert(problem.field);
    validate();
    if (!m_problems.isEmpty()) {
        widgetFor(m_problems.constFirst().field)->setFocus(Qt::OtherFocusReason);
        return;
    }
    save();
}

void KeyEditorDialog::save()
{
    if (!m_client) {
        m_serverError->setText(tr("The connection to the project was closed. Copy what you "
                                  "need and connect again."));
        m_serverError->show();
        return;
    }
    const KeyForm current = form();
    m_serverError->clear();
    m_serverError->hide();
    setSaving(true);
    if (m_mode == Mode::Create) {
        m_client->createKey(current.toCreateRequest(now()), this,
                            [this](const Result<CreatedKey> &result) {
                                setSaving(false);
                                if (!result) {
                                    showServerError(result.error());
                                    return;
                                }
                                // Handed on, never stored: the answer dies with its job.
                                Q_EMIT keyCreated(result.value());
                                QDialog::accept();
                            });
        return;
    }
    m_client->updateKey(current.toUpdateRequest(m_original), this,
                        [this](const Result<AccessKey> &result) {
                            setSaving(false);
                            if (!result) {
                                showServerError(result.error());
                                return;
                            }
                            Q_EMIT keyUpdated(result.value());
                            QDialog::accept();
                        });
}

void KeyEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_content->setEnabled(!saving);
    m_buttons->setEnabled(!saving);
    m_busyText->setText(m_mode == Mode::Create ? tr("Creating the key…")
                                               : tr("Saving the changes…"));
    m_busy->setVisible(saving);
    validate();
    if (!saving)
        m_save->setFocus(Qt::OtherFocusReason);
    Q_EMIT savingChanged(saving);
}

void KeyEditorDialog::showServerError(const ApiError &error)
{
    m_serverError->setText(m_mode == Mode::Create
                               ? tr("The key was not created. %1").arg(error.userMessage())
                               : tr("The changes were not saved. %1").arg(error.userMessage()));
    m_serverError->show();
}

void KeyEditorDialog::reject()
{
    if (m_saving)
        return;
    if (hasUnsavedChanges()) {
        UserPrompts::Prompt prompt;
        prompt.icon = QMessageBox::Question;
        prompt.title = windowTitle();
        prompt.text = m_mode == Mode::Create
                          ? tr("Discard the new key?")
                          : tr("Discard the changes to %1?").arg(m_original.name);
        prompt.informativeText = tr("What you entered will be lost. Choose Cancel to keep "
                                    "editing.");
        const auto answer = UserPrompts::ask(
            this, prompt, QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void KeyEditorDialog::reloadCatalog()
{
    if (m_client)
        m_roles->loadCatalog(m_client);
}

bool KeyEditorDialog::isLoadingCatalog() const
{
    return m_roles->isLoadingCatalog();
}

void KeyEditorDialog::updateTabOrder()
{
    QList<QWidget *> chain = {m_name, m_description};
    chain += m_expiry->focusChain();
    chain << m_boundUser;
    chain += m_roles->focusChain();
    chain << m_permittedIps->textEdit();
    chain += m_claims->focusChain();
    chain << m_save << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace descope
