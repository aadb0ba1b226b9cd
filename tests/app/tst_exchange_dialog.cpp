// The exchange dialog against a real sandbox: a key created through the ManagementClient is
// exchanged with custom claims, and the dialog shows the verified signature, the claims with
// `nsec` on their own, the expiry counting down and the token (copied through the secret
// clipboard, which clears it). The server's refusal of a deactivated key, invalid claims,
// progress and Cancel, tenants, and the wiping of the key and token on close.

#include "AwaitResult.h"
#include "ExchangeDialog.h"
#include "JsonTreeWidget.h"
#include "KeyTimeFormat.h"
#include "ManagementClient.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "SecretClipboard.h"
#include "SecretCompare.h"
#include "SecretField.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;

namespace {

const QString AcmeTenant = QStringLiteral("T2AcmeCorp0000000000000000001");

// The top-level row of a JSON tree with this name, or nullptr.
QTreeWidgetItem *member(const JsonTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(JsonTreeWidget::NameColumn) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QString memberValue(const JsonTreeWidget *tree, const QString &name)
{
    const QTreeWidgetItem *item = member(tree, name);
    return item ? item->text(JsonTreeWidget::ValueColumn) : QStringLiteral("<no %1>").arg(name);
}

} // namespace

class TestExchangeDialog : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    SecretClipboard m_clipboard;
    std::unique_ptr<ExchangeDialog> m_dialog;

    template <typename T>
    T *child(const char *objectName) const
    {
        return m_dialog->findChild<T *>(QLatin1String(objectName));
    }
    SecretField *keyField() const { return child<SecretField>("accessKeyField"); }
    SecretField *tokenField() const { return child<SecretField>("tokenField"); }
    QPlainTextEdit *claimsEdit() const { return child<QPlainTextEdit>("claimsEdit"); }
    QPushButton *exchangeButton() const { return child<QPushButton>("exchangeButton"); }
    QLabel *label(const char *objectName) const { return child<QLabel>(objectName); }
    bool resultShown() const { return child<QScrollArea>("exchangeResult")->isVisible(); }

    CreatedKey createKey(const QString &name, const QList<KeyTenant> &tenants = {})
    {
        CreateKeyRequest request;
        request.name = name;
        request.roleNames = {QStringLiteral("Viewer")};
        request.keyTenants = tenants;
        request.customClaims = {{QStringLiteral("k1"), QStringLiteral("v1")}};
        const auto created = await<CreatedKey>(
            [&](auto *context, auto callback) { m_client->createKey(request, context, callback); });
        if (!created || !*created) {
            qWarning("createKey failed: %s",
                     created ? qPrintable(created->error().userMessage()) : "no answer");
            return {};
        }
        return created->value();
    }

    bool openDialog(ManagementClient *client)
    {
        m_dialog = std::make_unique<ExchangeDialog>(client, &m_clipboard);
        m_dialog->show();
        return QTest::qWaitForWindowExposed(m_dialog.get());
    }

