#include "ProfileManagerDialog.h"

#include "ConnectDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "UserPrompts.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace descope {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_details(plainLabel(QStringLiteral("profileDetailsLabel"), this))
    , m_keyStatus(plainLabel(QStringLiteral("keyStatusLabel"), this))
    , m_addButton(button(tr("&Add…"), QStringLiteral("addProfileButton"), this))
    , m_editButton(button(tr("&Edit…"), QStringLiteral("editProfileButton"), this))
    , m_removeButton(button(tr("&Remove"), QStringLiteral("removeProfileButton"), this))
    , m_forgetKeyButton(button(tr("&Forget Key"), QStringLiteral("forgetKeyButton"), this))
    , m_connectButton(button(tr("&Connect"), QStringLiteral("connectProfileButton"), this))
{
    setObjectName(QStringLiteral("profileManagerDialog"));
    setWindowTitle(tr("Connection Profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_forgetKeyButton->setToolTip(
        tr("Remove this profile's management key from the keychain; the profile stays"));
    m_connectButton->setDefault(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addSpacing(12);
    side->addWidget(m_forgetKeyButton);
    side->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_keyStatus);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateDetails);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileManagerDialog::connectSelected);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileManagerDialog::removeProfile);
    connect(m_forgetKeyButton, &QPushButton::clicked, this, &ProfileManagerDialog::forgetKey);
    connect(m_connectButton, &QPushButton::clicked, this, &ProfileManagerDialog::connectSelected);
    connect(m_profiles, &ProfileStore::changed, this, &ProfileManagerDialog::reload);

    reload();
    resize(openingSize(this, QSize(qMax(520, sizeHint().width()), qMax(360, sizeHint().height()))));
    growWithContents(this);
}

void ProfileManagerDialog::setActiveProfileId(const QString &profileId)
{
    m_activeId = profileId;
    reload();
    selectProfile(profileId);
}

QString ProfileManagerDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ProfileManagerDialog::selectProfile(const QString &profileId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == profileId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfileManagerDialog::reload()
{
    const QString selected = selectedProfileId();
    m_list->clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        QString text = profile.name;
        if (profile.isSandbox)
            text = tr("%1 (built in)").arg(text);
        if (profile.id == m_activeId)
            text = tr("%1 — connected").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.isSandbox ? tr("A local stand-in for Descope with example keys")
                                           : profile.projectId);
        if (profile.id == m_activeId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    selectProfile(selected.isEmpty() ? m_activeId : selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateDetails();
}

void ProfileManagerDialog::updateDetails()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    const bool saved = profile && !profile->isSandbox;
    m_editButton->setEnabled(saved);
    m_removeButton->setEnabled(saved);
    m_forgetKeyButton->setEnabled(false);
    m_connectButton->setEnabled(profile.has_value());
    const quint64 lookup = ++m_keyLookup;
    if (!profile) {
        m_details->clear();
        m_keyStatus->clear();
        return;
    }
    if (profile->isSandbox) {
        m_details->setText(tr("Runs a sandbox in this process, on a free local port, with its "
                              "data in the application's data directory."));
        m_keyStatus->setText(tr("Management key: none needed"));
        return;
    }
    m_details->setText((profile->baseUrlOverride.isEmpty()
                            ? tr("Project %1 at %2 (derived from the project ID)")
                            : tr("Project %1 at %2 (custom domain)"))
                           .arg(profile->projectId, profile->baseUrl().toDisplayString()));
    m_keyStatus->setText(tr("Management key: looking in the keychain…"));
    // Whether a key is stored is only known by reading it; the answer is dropped at once.
    m_secrets->read(profile->id, this, [this, lookup](const SecretResult &result) {
        if (lookup != m_keyLookup)
            return;
        switch (result.status) {
        case SecretResult::Status::Ok:
            m_keyStatus->setText(m_secrets->isPersistent()
                                     ? tr("Management key: stored in the keychain")
                                     : tr("Management key: kept for this session only"));
            m_forgetKeyButton->setEnabled(true);
            break;
        case SecretResult::Status::NotFound:
            m_keyStatus->setText(tr("Management key: not stored; it is asked for on connecting"));
            break;
        case SecretResult::Status::Failed:
            m_keyStatus->setText(
                tr("Management key: the keychain could not be read (%1)").arg(result.errorString));
            m_forgetKeyButton->setEnabled(true);
            break;
        }
    });
}

void ProfileManagerDialog::addProfile()
{
    openProfileDialog(
        new ConnectDialog(ConnectDialog::Mode::NewProfile, m_profiles, m_secrets, this));
}

void ProfileManagerDialog::editProfile()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile || profile->isSandbox)
        return;
    auto *dialog = new ConnectDialog(ConnectDialog::Mode::EditProfile, m_profiles, m_secrets, this);
    dialog->setProfile(*profile);
    openProfileDialog(dialog);
}

