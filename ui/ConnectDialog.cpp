#include "ConnectDialog.h"

#include "BaseUrl.h"
#include "ConnectionTester.h"
#include "ConnectionVerdictView.h"
#include "FieldProblemLabel.h"
#include "ProfileStore.h"
#include "SecretField.h"
#include "SecretMemory.h"
#include "SecretStore.h"
#include "UserPrompts.h"
#include "WindowFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace descope {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Names and messages carry what users typed: never let them render as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectDialog::ConnectDialog(Mode mode, ProfileStore *profiles, SecretStore *secrets,
                             QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
    , m_message(plainLabel(QStringLiteral("connectMessage"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameProblem(new FieldProblemLabel(m_nameEdit, this))
    , m_projectIdEdit(new QLineEdit(this))
    , m_projectIdProblem(new FieldProblemLabel(m_projectIdEdit, this))
    , m_keyField(new SecretField(this))
    , m_keychainNote(plainLabel(QStringLiteral("keychainNote"), this))
    , m_customUrlCheck(new QCheckBox(tr("C&ustom domain"), this))
    , m_baseUrlEdit(new QLineEdit(this))
    , m_baseUrlProblem(new FieldProblemLabel(m_baseUrlEdit, this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_progress(new QProgressBar(this))
    , m_verdict(new ConnectionVerdictView(this))
    , m_sandboxButton(new QPushButton(tr("Try the &Sandbox"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_saveButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    const bool connecting = mode == Mode::FirstRun || mode == Mode::EnterKey;
    switch (mode) {
    case Mode::FirstRun:
        setWindowTitle(tr("Connect to a Descope Project"));
        setMessage(tr("Enter the project ID and a management key from the Descope console "
                      "(Company settings, Management keys). Or try the sandbox: a local "
                      "stand-in for Descope with example keys."));
        break;
    case Mode::NewProfile:
        setWindowTitle(tr("New Connection Profile"));
        break;
    case Mode::EditProfile:
        setWindowTitle(tr("Edit Connection Profile"));
        break;
    case Mode::EnterKey:
        setWindowTitle(tr("Management Key Needed"));
        break;
    }

    m_nameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_projectIdEdit->setObjectName(QStringLiteral("projectIdEdit"));
    m_projectIdEdit->setPlaceholderText(
        tr("e.g. P2abc… (Project settings in the Descope console)"));
    m_keyField->setObjectName(QStringLiteral("managementKeyField"));
    m_keyField->setEditable(true);
    // A key that is typed in has no business going back out through a Copy button.
    m_keyField->copyButton()->hide();
    m_keyField->setPlaceholderText(tr("Paste the management key"));
    m_customUrlCheck->setObjectName(QStringLiteral("customBaseUrlCheck"));
    m_customUrlCheck->setToolTip(
        tr("Use your own domain (a Descope custom domain) instead of the address derived from "
           "the project ID's region"));
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_projectIdProblem->setObjectName(QStringLiteral("projectIdProblem"));
    m_baseUrlProblem->setObjectName(QStringLiteral("baseUrlProblem"));

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAutoDefault(false);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0); // busy: a test has no measurable progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_progress->hide();

    m_sandboxButton->setObjectName(QStringLiteral("useSandboxButton"));
    m_sandboxButton->setAutoDefault(false);
    m_sandboxButton->setVisible(mode == Mode::FirstRun);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(connecting ? tr("&Connect") : tr("&Save"));
    if (mode == Mode::NewProfile)
        m_saveButton->setToolTip(tr("Saves the profile; with a management key, the window "
                                    "also connects to its project"));
    m_saveButton->setDefault(true);
    m_buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_sandboxButton, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Project ID:"), m_projectIdEdit);
    form->addRow(QString(), m_projectIdProblem);
    auto *keyCaption = new QLabel(tr("&Management key:"), this);
    keyCaption->setBuddy(m_keyField->lineEdit());
    form->addRow(keyCaption, m_keyField);
    form->addRow(QString(), m_keychainNote);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrlEdit, 1);
    urlRow->addWidget(m_customUrlCheck);
    auto *urlCaption = new QLabel(tr("&Base URL:"), this);
    urlCaption->setBuddy(m_baseUrlEdit);
    form->addRow(urlCaption, urlRow);
    form->addRow(QString(), m_baseUrlProblem);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_progress, 1);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_verdict);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        updateProblems();
        updateButtons();
    });
    connect(m_projectIdEdit, &QLineEdit::textChanged, this, [this] {
        clearVerdict();
        updateBaseUrl();
        updateProblems();
        updateButtons();
    });
    connect(m_keyField, &SecretField::secretChanged, this, [this] {
        m_keyEdited = true;
        clearVerdict();
        updateButtons();
    });
    connect(m_customUrlCheck, &QCheckBox::toggled, this, [this](bool custom) {
        clearVerdict();
        updateBaseUrl();
        updateProblems();
        updateButtons();
        if (custom) {
            m_baseUrlEdit->setFocus();
            m_baseUrlEdit->selectAll();
        }
    });
    connect(m_baseUrlEdit, &QLineEdit::textEdited, this, [this] {
        clearVerdict();
        updateProblems();
        updateButtons();
    });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectDialog::showVerdict);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_sandboxButton, &QPushButton::clicked, this, [this] {
        m_sandboxChosen = true;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ConnectDialog::updateKeychainNote);

    m_message->setVisible(!m_message->text().isEmpty());
    updateBaseUrl();
    updateKeychainNote();
    updateProblems();
    clearVerdict();
    updateButtons();
    m_nameEdit->setFocus();
    resize(openingSize(this, QSize(qMax(560, sizeHint().width()), sizeHint().height())));
    growWithContents(this);
}

