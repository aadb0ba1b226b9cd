// Every dialog of the console, and its main window, in English, German, French and Hebrew at
// the size it opens with: no label, button, check box, combo box (closed or open), column
// header or cell shows less than its whole text, no toolbar hides a button, and no dialog
// scrolls sideways. LayoutProbe measures what each text needs against the geometry the layouts
// gave it, so the test follows whatever the strings become.

#include "AppInfo.h"
#include "AwaitResult.h"
#include "CleartextDialog.h"
#include "ConnectDialog.h"
#include "ExchangeDialog.h"
#include "IsolatedSettings.h"
#include "KeyActions.h"
#include "KeyEditorDialog.h"
#include "KeyFilterBar.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "LayoutProbe.h"
#include "LayoutScenes.h"
#include "MainWindow.h"
#include "ManagementClient.h"
#include "MemorySecretStore.h"
#include "PasskeyImportDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProjectSession.h"
#include "SandboxClient.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SecretClipboard.h"
#include "SecretField.h"
#include "Translations.h"
#include "UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>

#include <memory>

using namespace descope;

Q_DECLARE_METATYPE(ConnectDialog::Mode)
Q_DECLARE_METATYPE(CleartextDialog::Reason)

using namespace layoutscenes;

namespace {

constexpr int SeedCount = 36;
constexpr qint64 Day = 24 * 60 * 60;
const QString Acme = QStringLiteral("T2AcmeCorp0000000000000000001");
const QString Umbrella = QStringLiteral("T2Umbrella0000000000000000004");

} // namespace

class TestLayoutLanguages : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    std::unique_ptr<SecretClipboard> m_clipboard;
    // A key with something in every field, for the edit, secret and exchange dialogs.
    CreatedKey m_fullKey;

    CreatedKey createFullKey()
    {
        CreateKeyRequest request;
        request.name = QStringLiteral("payments-webhook-staging-eu-west");
        request.description = QStringLiteral("Signs the payment provider's webhooks in staging");
        request.expireTime = QDateTime::currentSecsSinceEpoch() + 90 * Day;
        request.keyTenants = {
            {Acme, {}, {QStringLiteral("Tenant Admin")}},
            {Umbrella, {}, {QStringLiteral("Viewer"), QStringLiteral("Billing")}}};
        // The test's own address among them, so that the key can be exchanged.
        request.permittedIps = {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8"),
                                QStringLiteral("2001:db8::/32")};
        request.customClaims = {{QStringLiteral("service"), QStringLiteral("payments")},
                                {QStringLiteral("tier"), 2},
                                {QStringLiteral("internal"), true}};
        const auto created = await<CreatedKey>(
            [&](auto *context, auto callback) { m_client->createKey(request, context, callback); });
        return created && *created ? created->value() : CreatedKey();
    }

    // The window connected to the sandbox, shown, with its keys and tenants loaded.
    bool openConnected(MainWindow &window)
    {
        window.setConnection(connectionTo(m_host));
        return show(&window) && QTest::qWaitFor(
                                    [&window] {
                                        return window.session()->hasLoaded() &&
                                               !window.session()->isLoading() &&
                                               !window.session()->tenants().isEmpty();
                                    },
                                    10000);
    }

