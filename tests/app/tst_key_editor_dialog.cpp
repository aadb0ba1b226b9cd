// The create and edit key dialogs against a real sandbox: a key created with roles per tenant,
// custom claims of every type, permitted IPs and a bound user arrives with every field; an
// invalid address disables Create and says why, and fixing it enables Create (and Enter); an
// edit clears the description and changes a role while everything else, custom attributes
// included, stays as it was; a refusal and a stopped sandbox keep the dialog open with the
// input intact; the tenants and roles show loading, failure and retry; expiry and bound user
// are read-only when editing; closing with changes asks first.

#include "AwaitResult.h"
#include "ClaimsEditor.h"
#include "ExpirationPicker.h"
#include "FieldProblemLabel.h"
#include "KeyEditorDialog.h"
#include "ManagementClient.h"
#include "PermittedIpsEditor.h"
#include "RolePicker.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "SandboxServer.h"
#include "TenantRolesEditor.h"
#include "UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace descope;

namespace {

constexpr qint64 Day = 24 * 60 * 60;
const QString Acme = QStringLiteral("T2AcmeCorp0000000000000000001");
const QString Globex = QStringLiteral("T2Globex000000000000000000002");

// Retries come quickly, so that a read from a sandbox that is gone fails within the test's
// waits (the tenants and roles, loaded as the dialog opens).
ClientSettings quickRetrySettingsFor(const sandbox::SandboxHost &host)
{
    ClientSettings settings = clientSettingsFor(host);
    settings.retry.delaysMs = {20, 20};
    return settings;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList tenantIds(const QList<KeyTenant> &tenants)
{
    QStringList ids;
    for (const KeyTenant &tenant : tenants)
        ids.append(tenant.tenantId);
    return ids;
}

} // namespace

class TestKeyEditorDialog : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    QPointer<KeyEditorDialog> m_dialog;

    // The dialog under test, and its parts by object name. A missing one is a broken test,
    // so it stops the run (which also tells GCC's null-dereference analysis it cannot be null).
    KeyEditorDialog *dialog() const
    {
        KeyEditorDialog *open = m_dialog.data();
        if (!open)
            qFatal("no dialog is open");
        return open;
    }
    template <typename T>
    T *child(const char *objectName) const
    {
        T *found = dialog()->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("the dialog has no %s", objectName);
        return found;
    }
    QLineEdit *nameField() const { return child<QLineEdit>("nameField"); }
    QPlainTextEdit *descriptionField() const { return child<QPlainTextEdit>("descriptionField"); }
    QLineEdit *boundUserField() const { return child<QLineEdit>("boundUserField"); }
    ExpirationPicker *expiry() const { return child<ExpirationPicker>("expirationPicker"); }
    RolePicker *projectRoles() const { return child<RolePicker>("projectRolePicker"); }
    TenantRolesEditor *tenantRoles() const { return child<TenantRolesEditor>("tenantRolesEditor"); }
    PermittedIpsEditor *permittedIps() const
    {
        return child<PermittedIpsEditor>("permittedIpsEditor");
    }
    QPlainTextEdit *ipsText() const { return child<QPlainTextEdit>("permittedIpsText"); }
    ClaimsEditor *claims() const { return child<ClaimsEditor>("claimsEditor"); }
    QPushButton *saveButton() const { return child<QPushButton>("saveButton"); }
    QString shownText(const char *objectName) const
    {
        const auto *label = child<QLabel>(objectName);
        return label && label->isVisible() ? label->text() : QString();
    }

    // The reason a FieldProblemLabel shows, or nothing while it is hidden.
    QString shownProblem(const char *objectName) const
    {
        const auto *problem = child<FieldProblemLabel>(objectName);
        return problem->isVisible() ? problem->problem() : QString();
    }