ConnectDialog::~ConnectDialog()
{
    wipeString(m_connectionKey);
}

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_profileId = profile.id;
    {
        const QSignalBlocker customBlocker(m_customUrlCheck);
        m_customUrlCheck->setChecked(!profile.baseUrlOverride.isEmpty());
    }
    m_nameEdit->setText(profile.name);
    m_projectIdEdit->setText(profile.projectId);
    if (!profile.baseUrlOverride.isEmpty())
        m_baseUrlEdit->setText(profile.baseUrlOverride.toString());
    updateBaseUrl();

    // The stored key, so that Test Connection works as it is and reveal shows what is kept.
    m_readingKey = true;
    m_keyField->setEditable(false);
    m_keyField->setPlaceholderText(tr("Reading the keychain…"));
    updateButtons();
    m_secrets->read(profile.id, this, [this](const SecretResult &result) {
        m_readingKey = false;
        m_keyField->setEditable(true);
        if (result.ok()) {
            const QSignalBlocker blocker(m_keyField);
            m_keyField->setSecret(result.secret);
            m_hadStoredKey = true;
            m_keyEdited = false;
        } else {
            m_keyField->setPlaceholderText(tr("No key is stored: paste the management key"));
            if (result.status == SecretResult::Status::Failed)
                setMessage(tr("The keychain could not be read: %1").arg(result.errorString));
        }
        if (m_mode == Mode::EnterKey)
            m_keyField->setFocus();
        updateButtons();
    });
    m_nameEdit->setFocus();
    updateProblems();
    updateButtons();
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

ConnectionProfile ConnectDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.id = m_profileId;
    profile.name = m_nameEdit->text().trimmed();
    profile.projectId = m_projectIdEdit->text().trimmed();
    if (m_customUrlCheck->isChecked()) {
        const QString url = m_baseUrlEdit->text().trimmed();
        // An empty custom URL is a problem to show, not a silent "derive it after all".
        profile.baseUrlOverride =
            url.isEmpty() ? QUrl(QStringLiteral("https://")) : QUrl(url, QUrl::StrictMode);
    }
    return profile;
}

Connection ConnectDialog::connection() const
{
    // A copy of its own: ours is wiped with the dialog.
    return m_saved.connection(privateCopy(m_connectionKey));
}

bool ConnectDialog::isBusy() const
{
    return m_tester->isRunning() || m_saving || m_readingKey;
}

void ConnectDialog::done(int result)
{
    m_tester->cancel();
    m_keyField->wipe();
    QDialog::done(result);
}

void ConnectDialog::testConnection()
{
    const ConnectionProfile profile = formProfile();
    clearVerdict();
    m_progress->show();
    m_verdict->showTesting(profile.baseUrl().toDisplayString());
    m_tester->test(profile.connection(privateCopy(m_keyField->secret())));
    updateButtons();
}

void ConnectDialog::showVerdict(const ConnectionVerdict &verdict)
{
    m_progress->hide();
    m_verdict->showVerdict(verdict);
    updateButtons();
}

void ConnectDialog::clearVerdict()
{
    m_tester->cancel();
    m_progress->hide();
    m_verdict->clear();
}

void ConnectDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    ConnectionProfile profile = formProfile();
    if (const QString problem = m_profiles->problem(profile); !problem.isEmpty()) {
        updateProblems();
        return;
    }
    const QString key = privateCopy(m_keyField->secret());
    if (keyRequired() && key.isEmpty())
        return;
    const auto saved = m_profiles->save(profile);
    if (!saved)
        return;
    m_saved = *saved;
    m_profileId = saved->id;
    wipeString(m_connectionKey);
    m_connectionKey = key;
    m_connectRequested = connectsOnSave();
    Q_EMIT profileSaved(m_saved);

    // The field is the truth once the user touched it: a key is stored, an emptied field
    // forgets the stored one. Untouched, the keychain is left alone.
    const bool store = m_keyEdited && !key.isEmpty();
    const bool forget = m_keyEdited && key.isEmpty() && m_hadStoredKey;
    if (!store && !forget) {
        finishSave(m_saved, {});
        return;
    }
    m_saving = true;
    m_tester->cancel();
    updateButtons();
    auto onStored = [this](const SecretResult &result) {
        m_saving = false;
        finishSave(m_saved,
                   result.status == SecretResult::Status::Failed ? result.errorString : QString());
    };
    if (store)
        m_secrets->write(m_saved.id, key, this, onStored);
    else
        m_secrets->remove(m_saved.id, this, onStored);
}

void ConnectDialog::finishSave(const ConnectionProfile &profile, const QString &storeError)
{
    if (!storeError.isEmpty()) {
        UserPrompts::Prompt prompt;
        prompt.icon = QMessageBox::Warning;
        prompt.title = tr("Key Not Stored");
        //: %1 is the profile's name
        prompt.text = tr("The profile “%1” was saved, but its management key could not be "
                         "stored in the keychain.")
                          .arg(profile.name);
        prompt.informativeText = tr("%1 The key is used for this session only.").arg(storeError);
        UserPrompts::tell(this, prompt);
    }
    accept();
}

void ConnectDialog::updateBaseUrl()
{
    const bool custom = m_customUrlCheck->isChecked();
    m_baseUrlEdit->setReadOnly(!custom);
    if (!custom) {
        const QString projectId = m_projectIdEdit->text().trimmed();
        m_baseUrlEdit->setText(baseUrlForProjectId(projectId).toString());
        m_baseUrlEdit->setToolTip(tr("Derived from the project ID's region, as Descope's SDKs "
                                     "do. Tick Custom domain to use your own."));
    } else {
        m_baseUrlEdit->setToolTip(tr("Your custom domain, e.g. https://auth.example.com"));
    }
}

void ConnectDialog::updateProblems()
{
    const ConnectionProfile profile = formProfile();
    // An untouched new form shows no problems yet; Save is disabled all the same.
    const bool pristine = m_profileId.isEmpty() && profile.name.isEmpty();
    m_nameProblem->setProblem(pristine ? QString()
                                       : m_profiles->nameProblem(profile.name, m_profileId));
    const bool projectTouched = !m_projectIdEdit->text().isEmpty() || !pristine;
    m_projectIdProblem->setProblem(
        projectTouched ? ProfileStore::projectIdProblem(profile.projectId) : QString());
    m_baseUrlProblem->setProblem(ProfileStore::baseUrlOverrideProblem(profile.baseUrlOverride));
}

void ConnectDialog::updateKeychainNote()
{
    if (m_secrets->isPersistent()) {
        m_keychainNote->setText(
            tr("The key is kept in the system keychain, never in the settings file."));
        return;
    }
    const QString reason = m_secrets->errorString();
    m_keychainNote->setText(reason.isEmpty()
                                ? tr("No keychain is available, so the key is kept in memory "
                                     "for this session only.")
                                : reason);
}

void ConnectDialog::updateButtons()
{
    const ConnectionProfile profile = formProfile();
    const bool reachable = ProfileStore::projectIdProblem(profile.projectId).isEmpty() &&
                           ProfileStore::baseUrlOverrideProblem(profile.baseUrlOverride).isEmpty();
    const bool hasKey = !m_keyField->isEmpty();
    m_testButton->setEnabled(reachable && hasKey && !m_saving && !m_readingKey &&
                             !m_tester->isRunning());
    m_saveButton->setEnabled(m_profiles->problem(profile).isEmpty() && !m_saving && !m_readingKey &&
                             (hasKey || !keyRequired()));
    // The button says whether saving a new profile connects to it: it does when there is a
    // key to connect with.
    if (m_mode == Mode::NewProfile)
        m_saveButton->setText(hasKey ? tr("Save and &Connect") : tr("&Save"));
}

bool ConnectDialog::keyRequired() const
{
    return m_mode == Mode::FirstRun || m_mode == Mode::EnterKey;
}

bool ConnectDialog::connectsOnSave() const
{
    return keyRequired() || (m_mode == Mode::NewProfile && !m_keyField->isEmpty());
}

} // namespace descope
