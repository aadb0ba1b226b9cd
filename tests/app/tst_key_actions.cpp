// The key actions in the main window against a real sandbox: create with tenant roles and
// claims and the one-time secret (copy, clipboard clearing, closing before copying), edit with
// a cleared field, rotate, single and batch activate, deactivate and delete (with a partial
// failure in the batch report), and the exchange with its verified token. Every question the
// window asks is answered through UserPrompts.

#include "AppInfo.h"
#include "AwaitResult.h"
#include "BatchReportDialog.h"
#include "ClaimsEditor.h"
#include "CleartextDialog.h"
#include "ExchangeDialog.h"
#include "IsolatedSettings.h"
#include "KeyActionController.h"
#include "KeyActions.h"
#include "KeyEditorDialog.h"
#include "KeyFilterProxyModel.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ManagementClient.h"
#include "ProjectSession.h"
#include "RolePicker.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "TenantRolesEditor.h"
#include "UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace descope;

namespace {

constexpr int SeedCount = 12;
const QString Acme = QStringLiteral("T2AcmeCorp0000000000000000001");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestKeyActions : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;

    KeyTableModel *keys() const { return m_window->session()->keys(); }
    KeyActions *actions() const { return m_window->keyActions(); }

    // Finds a dialog of the window once it is open; a test failure stops the run otherwise, so
    // that no later step dereferences nothing.
    template <typename T>
    T *waitForDialog(const char *objectName, QObject *parent = nullptr)
    {
        QObject *root = parent ? parent : m_window.get();
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                const auto all = root->findChildren<T *>(QLatin1String(objectName));
                for (T *candidate : all) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            10000);
        if (!found)
            qFatal("no %s opened", objectName);
        return found;
    }

    template <typename T>
    static T *child(QObject *root, const char *objectName)
    {
        T *found = root->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("there is no %s", objectName);
        return found;
    }

    bool reloadWindow()
    {
        actions()->refresh->trigger();
        return QTest::qWaitFor([this] { return !m_window->session()->isLoading(); }, 10000);
    }

    bool selectOnly(const QStringList &ids)
    {
        m_window->keyTable()->clearSelection();
        return m_window->keyTable()->selectKeys(ids) == ids.size() &&
               m_window->keyTable()->selectedKeyIds().size() == ids.size();
    }

    std::optional<CreatedKey> createDirectly(const QString &name, const QString &description = {})
    {
        CreateKeyRequest request;
        request.name = name;
        request.description = description;
        const auto result = await<CreatedKey>([&](const QObject *context, auto callback) {
            m_client->createKey(request, context, callback);
        });
        if (!result || !result->ok())
            return std::nullopt;
        return result->value();
    }

    std::optional<Result<AccessKey>> loadKey(const QString &id)
    {
        return await<AccessKey>([&](const QObject *context, auto callback) {
            m_client->loadKey(id, context, callback);
        });
    }

    bool exchanges(const QString &cleartext)
    {
        const auto result = await<wire::ExchangeAnswer>([&](const QObject *context, auto callback) {
            m_client->exchangeRaw(cleartext, {}, {}, context, callback);
        });
        return result && result->ok();
    }

    // Opens the create dialog from the window and fills in a name; the dialog is returned
    // with the project's tenants and roles loaded.
    KeyEditorDialog *startCreating(const QString &name)
    {
        actions()->newKey->trigger();
        auto *dialog = waitForDialog<KeyEditorDialog>("keyEditorDialog");
        if (!QTest::qWaitFor([dialog] { return !dialog->isLoadingCatalog(); }, 10000))
            qFatal("the tenants and roles did not load");
        QTest::keyClicks(child<QLineEdit>(dialog, "nameField"), name);
        return dialog;
    }

    CleartextDialog *saveAndWaitForSecret(KeyEditorDialog *dialog)
    {
        auto *save = child<QPushButton>(dialog, "saveButton");
        if (!save->isEnabled())
            qFatal("the form is not valid: %s", qPrintable(dialog->problems().value(0).reason));
        QTest::mouseClick(save, Qt::LeftButton);
        return waitForDialog<CleartextDialog>("cleartextDialog");
    }

    static QString shownSecret(CleartextDialog *dialog)
    {
        return child<SecretField>(dialog, "cleartextField")->secret();
    }

    static void copyAndClose(CleartextDialog *dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "copySecretButton"), Qt::LeftButton);
        dialog->close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
        ClientSettings settings;
        settings.projectId = m_host.projectId();
        settings.managementKey = m_host.managementKey();
        settings.baseUrl = m_host.baseUrl();
        m_client = std::make_unique<ManagementClient>(settings);
        UserPrompts::setStrict(true);
    }

    void init()
    {
        UserPrompts::reset();
        QSettings settings;
        settings.clear();
        // Short, so that a test can watch the clipboard being cleared.
        settings.setValue(QStringLiteral("Clipboard/clearAfterSeconds"), 2);
        settings.sync();
        QGuiApplication::clipboard()->clear();
        m_window = std::make_unique<MainWindow>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->keyTable()->keyModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setConnection(connectionTo(m_host));
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            keys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([this] { return m_window->session()->hasLoaded(); }, 10000));
    }

    void cleanup()
    {
        m_modelTester.reset();
        m_proxyTester.reset();
        m_window.reset();
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
    }

    void createsAKeyWithTenantRolesAndClaimsAndShowsItsSecretOnce()
    {
        const int before = keys()->rowCount();
        KeyEditorDialog *editor = startCreating(QStringLiteral("deploy-bot-acme"));
        QTest::mouseClick(child<QRadioButton>(editor, "tenantRolesScope"), Qt::LeftButton);
        auto *tenants = child<TenantRolesEditor>(editor, "tenantRolesEditor");
        QTest::mouseClick(tenants->addButton(), Qt::LeftButton);
        tenants->tenantBox(0)->setCurrentIndex(tenants->tenantBox(0)->findData(Acme));
        QAction *viewer = tenants->rolePicker(0)->roleAction(QStringLiteral("Viewer"));
        QVERIFY(viewer);
        viewer->trigger();
        auto *claims = child<ClaimsEditor>(editor, "claimsEditor");
        QTest::mouseClick(child<QPushButton>(editor, "addClaimButton"), Qt::LeftButton);
        QTest::keyClicks(claims->nameEdit(0), QStringLiteral("plan"));
        QTest::keyClicks(claims->valueEdit(0), QStringLiteral("gold"));

        CleartextDialog *shown = saveAndWaitForSecret(editor);
        QPointer<CleartextDialog> secretDialog = shown;
        const QString id = shown->keyId();
        const QString secret = shownSecret(shown);
        QVERIFY(!secret.isEmpty());
        QCOMPARE(shown->reason(), CleartextDialog::Reason::Created);
        // Masked until revealed.
        QCOMPARE(child<QLineEdit>(shown, "secretEdit")->echoMode(), QLineEdit::Password);

        // The new key is in the table, selected, without a reload.
        QCOMPARE(keys()->rowCount(), before + 1);
        QCOMPARE(m_window->keyTable()->selectedKeyIds(), QStringList{id});
        const auto stored = loadKey(id);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().keyTenants.size(), 1);
        QCOMPARE(stored->value().keyTenants.first().tenantId, Acme);
        QCOMPARE(stored->value().keyTenants.first().roleNames,
                 QStringList{QStringLiteral("Viewer")});
        QCOMPARE(stored->value().customClaims.value(QStringLiteral("plan")).toString(),
                 QStringLiteral("gold"));
        // What the dialog shows is the key's real secret.
        QVERIFY(exchanges(secret));

        // Copied, marked as a secret, and gone from the clipboard after the configured time.
        QTest::mouseClick(child<QPushButton>(shown, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(clipboardText(), secret);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(shown->wasCopied());
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);

        // Copied once, so closing asks nothing, and the secret is wiped with the dialog.
        shown->close();
        QTRY_VERIFY(secretDialog.isNull());
        QCOMPARE(UserPrompts::shown().size(), 0);
    }

    void closingTheSecretBeforeCopyingItAsksFirst()
    {
        CleartextDialog *shown =
            saveAndWaitForSecret(startCreating(QStringLiteral("forgetful-admin")));
        QPointer<CleartextDialog> secretDialog = shown;
        UserPrompts::queueAnswer(QMessageBox::No);
        shown->reject();
        QVERIFY(shown->isVisible());
        QCOMPARE(UserPrompts::shown().size(), 1);
        QVERIFY(UserPrompts::shown().last().text.contains(QLatin1String("cannot be shown again")) ||
                UserPrompts::shown().last().informativeText.contains(
                    QLatin1String("cannot be shown again")));

        UserPrompts::queueAnswer(QMessageBox::Yes);
        shown->reject();
        QTRY_VERIFY(secretDialog.isNull());
        // The key itself was created; only its secret is lost.
        QVERIFY(keys()->rowOfKey(m_window->keyTable()->selectedKeyIds().value(0)) >= 0);
    }

    void editingSavesTheStateShownSoAClearedFieldIsCleared()
    {
        const auto created =
            createDirectly(QStringLiteral("report-reader"), QStringLiteral("Reads the reports"));
        QVERIFY(created);
        QVERIFY(reloadWindow());
        QVERIFY(selectOnly({created->key.id}));
        QSignalSpy resets(keys(), &QAbstractItemModel::modelReset);

        actions()->editKey->trigger();
        auto *editor = waitForDialog<KeyEditorDialog>("keyEditorDialog");
        QVERIFY(QTest::qWaitFor([editor] { return !editor->isLoadingCatalog(); }, 10000));
        QPointer<KeyEditorDialog> open = editor;
        auto *description = child<QPlainTextEdit>(editor, "descriptionField");
        QCOMPARE(description->toPlainText(), QStringLiteral("Reads the reports"));
        description->clear();
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 10000);

        const int row = keys()->rowOfKey(created->key.id);
        QVERIFY(row >= 0);
        QCOMPARE(keys()->key(row).description, QString());
        QCOMPARE(keys()->key(row).name, QStringLiteral("report-reader"));
        QCOMPARE(resets.size(), 0); // the row changed in place
        const auto stored = loadKey(created->key.id);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->value().description, QString());
        QCOMPARE(stored->value().name, QStringLiteral("report-reader"));
    }

    void rotatingReplacesTheSecretAtOnce()
    {
        const auto created = createDirectly(QStringLiteral("rotating-runner"));
        QVERIFY(created);
        QVERIFY(exchanges(created->cleartext));
        QVERIFY(reloadWindow());
        QVERIFY(selectOnly({created->key.id}));

        // Declining changes nothing.
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        actions()->rotateKey->trigger();
        QVERIFY(UserPrompts::shown().last().informativeText.contains(QLatin1String("at once")));
        QVERIFY(exchanges(created->cleartext));

        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->rotateKey->trigger();
        CleartextDialog *shown = waitForDialog<CleartextDialog>("cleartextDialog");
        QCOMPARE(shown->reason(), CleartextDialog::Reason::Rotated);
        QCOMPARE(shown->keyId(), created->key.id);
        const QString secret = shownSecret(shown);
        QVERIFY(!secret.isEmpty());
        QVERIFY(secret != created->cleartext);
        QVERIFY(!exchanges(created->cleartext));
        QVERIFY(exchanges(secret));
        copyAndClose(shown);
        QCOMPARE(keys()->rowOfKey(created->key.id) >= 0, true);
    }

    void activatingAndDeactivatingOneKeyChangesItsRowInPlace()
    {
        const auto created = createDirectly(QStringLiteral("toggled-key"));
        QVERIFY(created);
        QVERIFY(reloadWindow());
        QVERIFY(selectOnly({created->key.id}));
        QSignalSpy resets(keys(), &QAbstractItemModel::modelReset);
        QVERIFY(actions()->deactivateKeys->isEnabled());
        QVERIFY(!actions()->activateKeys->isEnabled());

        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->deactivateKeys->trigger();
        QTRY_VERIFY(!keys()->key(keys()->rowOfKey(created->key.id)).active);
        auto stored = loadKey(created->key.id);
        QVERIFY(stored && stored->ok());
        QVERIFY(!stored->value().active);
        QVERIFY(!exchanges(created->cleartext));
        QTRY_VERIFY(actions()->activateKeys->isEnabled());

        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->activateKeys->trigger();
        QTRY_VERIFY(keys()->key(keys()->rowOfKey(created->key.id)).active);
        stored = loadKey(created->key.id);
        QVERIFY(stored && stored->ok());
        QVERIFY(stored->value().active);
        QCOMPARE(resets.size(), 0);
    }

    void batchesChangeManyKeysAndReportThoseThatFailed()
    {
        QStringList ids;
        QStringList names;
        for (int i = 1; i <= 6; ++i) {
            const auto created = createDirectly(QStringLiteral("batch-key-%1").arg(i));
            QVERIFY(created);
            ids.append(created->key.id);
            names.append(created->key.name);
        }
        QVERIFY(reloadWindow());
        QVERIFY(selectOnly(ids));

        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->deactivateKeys->trigger();
        QTRY_VERIFY(m_window->keyActionController()->runningBatch() == nullptr);
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(!keys()->key(keys()->rowOfKey(id)).active);
            const auto stored = loadKey(id);
            QVERIFY(stored && stored->ok() && !stored->value().active);
        }
        QVERIFY(selectOnly(ids));
        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->activateKeys->trigger();
        QTRY_VERIFY(m_window->keyActionController()->runningBatch() == nullptr);
        for (const QString &id : std::as_const(ids))
            QVERIFY(keys()->key(keys()->rowOfKey(id)).active);

        // Two of them go behind the console's back: deleting all six fails for those two.
        for (const QString &gone : {ids.at(1), ids.at(4)}) {
            const auto deleted = await<Done>([&](const QObject *context, auto callback) {
                m_client->deleteKey(gone, context, callback);
            });
            QVERIFY(deleted && deleted->ok());
        }
        QVERIFY(selectOnly(ids));
        const qsizetype asked = UserPrompts::shown().size();
        UserPrompts::queueAnswer(QMessageBox::Yes); // delete the six
        actions()->deleteKeys->trigger();
        const UserPrompts::Prompt question = UserPrompts::shown().at(asked);
        QVERIFY(question.text.contains(QLatin1String("6")));
        QVERIFY(question.informativeText.contains(QLatin1String("cannot be undone")));
        for (const QString &name : std::as_const(names))
            QVERIFY2(question.detailedText.contains(name), qPrintable(question.detailedText));

        // The report lists the two, and offers no retry: the server no longer has them.
        auto *report = waitForDialog<BatchReportDialog>("batchReportDialog");
        QCOMPARE(report->windowTitle(), QStringLiteral("Delete Keys: 2 Failed"));
        QVERIFY(child<QLabel>(report, "reportSummary")
                    ->text()
                    .contains(QLatin1String("2 keys could not be deleted")));
        QCOMPARE(report->table()->rowCount(), 2);
        const QStringList listed{report->table()->item(0, 0)->text(),
                                 report->table()->item(1, 0)->text()};
        QVERIFY(listed.contains(names.at(1)));
        QVERIFY(listed.contains(names.at(4)));
        QVERIFY(!listed.contains(names.at(0)));
        QVERIFY(!report->retryButton()->isEnabled());
        report->close();
        // The table shows what the server holds: none of the six.
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE(keys()->rowOfKey(id), -1);
        QCOMPARE(keys()->rowCount(), m_window->keyTable()->keyModel()->rowCount());
    }

    void deletingOneKeyAsksAndRemovesItsRow()
    {
        const auto created = createDirectly(QStringLiteral("short-lived"));
        QVERIFY(created);
        QVERIFY(reloadWindow());
        QVERIFY(selectOnly({created->key.id}));
        UserPrompts::queueAnswer(QMessageBox::Cancel);
        actions()->deleteKeys->trigger();
        QVERIFY(UserPrompts::shown().last().text.contains(QLatin1String("short-lived")));
        QVERIFY(keys()->rowOfKey(created->key.id) >= 0);

        UserPrompts::queueAnswer(QMessageBox::Yes);
        actions()->deleteKeys->trigger();
        QTRY_COMPARE(keys()->rowOfKey(created->key.id), -1);
        const auto stored = loadKey(created->key.id);
        QVERIFY(stored && !stored->ok() && stored->error().isNotFound());
    }

    void theNewKeyIsExchangedAndTheTokenVerified()
    {
        CleartextDialog *shown =
            saveAndWaitForSecret(startCreating(QStringLiteral("exchange-check")));
        QTest::mouseClick(child<QPushButton>(shown, "exchangeForSessionButton"), Qt::LeftButton);
        auto *exchange = waitForDialog<ExchangeDialog>("exchangeDialog", shown);
        QCOMPARE_SECRET(child<SecretField>(exchange, "accessKeyField")->secret(),
                        shownSecret(shown));
        QTest::keyClicks(child<QPlainTextEdit>(exchange, "claimsEdit"),
                         QStringLiteral("{\"team\": \"qa\"}"));
        QTest::mouseClick(child<QPushButton>(exchange, "exchangeButton"), Qt::LeftButton);
        auto *verification = child<QLabel>(exchange, "verificationLabel");
        QTRY_VERIFY_WITH_TIMEOUT(verification->property("verified").toBool(), 10000);
        auto *nsec = child<QTreeWidget>(exchange, "jwtNsecTree");
        QVERIFY(!nsec->findItems(QStringLiteral("team"), Qt::MatchExactly | Qt::MatchRecursive)
                     .isEmpty());
        exchange->close();
        copyAndClose(shown);
    }
};

QTEST_MAIN(TestKeyActions)
#include "tst_key_actions.moc"