void ProfileManagerDialog::openProfileDialog(ConnectDialog *dialog)
{
    m_profileDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::profileSaved, this,
            [this](const ConnectionProfile &profile) { selectProfile(profile.id); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->connectRequested())
            return;
        Q_EMIT connectionRequested(dialog->savedProfile(), dialog->connection());
        accept();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_profileDialog == dialog)
            m_profileDialog = nullptr;
        updateDetails();
    });
    dialog->open();
}

void ProfileManagerDialog::removeProfile()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile || profile->isSandbox)
        return;
    UserPrompts::Prompt prompt;
    prompt.icon = QMessageBox::Question;
    prompt.title = tr("Remove Profile?");
    //: %1 is the profile's name
    prompt.text = tr("Remove the profile “%1”?").arg(profile->name);
    prompt.informativeText = tr("Its management key is removed from the keychain too. The "
                                "project itself and its access keys are not affected.");
    prompt.buttonTexts.insert(QMessageBox::Yes, tr("Remove"));
    if (UserPrompts::ask(this, prompt, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    // The key goes first: a profile without metadata could never be reached to forget it.
    const QString id = profile->id;
    m_secrets->remove(id, this, [this, id](const SecretResult &result) {
        if (result.status == SecretResult::Status::Failed) {
            UserPrompts::Prompt failure;
            failure.icon = QMessageBox::Warning;
            failure.title = tr("Key Not Removed");
            failure.text = tr("The management key could not be removed from the keychain, so "
                              "the profile was kept.");
            failure.informativeText = result.errorString;
            UserPrompts::tell(this, failure);
            return;
        }
        m_profiles->remove(id);
    });
}

void ProfileManagerDialog::forgetKey()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile || profile->isSandbox)
        return;
    UserPrompts::Prompt prompt;
    prompt.icon = QMessageBox::Question;
    prompt.title = tr("Forget Management Key?");
    //: %1 is the profile's name
    prompt.text = tr("Remove the management key of “%1” from the keychain?").arg(profile->name);
    prompt.informativeText = tr("The profile stays; the key is asked for the next time it "
                                "connects. A session connected now keeps working.");
    prompt.buttonTexts.insert(QMessageBox::Yes, tr("Forget Key"));
    if (UserPrompts::ask(this, prompt, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    m_forgetKeyButton->setEnabled(false);
    m_secrets->remove(profile->id, this, [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::Failed) {
            UserPrompts::Prompt failure;
            failure.icon = QMessageBox::Warning;
            failure.title = tr("Key Not Removed");
            failure.text = tr("The management key could not be removed from the keychain.");
            failure.informativeText = result.errorString;
            UserPrompts::tell(this, failure);
        }
        updateDetails();
    });
}

void ProfileManagerDialog::connectSelected()
{
    const auto profile = m_profiles->findById(selectedProfileId());
    if (!profile)
        return;
    Q_EMIT connectRequested(*profile);
    accept();
}

} // namespace descope