    bool waitForExchange()
    {
        return QTest::qWaitFor([this] { return !m_dialog->isExchanging(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_host.start({}), qPrintable(m_host.errorString()));
        m_client = std::make_unique<ManagementClient>(clientSettingsFor(m_host));
    }

    void init()
    {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        m_clipboard.setClearAfterSeconds(SecretClipboard::DefaultClearAfterSeconds);
        QVERIFY(openDialog(m_client.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void exchangeShowsTheVerifiedToken()
    {
        const CreatedKey created = createKey(QStringLiteral("exchange in dialog"));
        QVERIFY(!created.cleartext.isEmpty());
        m_dialog->setAccessKey(created.cleartext);
        QCOMPARE_SECRET(keyField()->secret(), created.cleartext);
        QCOMPARE(keyField()->lineEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(claimsEdit(), QStringLiteral("{\"team\":\"qa\"}"));
        QVERIFY(exchangeButton()->isEnabled());

        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(m_dialog->isExchanging());
        QVERIFY(child<QWidget>("exchangeProgress")->isVisible());
        QVERIFY(exchanged.wait(10000));
        QVERIFY(!child<QWidget>("exchangeProgress")->isVisible());
        const auto result = exchanged.first().first().value<ExchangeResult>();
        QVERIFY2(result.signatureVerified, qPrintable(result.verificationProblem));

        QVERIFY(resultShown());
        QVERIFY(!label("exchangeError")->isVisible());
        QCOMPARE(label("verificationLabel")->property("verified"), QVariant(true));
        QVERIFY(
            label("verificationLabel")->text().startsWith(QStringLiteral("Signature verified")));

        const auto *header = child<JsonTreeWidget>("jwtHeaderTree");
        QCOMPARE(memberValue(header, QStringLiteral("alg")), QStringLiteral("RS256"));
        const auto *claims = child<JsonTreeWidget>("jwtClaimsTree");
        QCOMPARE(memberValue(claims, QStringLiteral("sub")), created.key.id);
        QCOMPARE(memberValue(claims, QStringLiteral("k1")), QStringLiteral("v1"));
        QVERIFY(member(claims, QStringLiteral("nsec")) == nullptr); // shown on its own
        const auto *nsec = child<JsonTreeWidget>("jwtNsecTree");
        QVERIFY(nsec->isVisible());
        QCOMPARE(nsec->topLevelItemCount(), 1);
        QCOMPARE(memberValue(nsec, QStringLiteral("team")), QStringLiteral("qa"));

        QCOMPARE_SECRET(tokenField()->secret(), result.sessionJwt);
        QCOMPARE(tokenField()->lineEdit()->echoMode(), QLineEdit::Password);

        // The sandbox's tokens last ten minutes; the label counts down.
        const QString expiry = label("expiryLabel")->text();
        QVERIFY2(expiry.startsWith(QStringLiteral("Expires in 9 min ")) ||
                     expiry == QStringLiteral("Expires in 10 min 0 s"),
                 qPrintable(expiry));
        QTRY_VERIFY_WITH_TIMEOUT(label("expiryLabel")->text() != expiry, 3000);
        QVERIFY(label("expiryLabel")->text().startsWith(QStringLiteral("Expires in 9 min ")));

        // The inputs are kept for another try.
        QCOMPARE_SECRET(keyField()->secret(), created.cleartext);
        QCOMPARE(claimsEdit()->toPlainText(), QStringLiteral("{\"team\":\"qa\"}"));
    }

    void copiedTokenIsClearedFromTheClipboard()
    {
        const CreatedKey created = createKey(QStringLiteral("copy my token"));
        m_dialog->setAccessKey(created.cleartext);
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(exchanged.wait(10000));
        const QString jwt = exchanged.first().first().value<ExchangeResult>().sessionJwt;

        m_clipboard.setClearAfterSeconds(1);
        QSignalSpy cleared(&m_clipboard, &SecretClipboard::cleared);
        tokenField()->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), jwt);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(label("clipboardStatus")->text(), QStringLiteral("Clipboard clears in 1 s"));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(label("clipboardStatus")->text(), QStringLiteral("Clipboard cleared"));
    }

    // The time claims read as dates: the token's own (exp, iat), a time claim the key carries
    // (updated_at) and exchange-time ones under nsec (auth_time); other numbers stay numbers.
    void timeClaimsShowTheirDateAndTime()
    {
        const QLocale systemLocale;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(systemLocale); });

        CreateKeyRequest request;
        request.name = QStringLiteral("time claims");
        request.customClaims = {{QStringLiteral("updated_at"), 1796400000},
                                {QStringLiteral("build"), 1796400000}};
        const auto created = await<CreatedKey>(
            [&](auto *context, auto callback) { m_client->createKey(request, context, callback); });
        QVERIFY(created && *created);
        m_dialog->setAccessKey(created->value().cleartext);
        claimsEdit()->setPlainText(QStringLiteral(
            "{\"auth_time\": 1796400000, \"nbf\": \"1796400000\", \"exp\": -5, \"seq\": 7}"));
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(exchanged.wait(10000));
        const auto result = exchanged.first().first().value<ExchangeResult>();

        const auto *claims = child<JsonTreeWidget>("jwtClaimsTree");
        const QString when = QStringLiteral("Friday, 4 December 2026 16:00:00 UTC");
        QCOMPARE(memberValue(claims, QStringLiteral("updated_at")),
                 QStringLiteral("1796400000 · ") + when);
        QCOMPARE(memberValue(claims, QStringLiteral("build")), QStringLiteral("1796400000"));
        for (const QString &name : {QStringLiteral("exp"), QStringLiteral("iat")}) {
            const qint64 seconds = result.claims.value(name).toInteger();
            QVERIFY(seconds > 0);
            const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
            QCOMPARE(memberValue(claims, name),
                     QStringLiteral("%1 · %2").arg(
                         QString::number(seconds),
                         time.toString(QStringLiteral("dddd, d MMMM yyyy HH:mm:ss 'UTC'"))));
            // Copying gives the number, as the token holds it.
            QCOMPARE(JsonTreeWidget::copyText(member(claims, name)), QString::number(seconds));
            // The local time is a hover away.
            QVERIFY(member(claims, name)
                        ->toolTip(JsonTreeWidget::ValueColumn)
                        .contains(formatLocalDateTime(seconds)));
        }

        const auto *nsec = child<JsonTreeWidget>("jwtNsecTree");
        QCOMPARE(memberValue(nsec, QStringLiteral("auth_time")),
                 QStringLiteral("1796400000 · ") + when);
        // Only numbers that can be seconds are times: a string, a negative number and a claim
        // of another name are shown as they are.
        QCOMPARE(memberValue(nsec, QStringLiteral("nbf")), QStringLiteral("1796400000"));
        QCOMPARE(memberValue(nsec, QStringLiteral("exp")), QStringLiteral("-5"));
        QCOMPARE(memberValue(nsec, QStringLiteral("seq")), QStringLiteral("7"));
        // The header is not claims.
        QVERIFY(!memberValue(child<JsonTreeWidget>("jwtHeaderTree"), QStringLiteral("alg"))
                     .contains(u'·'));
    }

    void deactivatedKeyShowsTheServersErrorAndKeepsTheInput()
    {
        const CreatedKey created = createKey(QStringLiteral("deactivated before exchange"));
        const auto deactivated = await<Done>([&](auto *context, auto callback) {
            m_client->deactivateKey(created.key.id, context, callback);
        });
        QVERIFY(deactivated && *deactivated);

        m_dialog->setAccessKey(created.cleartext);
        QTest::keyClicks(claimsEdit(), QStringLiteral("{\"team\":\"qa\"}"));
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(waitForExchange());
        QCOMPARE(exchanged.size(), 0);

        QLabel *error = label("exchangeError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("did not accept the access key")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("The access key is inactive")),
                 qPrintable(error->text()));
        QVERIFY(!resultShown());
        QCOMPARE_SECRET(keyField()->secret(), created.cleartext);
        QCOMPARE(claimsEdit()->toPlainText(), QStringLiteral("{\"team\":\"qa\"}"));
        QVERIFY(exchangeButton()->isEnabled());
    }

    void invalidClaimsDisableExchangeAndSayWhere()
    {
        m_dialog->setAccessKey(QStringLiteral("K2Someone:c2VjcmV0"));
        QVERIFY(exchangeButton()->isEnabled());
        QLabel *problem = label("claimsProblem");
        QVERIFY(!problem->isVisible());

        QTest::keyClicks(claimsEdit(), QStringLiteral("{\"team\": }"));
        QVERIFY(!exchangeButton()->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("JSON: unexpected '}' at line 1, column 10"));

        claimsEdit()->setPlainText(QStringLiteral("{\n  \"team\": \"qa\",\n  \"tier\" 2\n}"));
        QVERIFY(!exchangeButton()->isEnabled());
        QCOMPARE(problem->text(), QStringLiteral("JSON: unexpected '2' at line 3, column 10"));

        claimsEdit()->setPlainText(QStringLiteral("[\"team\"]"));
        QVERIFY(!exchangeButton()->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("must be one object")),
                 qPrintable(problem->text()));

        claimsEdit()->setPlainText(QStringLiteral("{\"team\": \"qa\"}"));
        QVERIFY(exchangeButton()->isEnabled());
        QVERIFY(!problem->isVisible());

        // Unlike a key's own claims, these land under nsec: the token's claim names are free.
        claimsEdit()->setPlainText(QStringLiteral("{\"roles\": [\"admin\"], \"exp\": 1}"));
        QVERIFY(exchangeButton()->isEnabled());
        QVERIFY(!problem->isVisible());

        // Blank claims are no claims; a blank key cannot be exchanged.
        claimsEdit()->clear();
        QVERIFY(exchangeButton()->isEnabled());
        keyField()->setSecret(QStringLiteral("   "));
        QVERIFY(!exchangeButton()->isEnabled());
    }

    void progressShowsAndCancelStopsTheExchange()
    {
        // A sandbox that takes its time to answer.
        sandbox::SandboxHost slowHost;
        sandbox::SandboxOptions options;
        options.latencyMs = 3000;
        QVERIFY2(slowHost.start(options), qPrintable(slowHost.errorString()));
        ManagementClient slowClient(clientSettingsFor(slowHost));
        QVERIFY(openDialog(&slowClient));

        m_dialog->setAccessKey(QStringLiteral("K2SlowKeyc2xvdyBzZWNyZXQ"));
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        QElapsedTimer clock;
        clock.start();
        exchangeButton()->click();
        QVERIFY(m_dialog->isExchanging());
        QVERIFY(child<QWidget>("exchangeProgress")->isVisible());
        QVERIFY(!exchangeButton()->isEnabled());
        QVERIFY(!keyField()->isEnabled());

        QTest::qWait(200);
        child<QPushButton>("cancelExchangeButton")->click();
        QVERIFY(waitForExchange());
        QVERIFY(clock.elapsed() < options.latencyMs);
        QVERIFY(!child<QWidget>("exchangeProgress")->isVisible());
        QCOMPARE(label("exchangeError")->text(), QStringLiteral("The exchange was cancelled."));
        QCOMPARE_SECRET(keyField()->secret(), QStringLiteral("K2SlowKeyc2xvdyBzZWNyZXQ"));
        QVERIFY(keyField()->isEnabled());
        QVERIFY(exchangeButton()->isEnabled());
        QCOMPARE(exchanged.size(), 0);
        m_dialog.reset(); // before its client goes
    }

    void aSelectedTenantReachesTheToken()
    {
        const CreatedKey created =
            createKey(QStringLiteral("tenant key"), {{AcmeTenant, {}, {QStringLiteral("Viewer")}}});
        m_dialog->setTenants({{AcmeTenant, QStringLiteral("Acme Corp")}});
        m_dialog->setAccessKey(created.cleartext);
        auto *tenants = child<QComboBox>("tenantCombo");
        tenants->setCurrentIndex(tenants->findData(AcmeTenant));
        QCOMPARE(tenants->currentText(), QStringLiteral("Acme Corp (%1)").arg(AcmeTenant));

        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(exchanged.wait(10000));
        QCOMPARE(memberValue(child<JsonTreeWidget>("jwtClaimsTree"), QStringLiteral("dct")),
                 AcmeTenant);
        QVERIFY(child<QLabel>("jwtNsecEmpty")->isVisible());
    }

    void closingWipesTheKeyAndTheToken()
    {
        const CreatedKey created = createKey(QStringLiteral("wiped on close"));
        m_dialog->setAccessKey(created.cleartext);
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(exchanged.wait(10000));
        QVERIFY(!tokenField()->secret().isEmpty());

        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(keyField()->lineEdit()->text().isEmpty());
        QVERIFY(tokenField()->lineEdit()->text().isEmpty());
        QVERIFY(!resultShown());
    }

    void ctrlCOnTheTokenCopiesThroughTheSecretClipboard()
    {
        const CreatedKey created = createKey(QStringLiteral("ctrl c"));
        m_dialog->setAccessKey(created.cleartext);
        QSignalSpy exchanged(m_dialog.get(), &ExchangeDialog::exchanged);
        exchangeButton()->click();
        QVERIFY(exchanged.wait(10000));
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));

        QSignalSpy copied(&m_clipboard, &SecretClipboard::copied);
        tokenField()->setRevealed(true);
        tokenField()->lineEdit()->setFocus();
        tokenField()->lineEdit()->selectAll();
        QTest::keyClick(tokenField()->lineEdit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(copied.size(), 1);
        QCOMPARE_SECRET(QGuiApplication::clipboard()->text(), tokenField()->secret());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
    }
};

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchange_dialog.moc"