private Q_SLOTS:
    // Every language the program has a catalogue for (English, German, French, Hebrew; a new
    // catalogue is tested as it comes).
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = translations::availableLanguages();
        for (const char *expected : {"de", "en", "fr", "he"}) {
            if (!languages.contains(QLatin1String(expected)))
                qFatal("no catalogue for %s", expected);
        }
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        UserPrompts::setStrict(true);
        sandbox::SandboxOptions options;
        options.seedCount = SeedCount;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
        m_client = std::make_unique<ManagementClient>(clientSettingsFor(m_host));
        m_clipboard = std::make_unique<SecretClipboard>();
        m_fullKey = createFullKey();
        QVERIFY(!m_fullKey.key.id.isEmpty());
        QVERIFY(!m_fullKey.cleartext.isEmpty());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        IsolatedSettings::clear();
        UserPrompts::reset();
        QCOMPARE(installTranslations(*qApp, language), language);
        QCOMPARE(QGuiApplication::layoutDirection(),
                 language == QLatin1String("he") ? Qt::RightToLeft : Qt::LeftToRight);
    }

    void cleanup() { QCOMPARE(UserPrompts::unansweredCount(), 0); }

    void createKeyDialog()
    {
        KeyEditorDialog *dialog = KeyEditorDialog::createKey(m_client.get(), nullptr);
        QVERIFY(openEditor(dialog));
        LayoutProbe probe(dialog);
        QVERIFY_READABLE(probe);
        closeEditor(dialog);
    }

    // What the form grows into as it is filled in: a tenant row, a claim row, a date.
    void createKeyDialogFilledIn()
    {
        KeyEditorDialog *dialog = KeyEditorDialog::createKey(m_client.get(), nullptr);
        QVERIFY(openEditor(dialog));
        dialog->findChild<QRadioButton *>(QStringLiteral("tenantRolesScope"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addTenantButton")),
                          Qt::LeftButton);
        auto *tenant = dialog->findChild<QComboBox *>(QStringLiteral("tenantBox"));
        QVERIFY(tenant);
        tenant->setCurrentIndex(tenant->findData(Umbrella));
        QVERIFY(tenant->currentIndex() > 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addClaimButton")),
                          Qt::LeftButton);
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("expiryPreset"));
        preset->setCurrentIndex(preset->count() - 1); // a date and time of one's own
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("boundUserField")),
                         QStringLiteral("U2xyz"));
        LayoutProbe probe(dialog);
        QVERIFY_READABLE(probe);
        closeEditor(dialog);
    }

    void editKeyDialog()
    {
        KeyEditorDialog *dialog = KeyEditorDialog::editKey(m_client.get(), m_fullKey.key, nullptr);
        QVERIFY(openEditor(dialog));
        LayoutProbe probe(dialog);
        QVERIFY_READABLE(probe);
        closeEditor(dialog);
    }

    void connectDialog_data()
    {
        QTest::addColumn<ConnectDialog::Mode>("mode");
        QTest::newRow("first run") << ConnectDialog::Mode::FirstRun;
        QTest::newRow("new profile") << ConnectDialog::Mode::NewProfile;
        QTest::newRow("edit profile") << ConnectDialog::Mode::EditProfile;
        QTest::newRow("enter key") << ConnectDialog::Mode::EnterKey;
    }

    void connectDialog()
    {
        QFETCH(ConnectDialog::Mode, mode);
        ProfileStore profiles;
        MemorySecretStore secrets;
        ConnectionProfile draft;
        draft.name = QStringLiteral("Production (EU)");
        draft.projectId = QStringLiteral("P2abcDEFghiJKLmnoPQRstuVWX");
        const auto saved = profiles.save(draft);
        QVERIFY(saved);
        ConnectDialog dialog(mode, &profiles, &secrets);
        if (mode == ConnectDialog::Mode::EditProfile || mode == ConnectDialog::Mode::EnterKey) {
            dialog.setProfile(*saved);
            QTRY_VERIFY(!dialog.isBusy());
        }
        QVERIFY(show(&dialog));
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void connectDialogVerdict()
    {
        ProfileStore profiles;
        MemorySecretStore secrets;
        ConnectDialog dialog(ConnectDialog::Mode::FirstRun, &profiles, &secrets);
        QVERIFY(show(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Sandbox"));
        dialog.findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))->setText(m_host.projectId());
        dialog.findChild<SecretField *>(QStringLiteral("managementKeyField"))
            ->setSecret(QStringLiteral("K2WrongKey:0000"));
        dialog.findChild<QCheckBox *>(QStringLiteral("customBaseUrlCheck"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(m_host.baseUrl().toString());
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(test->isEnabled());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void profileManager()
    {
        ProfileStore profiles;
        MemorySecretStore secrets;
        secrets.setPersistent(true);
        ConnectionProfile draft;
        draft.name = QStringLiteral("Production (EU)");
        draft.projectId = QStringLiteral("P2abcDEFghiJKLmnoPQRstuVWX");
        const auto saved = profiles.save(draft);
        QVERIFY(saved);
        ProfileManagerDialog dialog(&profiles, &secrets);
        dialog.setActiveProfileId(saved->id);
        QVERIFY(show(&dialog));
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void cleartextDialog_data()
    {
        QTest::addColumn<CleartextDialog::Reason>("reason");
        QTest::newRow("created") << CleartextDialog::Reason::Created;
        QTest::newRow("rotated") << CleartextDialog::Reason::Rotated;
    }

    void cleartextDialog()
    {
        QFETCH(CleartextDialog::Reason, reason);
        CleartextDialog dialog(m_fullKey.key, m_fullKey.cleartext, reason, m_clipboard.get());
        QVERIFY(show(&dialog));
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
        dialog.findChild<SecretField *>()->setRevealed(true);
        QVERIFY_READABLE(probe);
        UserPrompts::queueAnswer(QMessageBox::Yes); // closes without copying
        dialog.reject();
    }

    void exchangeDialog()
    {
        ExchangeDialog dialog(m_client.get(), m_clipboard.get());
        QVERIFY(show(&dialog));
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void exchangeDialogWithToken()
    {
        ExchangeDialog dialog(m_client.get(), m_clipboard.get());
        dialog.setAccessKey(m_fullKey.cleartext);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("claimsEdit"))
            ->setPlainText(QStringLiteral("{\"team\": \"qa\"}"));
        QVERIFY(show(&dialog));
        dialog.exchange();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExchanging(), 10000);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("exchangeResult"))->isVisible());
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void passkeyImportDialog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("no file") << QString();
        QTest::newRow("devices") << QStringLiteral(":/passkeys/descope_devices.json");
        QTest::newRow("auth0") << QStringLiteral(":/passkeys/auth0_export.json");
        QTest::newRow("problems") << QStringLiteral(":/passkeys/bad_fields.json");
    }

    void passkeyImportDialog()
    {
        QFETCH(QString, file);
        PasskeyImportDialog dialog(m_client.get());
        dialog.setLoginId(QStringLiteral("ada@example.com"));
        if (!file.isEmpty()) {
            dialog.loadFile(file);
            QTRY_VERIFY(!dialog.isLoading());
            QVERIFY(!dialog.file().entries.isEmpty());
        }
        QVERIFY(show(&dialog));
        LayoutProbe probe(&dialog);
        QVERIFY_READABLE(probe);
    }

    void aboutBox()
    {
        MainWindow window;
        QVERIFY(show(&window));
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QVERIFY(QTest::qWaitForWindowExposed(box));
        LayoutProbe probe(box);
        QVERIFY_READABLE(probe);
        box->close();
    }

    void mainWindow()
    {
        MainWindow window;
        QVERIFY(openConnected(window));

        // Keys of every status are on show.
        const KeyTableModel *keys = window.session()->keys();
        QSet<int> statuses;
        for (int row = 0; row < keys->rowCount(); ++row)
            statuses.insert(keys->index(row, 0).data(KeyTableModel::StatusRole).toInt());
        QCOMPARE(statuses.size(), 3);

        QVERIFY(chooseLongTenant(window));
        // The details of the key whose ID takes the most room (IDs are random).
        KeyTableView *table = window.keyTable();
        QString widestId;
        for (int row = 0; row < keys->rowCount(); ++row) {
            const QString id = keys->key(row).id;
            if (table->fontMetrics().horizontalAdvance(id) >
                table->fontMetrics().horizontalAdvance(widestId))
                widestId = id;
        }
        QCOMPARE(table->selectKeys({widestId}), 1);
        LayoutProbe probe(&window);
        // A table of many columns may scroll sideways; every cell shown still reads whole.
        probe.allowSidewaysScrolling(table);
        // Lists of user data, whole in the tooltip and the details pane.
        probe.skipColumn(table, KeyTableModel::RolesColumn);
        probe.skipColumn(table, KeyTableModel::TenantsColumn);
        QVERIFY_READABLE(probe);
        window.close();
    }

    // The questions the console asks through UserPrompts, each in the message box that would
    // show it: deleting one key and many, rotating, discarding a new key, closing before the
    // secret was copied, removing a profile and forgetting its key.
    void messageBoxes()
    {
        QList<QPair<UserPrompts::Prompt, QMessageBox::StandardButtons>> asked;
        const auto ask = [&asked](QMessageBox::StandardButtons buttons,
                                  QMessageBox::StandardButton answer, const auto &question) {
            UserPrompts::reset();
            UserPrompts::queueAnswer(answer);
            question();
            if (UserPrompts::shown().size() != 1)
                return false;
            asked.append({UserPrompts::shown().constFirst(), buttons});
            return UserPrompts::pendingAnswerCount() == 0;
        };

        MainWindow window;
        QVERIFY(openConnected(window));
        KeyActions *actions = window.keyActions();
        KeyTableView *table = window.keyTable();
        const auto yesCancel = QMessageBox::Yes | QMessageBox::Cancel;
        QCOMPARE(table->selectKeys({m_fullKey.key.id}), 1);
        QVERIFY(ask(yesCancel, QMessageBox::Cancel, [&] { actions->deleteKeys->trigger(); }));
        QVERIFY(ask(yesCancel, QMessageBox::Cancel, [&] { actions->rotateKey->trigger(); }));
        table->selectAll();
        QVERIFY(ask(yesCancel, QMessageBox::Cancel, [&] { actions->deleteKeys->trigger(); }));

        KeyEditorDialog *editor = KeyEditorDialog::createKey(m_client.get(), nullptr);
        QVERIFY(openEditor(editor));
        editor->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("x"));
        QVERIFY(ask(QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                    [&] { editor->reject(); }));
        closeEditor(editor);

        CleartextDialog cleartext(m_fullKey.key, m_fullKey.cleartext,
                                  CleartextDialog::Reason::Created, m_clipboard.get());
        QVERIFY(
            ask(QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [&] { cleartext.reject(); }));

        ProfileStore profiles;
        MemorySecretStore secrets;
        ConnectionProfile draft;
        draft.name = QStringLiteral("Production (EU)");
        draft.projectId = QStringLiteral("P2abcDEFghiJKLmnoPQRstuVWX");
        const auto saved = profiles.save(draft);
        QVERIFY(saved);
        bool stored = false;
        secrets.write(saved->id, QStringLiteral("K2StoredManagementKey"), this,
                      [&stored](const SecretResult &result) { stored = result.ok(); });
        QTRY_VERIFY(stored);
        ProfileManagerDialog manager(&profiles, &secrets);
        manager.selectProfile(saved->id);
        const auto yesNo = QMessageBox::Yes | QMessageBox::No;
        QVERIFY(ask(yesNo, QMessageBox::No, [&] {
            manager.findChild<QPushButton *>(QStringLiteral("removeProfileButton"))->click();
        }));
        auto *forget = manager.findChild<QPushButton *>(QStringLiteral("forgetKeyButton"));
        QTRY_VERIFY(forget->isEnabled()); // once the keychain has answered
        QVERIFY(ask(yesNo, QMessageBox::No, [&] { forget->click(); }));
        UserPrompts::reset();
        QCOMPARE(asked.size(), 7);

        for (const auto &[prompt, buttons] : std::as_const(asked)) {
            const auto box =
                UserPrompts::messageBox(&window, prompt, buttons, QMessageBox::NoButton);
            QVERIFY(show(box.get()));
            LayoutProbe probe(box.get());
            QVERIFY_READABLE(probe);
        }
        window.close();
    }

    // However narrow the window is made, the chosen tenant shows whole: the filter bar, with
    // that name in it, sets how narrow the window can be.
    void tenantChooserInASmallWindow()
    {
        MainWindow window;
        QVERIFY(openConnected(window));
        QVERIFY(chooseLongTenant(window));
        window.resize(1, 1); // as small as the window allows
        auto *filterBar = window.findChild<KeyFilterBar *>();
        LayoutProbe probe(filterBar);
        QVERIFY_READABLE(probe);
        window.close();
    }
};

QTEST_MAIN(TestLayoutLanguages)
#include "tst_layout_languages.moc"