    bool showDialog(KeyEditorDialog *dialog)
    {
        if (!dialog)
            return false;
        m_dialog = dialog;
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog))
            return false;
        // It deletes itself only when closed, which nothing does while this waits.
        return QTest::qWaitFor([dialog] { return !dialog->isLoadingCatalog(); }, 10000);
    }

    bool openCreate(ManagementClient *client = nullptr)
    {
        return showDialog(KeyEditorDialog::createKey(client ? client : m_client.get(), nullptr));
    }

    bool openEdit(const AccessKey &key)
    {
        return showDialog(KeyEditorDialog::editKey(m_client.get(), key, nullptr));
    }

    std::optional<AccessKey> loadKey(const QString &id)
    {
        const auto result = await<AccessKey>([&](const QObject *context, auto callback) {
            m_client->loadKey(id, context, callback);
        });
        if (!result || !*result)
            return std::nullopt;
        return result->value();
    }

    std::optional<AccessKey> createDirectly(const CreateKeyRequest &request)
    {
        const auto result = await<CreatedKey>([&](const QObject *context, auto callback) {
            m_client->createKey(request, context, callback);
        });
        if (!result || !*result)
            return std::nullopt;
        return result->value().key;
    }

    // Fills claim row `row` (added when missing) the way a user would.
    void setClaim(int row, const QString &name, ClaimRow::Type type, const QString &value)
    {
        while (claims()->rowCount() <= row)
            QTest::mouseClick(child<QPushButton>("addClaimButton"), Qt::LeftButton);
        QTest::keyClicks(claims()->nameEdit(row), name);
        QComboBox *typeBox = claims()->typeBox(row);
        typeBox->setCurrentIndex(typeBox->findData(int(type)));
        if (type == ClaimRow::Type::Boolean) {
            QComboBox *boolean = claims()->booleanBox(row);
            boolean->setCurrentIndex(boolean->findData(value));
        } else {
            QTest::keyClicks(claims()->valueEdit(row), value);
        }
    }

    // Types lines into a text edit, pressing Enter between them.
    static void typeLines(QWidget *edit, const QStringList &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }

    QByteArray lastBody(const char *path) const
    {
        QByteArray body;
        for (const sandbox::RecordedRequest &request : m_host.server()->recordedRequests()) {
            if (request.path == QLatin1String(path))
                body = request.body;
        }
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_host.start({}), qPrintable(m_host.errorString()));
        m_client = std::make_unique<ManagementClient>(quickRetrySettingsFor(m_host));
        UserPrompts::setStrict(true);
    }

    void init() { UserPrompts::reset(); }

    void cleanup()
    {
        if (m_dialog) {
            dialog()->setAttribute(Qt::WA_DeleteOnClose, false);
            delete m_dialog;
        }
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void createsAKeyWithEveryField()
    {
        QVERIFY(openCreate());
        QCOMPARE(dialog()->mode(), KeyEditorDialog::Mode::Create);
        QVERIFY(!saveButton()->isEnabled());
        // Nothing typed yet: the summary says why Create is off, the field is not yet red.
        QVERIFY(shownText("problemSummary").contains(QLatin1String("Name: A name is required")));
        QCOMPARE(shownProblem("nameProblem"), QString());
        QVERIFY(!expiry()->isFixed());
        QVERIFY(!boundUserField()->isReadOnly());

        QTest::keyClicks(nameField(), QStringLiteral("ci-deployer-e2e"));
        QTest::keyClicks(descriptionField(), QStringLiteral("Deploys from the pipeline"));
        auto *preset = child<QComboBox>("expiryPreset");
        preset->setCurrentIndex(preset->findData(int(KeyForm::ExpiryPreset::Days30)));
        QTest::keyClicks(boundUserField(), QStringLiteral("U2PipelineBot"));
        QVERIFY(!shownText("boundUserHint").isEmpty());

        // Roles per tenant, picked from the project's lists.
        QTest::mouseClick(child<QRadioButton>("tenantRolesScope"), Qt::LeftButton);
        QVERIFY(child<QRadioButton>("tenantRolesScope")->isChecked());
        QVERIFY(!projectRoles()->isEnabled());
        QTest::mouseClick(tenantRoles()->addButton(), Qt::LeftButton);
        QTest::mouseClick(tenantRoles()->addButton(), Qt::LeftButton);
        QCOMPARE(tenantRoles()->rowCount(), 2);
        QCOMPARE(tenantRoles()->tenantBox(0)->count(), 6); // "Choose a tenant" and five tenants
        QVERIFY(!saveButton()->isEnabled());               // two rows without a tenant
        tenantRoles()->tenantBox(0)->setCurrentIndex(tenantRoles()->tenantBox(0)->findData(Acme));
        tenantRoles()->tenantBox(1)->setCurrentIndex(tenantRoles()->tenantBox(1)->findData(Globex));
        QVERIFY(tenantRoles()->rolePicker(0)->roleAction(QStringLiteral("Viewer")));
        tenantRoles()->rolePicker(0)->roleAction(QStringLiteral("Viewer"))->trigger();
        tenantRoles()->rolePicker(0)->roleAction(QStringLiteral("Billing"))->trigger();
        tenantRoles()->rolePicker(1)->roleAction(QStringLiteral("Editor"))->trigger();
        QCOMPARE(tenantRoles()->rolePicker(0)->text(), QStringLiteral("Viewer, Billing"));

        typeLines(ipsText(), {QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32"),
                              QStringLiteral("203.0.113.7")});
        QCOMPARE(permittedIps()->lines().size(), 3);

        setClaim(0, QStringLiteral("plan"), ClaimRow::Type::String, QStringLiteral("gold"));
        setClaim(1, QStringLiteral("seats"), ClaimRow::Type::Number, QStringLiteral("25"));
        setClaim(2, QStringLiteral("beta"), ClaimRow::Type::Boolean, QStringLiteral("false"));
        setClaim(3, QStringLiteral("limits"), ClaimRow::Type::Json,
                 QStringLiteral("{\"rps\": 5, \"regions\": [\"eu\"]}"));

        QVERIFY2(dialog()->problems().isEmpty(), qPrintable(dialog()->problems().value(0).reason));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(shownText("problemSummary"), QString());

        QSignalSpy created(dialog(), &KeyEditorDialog::keyCreated);
        QPointer<KeyEditorDialog> shown = m_dialog;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        const auto createdKey = created.at(0).at(0).value<CreatedKey>();
        QVERIFY(!createdKey.cleartext.isEmpty());
        QVERIFY(!createdKey.key.id.isEmpty());
        // Accepted and gone: it deletes itself on close.
        QTRY_VERIFY(shown.isNull());

        const auto key = loadKey(createdKey.key.id);
        QVERIFY(key);
        QCOMPARE(key->name, QStringLiteral("ci-deployer-e2e"));
        QCOMPARE(key->description, QStringLiteral("Deploys from the pipeline"));
        QVERIFY2(key->expireTime >= before + 30 * Day && key->expireTime <= after + 30 * Day,
                 qPrintable(QString::number(key->expireTime - before)));
        QCOMPARE(key->boundUserId, QStringLiteral("U2PipelineBot"));
        QVERIFY(key->roleNames.isEmpty());
        QCOMPARE(tenantIds(key->keyTenants), QStringList({Acme, Globex}));
        QCOMPARE(key->keyTenants.at(0).roleNames,
                 QStringList({QStringLiteral("Viewer"), QStringLiteral("Billing")}));
        QCOMPARE(key->keyTenants.at(1).roleNames, QStringList({QStringLiteral("Editor")}));
        QCOMPARE(key->permittedIps,
                 QStringList({QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32"),
                              QStringLiteral("203.0.113.7")}));
        QCOMPARE(key->customClaims, json(R"({"plan": "gold", "seats": 25, "beta": false,
                                             "limits": {"rps": 5, "regions": ["eu"]}})"));
        QVERIFY(key->customAttributes.isEmpty());

        // What went on the wire: the user ID as `userId`, the claims' number as an integer.
        const QJsonObject body =
            QJsonDocument::fromJson(lastBody("/v1/mgmt/accesskey/create")).object();
        QCOMPARE(body.value(QStringLiteral("userId")).toString(), QStringLiteral("U2PipelineBot"));
        QCOMPARE(body.value(QStringLiteral("roleNames")).toArray().size(), 0);
        QVERIFY(QJsonDocument::fromJson(lastBody("/v1/mgmt/accesskey/create"))
                    .toJson(QJsonDocument::Compact)
                    .contains("\"seats\":25"));
    }

    void anInvalidAddressDisablesCreateUntilFixed()
    {
        QVERIFY(openCreate());
        // A field shows its problem once it has been edited.
        QTest::keyClicks(nameField(), QStringLiteral("x"));
        QCOMPARE(shownProblem("nameProblem"), QString());
        QTest::keyClick(nameField(), Qt::Key_Backspace);
        QCOMPARE(shownProblem("nameProblem"), QStringLiteral("A name is required"));
        QCOMPARE(nameField()->toolTip(), QStringLiteral("A name is required"));
        QTest::keyClicks(nameField(), QStringLiteral("ip-check"));
        QCOMPARE(shownProblem("nameProblem"), QString());
        QVERIFY(nameField()->styleSheet().isEmpty());
        QVERIFY(saveButton()->isEnabled());

        typeLines(ipsText(), {QStringLiteral("192.0.2.1"), QStringLiteral("10.0.0.300")});
        QVERIFY(!saveButton()->isEnabled());
        const QString reason = QStringLiteral("10.0.0.300 is not an IPv4 address: 300 is more "
                                              "than 255");
        QCOMPARE(permittedIps()->problemText(), QStringLiteral("Line 2: ") + reason);
        QCOMPARE(shownProblem("permittedIpsProblem"), QStringLiteral("Line 2: ") + reason);
        QCOMPARE(ipsText()->toolTip(), QStringLiteral("Line 2: ") + reason);
        QVERIFY(!ipsText()->styleSheet().isEmpty()); // outlined
        QCOMPARE(ipsText()->extraSelections().size(), 1);
        QCOMPARE(shownText("problemSummary"),
                 QStringLiteral("1 problem(s) to fix before saving. Permitted IPs, line 2: ") +
                     reason);

        // Enter does nothing while the form is invalid.
        QSignalSpy created(dialog(), &KeyEditorDialog::keyCreated);
        QTest::keyClick(nameField(), Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog()->isVisible());

        QTest::keyClick(ipsText(), Qt::Key_Backspace);
        QTest::keyClicks(ipsText(), QStringLiteral("1"));
        QCOMPARE(permittedIps()->lines().last(), QStringLiteral("10.0.0.301"));
        QVERIFY(!saveButton()->isEnabled());
        QTest::keyClick(ipsText(), Qt::Key_Backspace);
        QTest::keyClick(ipsText(), Qt::Key_Backspace);
        QTest::keyClicks(ipsText(), QStringLiteral("0"));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(permittedIps()->problemText(), QString());
        QCOMPARE(shownProblem("permittedIpsProblem"), QString());
        QVERIFY(ipsText()->styleSheet().isEmpty());
        QVERIFY(ipsText()->extraSelections().isEmpty());
        QCOMPARE(shownText("problemSummary"), QString());

        // Enter accepts once it is valid.
        QPointer<KeyEditorDialog> shown = m_dialog;
        QTest::keyClick(nameField(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        const auto key = loadKey(created.at(0).at(0).value<CreatedKey>().key.id);
        QVERIFY(key);
        QCOMPARE(key->permittedIps,
                 QStringList({QStringLiteral("192.0.2.1"), QStringLiteral("10.0.0.30")}));
        QTRY_VERIFY(shown.isNull());
    }

    void reservedAndBrokenClaimsAreRefusedWhereTheyAre()
    {
        QVERIFY(openCreate());
        QTest::keyClicks(nameField(), QStringLiteral("claims-check"));
        setClaim(0, QStringLiteral("exp"), ClaimRow::Type::Number, QStringLiteral("1"));
        QVERIFY(!saveButton()->isEnabled());
        QCOMPARE(claims()->nameEdit(0)->toolTip(),
                 QStringLiteral("exp is a registered JWT claim: Descope sets it in every session "
                                "token"));
        QVERIFY(!claims()->nameEdit(0)->styleSheet().isEmpty());
        QVERIFY(claims()->valueEdit(0)->styleSheet().isEmpty()); // the value is fine
        claims()->nameEdit(0)->clear();
        QTest::keyClicks(claims()->nameEdit(0), QStringLiteral("expiresSoon"));
        QVERIFY(saveButton()->isEnabled());

        // The text view: a broken object is refused with its line and column...
        QTest::mouseClick(child<QRadioButton>("claimsTextView"), Qt::LeftButton);
        QCOMPARE(claims()->view(), KeyForm::ClaimsView::Text);
        QCOMPARE(QJsonDocument::fromJson(claims()->textEdit()->toPlainText().toUtf8()).object(),
                 json(R"({"expiresSoon": 1})"));
        claims()->textEdit()->selectAll();
        typeLines(claims()->textEdit(), {QStringLiteral("{\"tier\": 2,"), QStringLiteral("    }")});
        QVERIFY(!saveButton()->isEnabled());
        QCOMPARE(shownProblem("claimsTextProblem"),
                 QStringLiteral("JSON: unexpected '}' at line 2, column 5"));
        QCOMPARE(claims()->textEdit()->toolTip(),
                 QStringLiteral("JSON: unexpected '}' at line 2, column 5"));

        // ...and switching views loses neither: the rows come back, then the broken text.
        QTest::mouseClick(child<QRadioButton>("claimsRowsView"), Qt::LeftButton);
        QCOMPARE(claims()->rowCount(), 1);
        QCOMPARE(claims()->nameEdit(0)->text(), QStringLiteral("expiresSoon"));
        QVERIFY(!shownText("claimsViewsNote").isEmpty());
        QVERIFY(saveButton()->isEnabled()); // the rows are what would be saved
        QTest::mouseClick(child<QRadioButton>("claimsTextView"), Qt::LeftButton);
        QCOMPARE(claims()->textEdit()->toPlainText(), QStringLiteral("{\"tier\": 2,\n    }"));

        UserPrompts::queueAnswer(QMessageBox::Discard);
        dialog()->reject();
        QCOMPARE(UserPrompts::shown().size(), 1);
        QCOMPARE(UserPrompts::shown().at(0).text, QStringLiteral("Discard the new key?"));
        QTRY_VERIFY(m_dialog.isNull());
    }

    void editClearsTheDescriptionAndChangesARoleKeepingTheRest()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("billing-export");
        request.description = QStringLiteral("Nightly export, to be cleared");
        request.expireTime = QDateTime::currentSecsSinceEpoch() + 10 * Day;
        request.roleNames = {QStringLiteral("Viewer"), QStringLiteral("Support")};
        request.permittedIps = {QStringLiteral("198.51.100.0/24")};
        request.customClaims = json(R"({"plan": "gold", "seats": 9007199254740993,
                                        "ratio": 0.25, "beta": true, "tags": ["a", "b"]})");
        request.customAttributes = json(R"({"costCenter": "CC-7", "owner": {"team": "data"}})");
        request.boundUserId = QStringLiteral("U2Someone");
        const auto original = createDirectly(request);
        QVERIFY(original);

        QVERIFY(openEdit(*original));
        QCOMPARE(dialog()->mode(), KeyEditorDialog::Mode::Edit);
        QCOMPARE(shownText("keyIdLabel"), original->id);
        QCOMPARE(nameField()->text(), original->name);
        QCOMPARE(descriptionField()->toPlainText(), original->description);
        QVERIFY(child<QRadioButton>("projectRolesScope")->isChecked());
        QCOMPARE(projectRoles()->selectedRoles(), original->roleNames);
        QCOMPARE(permittedIps()->lines(), original->permittedIps);
        QCOMPARE(claims()->rowCount(), 5);
        // What cannot change is shown read-only, with the reason.
        const QString fixedReason =
            QStringLiteral("Set when the key was created; Descope cannot change it.");
        QVERIFY(expiry()->isFixed());
        QVERIFY(child<QLineEdit>("expiryFixed")->isReadOnly());
        QVERIFY(child<QLineEdit>("expiryFixed")->isVisible());
        QVERIFY(!child<QComboBox>("expiryPreset")->isVisible());
        QCOMPARE(shownText("expiryFixedNote"), fixedReason);
        QVERIFY(boundUserField()->isReadOnly());
        QCOMPARE(boundUserField()->text(), QStringLiteral("U2Someone"));
        QCOMPARE(shownText("boundUserFixedNote"), fixedReason);
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(!dialog()->hasUnsavedChanges());

        descriptionField()->setFocus();
        QTest::keyClick(descriptionField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(descriptionField(), Qt::Key_Delete);
        QCOMPARE(descriptionField()->toPlainText(), QString());
        projectRoles()->roleAction(QStringLiteral("Viewer"))->trigger();
        projectRoles()->roleAction(QStringLiteral("Editor"))->trigger();
        QCOMPARE(projectRoles()->selectedRoles(),
                 QStringList({QStringLiteral("Support"), QStringLiteral("Editor")}));
        QVERIFY(dialog()->hasUnsavedChanges());

        QSignalSpy updated(dialog(), &KeyEditorDialog::keyUpdated);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QVERIFY(dialog()->isSaving());
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!nameField()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
        QCOMPARE(updated.at(0).at(0).value<AccessKey>().description, QString());
        QTRY_VERIFY(m_dialog.isNull());

        const auto key = loadKey(original->id);
        QVERIFY(key);
        QCOMPARE(key->description, QString());
        QCOMPARE(key->roleNames,
                 QStringList({QStringLiteral("Support"), QStringLiteral("Editor")}));
        QCOMPARE(key->name, original->name);
        QCOMPARE(key->expireTime, original->expireTime);
        QCOMPARE(key->boundUserId, original->boundUserId);
        QCOMPARE(key->keyTenants, original->keyTenants);
        QCOMPARE(key->permittedIps, original->permittedIps);
        QCOMPARE(key->customClaims, original->customClaims);
        QCOMPARE(key->customClaims.value(QStringLiteral("seats")).toVariant().toLongLong(),
                 9007199254740993LL);
        QCOMPARE(key->customAttributes, original->customAttributes);
        QCOMPARE(key->active, original->active);

        // Sent in full: the cleared description as "", the attributes it does not edit as they
        // were.
        const QJsonObject body =
            QJsonDocument::fromJson(lastBody("/v1/mgmt/accesskey/update")).object();
        QVERIFY(body.contains(QStringLiteral("description")));
        QCOMPARE(body.value(QStringLiteral("description")).toString(), QString());
        QCOMPARE(body.value(QStringLiteral("customAttributes")).toObject(),
                 original->customAttributes);
        QCOMPARE(body.value(QStringLiteral("keyTenants")).toArray().size(), 0);
    }

    void aRefusalKeepsTheDialogOpenWithTheInput()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("soon-deleted");
        const auto original = createDirectly(request);
        QVERIFY(original);
        QVERIFY(openEdit(*original));

        nameField()->selectAll();
        QTest::keyClicks(nameField(), QStringLiteral("renamed"));
        QTest::keyClicks(descriptionField(), QStringLiteral("typed before the refusal"));
        QTest::keyClicks(ipsText(), QStringLiteral("192.0.2.7"));
        // Someone else deletes the key meanwhile.
        const auto deleted = await<Done>([&](const QObject *context, auto callback) {
            m_client->deleteKey(original->id, context, callback);
        });
        QVERIFY(deleted && *deleted);

        QSignalSpy updated(dialog(), &KeyEditorDialog::keyUpdated);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isSaving(), 10000);
        QCOMPARE(updated.count(), 0);
        QVERIFY(dialog()->isVisible());
        const QString error = shownText("serverError");
        QVERIFY2(error.startsWith(QLatin1String("The changes were not saved.")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("could not find")), qPrintable(error));
        QCOMPARE(nameField()->text(), QStringLiteral("renamed"));
        QCOMPARE(descriptionField()->toPlainText(), QStringLiteral("typed before the refusal"));
        QCOMPARE(permittedIps()->lines(), QStringList({QStringLiteral("192.0.2.7")}));
        QVERIFY(nameField()->isEnabled());
        QVERIFY(saveButton()->isEnabled());

        // Esc with changes asks; Cancel keeps editing, Discard closes.
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QVERIFY(m_dialog);
        QVERIFY(dialog()->isVisible());
        QCOMPARE(UserPrompts::shown().size(), 1);
        QCOMPARE(UserPrompts::shown().at(0).text,
                 QStringLiteral("Discard the changes to soon-deleted?"));
        UserPrompts::queueAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QTRY_VERIFY(m_dialog.isNull());
    }

    void aStoppedSandboxKeepsTheDialogOpen()
    {
        sandbox::SandboxHost host;
        QVERIFY2(host.start({}), qPrintable(host.errorString()));
        ClientSettings settings = quickRetrySettingsFor(host);
        settings.timeoutMs = 3000;
        ManagementClient client(settings);
        QVERIFY(openCreate(&client));
        QTest::keyClicks(nameField(), QStringLiteral("never-created"));
        setClaim(0, QStringLiteral("plan"), ClaimRow::Type::String, QStringLiteral("gold"));
        host.stop();

        QSignalSpy created(dialog(), &KeyEditorDialog::keyCreated);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isSaving(), 10000);
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog()->isVisible());
        QVERIFY2(shownText("serverError").startsWith(QLatin1String("The key was not created.")),
                 qPrintable(shownText("serverError")));
        QCOMPARE(nameField()->text(), QStringLiteral("never-created"));
        QCOMPARE(claims()->nameEdit(0)->text(), QStringLiteral("plan"));
        QCOMPARE(claims()->valueEdit(0)->text(), QStringLiteral("gold"));
        QVERIFY(saveButton()->isEnabled());
        UserPrompts::queueAnswer(QMessageBox::Discard);
        dialog()->reject();
        QTRY_VERIFY(m_dialog.isNull());
    }

    void tenantsAndRolesShowLoadingFailureAndRetry()
    {
        // A port nobody listens on, until a sandbox takes it for the retry.
        sandbox::SandboxHost first;
        QVERIFY2(first.start({}), qPrintable(first.errorString()));
        const ClientSettings settings = quickRetrySettingsFor(first);
        const quint16 port = quint16(first.baseUrl().port());
        first.stop();
        ManagementClient client(settings);

        m_dialog = KeyEditorDialog::createKey(&client, nullptr);
        dialog()->open();
        QVERIFY(dialog()->isLoadingCatalog());
        QCOMPARE(shownText("catalogStatus"), QStringLiteral("Loading the project's tenants and "
                                                            "roles…"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isLoadingCatalog(), 10000);
        QVERIFY2(shownText("catalogStatus")
                     .startsWith(QLatin1String("The tenants and roles could not be loaded.")),
                 qPrintable(shownText("catalogStatus")));
        auto *retry = child<QPushButton>("retryCatalogButton");
        QVERIFY(retry->isVisible());
        QCOMPARE(projectRoles()->roleAction(QStringLiteral("Viewer")), nullptr);
        // The rest of the form still works.
        QTest::keyClicks(nameField(), QStringLiteral("roles-later"));
        QVERIFY(saveButton()->isEnabled());

        sandbox::SandboxHost second;
        sandbox::SandboxOptions options;
        options.port = port;
        QVERIFY2(second.start(options), qPrintable(second.errorString()));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog()->isLoadingCatalog(), 10000);
        QCOMPARE(shownText("catalogStatus"), QString());
        QVERIFY(!retry->isVisible());
        QVERIFY(projectRoles()->roleAction(QStringLiteral("Viewer")));
        QCOMPARE(nameField()->text(), QStringLiteral("roles-later"));

        UserPrompts::queueAnswer(QMessageBox::Discard);
        dialog()->reject();
        QTRY_VERIFY(m_dialog.isNull());
    }

    void keyboardOrderAndMnemonics()
    {
        QVERIFY(openCreate());
        QVERIFY(QTest::qWaitForWindowActive(dialog()));
        nameField()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), nameField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), descriptionField());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>("expiryPreset"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), boundUserField());
        // Rows added later still come in their place, not at the end.
        QTest::mouseClick(child<QPushButton>("addClaimButton"), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), claims()->nameEdit(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), claims()->typeBox(0));

        QTest::keyClick(dialog(), Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), ipsText());
        QTest::keyClick(dialog(), Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), nameField());

        // Nothing typed (an empty claim row is nothing): Esc closes without asking.
        QTest::keyClick(dialog(), Qt::Key_Escape);
        QTRY_VERIFY(m_dialog.isNull());
        QCOMPARE(UserPrompts::shown().size(), 0);
    }
};

QTEST_MAIN(TestKeyEditorDialog)
#include "tst_key_editor_dialog.moc"
