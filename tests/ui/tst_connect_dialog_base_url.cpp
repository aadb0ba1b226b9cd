// Plain http in the connect dialog. To this computer (127.0.0.1, localhost, ::1), as the
// sandbox is reached, it is allowed without a word, and Test Connection works against a real
// sandbox. To any other host it is refused at the field, saying why (the management key would
// travel unencrypted): Test Connection and Save stay disabled, and neither a click, a shortcut
// nor Enter sends anything: a listener on this machine's own network address, which would see
// any request, sees none, while the same address over https does get a connection.

#include "AppInfo.h"
#include "ConnectDialog.h"
#include "ConnectionTester.h"
#include "FieldProblemLabel.h"
#include "IsolatedSettings.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "SandboxHost.h"
#include "SecretField.h"
#include "UserPrompts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace descope;

namespace {

// An IPv4 address of this machine that is not loopback, or nothing.
QHostAddress networkAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            return address;
    }
    return {};
}

} // namespace

class TestConnectDialogBaseUrl : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectDialog> m_dialog;

    template <typename T>
    T *child(const char *objectName) const
    {
        return m_dialog->findChild<T *>(QLatin1String(objectName));
    }
    QLineEdit *urlEdit() const { return child<QLineEdit>("baseUrlEdit"); }
    QPushButton *testButton() const { return child<QPushButton>("testConnectionButton"); }
    QPushButton *saveButton() const { return child<QPushButton>("saveButton"); }
    FieldProblemLabel *urlProblem() const { return child<FieldProblemLabel>("baseUrlProblem"); }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    bool open(ConnectDialog::Mode mode, const QString &url)
    {
        m_dialog = std::make_unique<ConnectDialog>(mode, m_profiles.get(), m_secrets.get());
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get()))
            return false;
        type(child<QLineEdit>("profileNameEdit"), QStringLiteral("Custom"));
        type(child<QLineEdit>("projectIdEdit"), m_host.projectId());
        type(child<SecretField>("managementKeyField")->lineEdit(), m_host.managementKey());
        child<QCheckBox>("customBaseUrlCheck")->setChecked(true);
        type(urlEdit(), url);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        UserPrompts::setStrict(true);
        QVERIFY2(m_host.start({}), qPrintable(m_host.errorString()));
    }

    void init()
    {
        IsolatedSettings::clear();
        UserPrompts::reset();
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_secrets->setPersistent(true);
    }

    void cleanup()
    {
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        m_dialog.reset();
    }

    void loopbackHttpIsAllowedSilently_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("reachable"); // the sandbox listens on 127.0.0.1
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("::1") << "[::1]" << false;
    }

    void loopbackHttpIsAllowedSilently()
    {
        QFETCH(QString, host);
        QFETCH(bool, reachable);
        const QString url =
            QStringLiteral("http://%1:%2").arg(host, QString::number(m_host.baseUrl().port()));
        QVERIFY(open(ConnectDialog::Mode::FirstRun, url));
        QCOMPARE(urlProblem()->problem(), QString());
        QVERIFY(!urlProblem()->isVisible());
        QVERIFY(urlEdit()->styleSheet().isEmpty()); // not outlined
        QVERIFY(testButton()->isEnabled());
        QVERIFY(saveButton()->isEnabled());
        if (!reachable)
            return;

        QSignalSpy finished(m_dialog->tester(), &ConnectionTester::finished);
        QTest::mouseClick(testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QLabel>("testVerdictTitle")->text(), QStringLiteral("Connected"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->savedProfile().baseUrlOverride, QUrl(url));
    }

    void plainHttpToAnotherHostIsRefusedAndNothingIsSent()
    {
        const QHostAddress address = networkAddress();
        if (address.isNull())
            QSKIP("this machine has no network address other than loopback");
        QTcpServer listener;
        QVERIFY2(listener.listen(address), qPrintable(listener.errorString()));
        QSignalSpy connections(&listener, &QTcpServer::newConnection);
        const QString host = address.toString();
        const QString url = QStringLiteral("http://%1:%2").arg(host).arg(listener.serverPort());

        for (const auto mode : {ConnectDialog::Mode::FirstRun, ConnectDialog::Mode::NewProfile}) {
            QVERIFY(open(mode, url));
            // Said at the field, with why.
            QVERIFY(urlProblem()->isVisible());
            const QString problem = urlProblem()->problem();
            QVERIFY2(problem.contains(QStringLiteral("management key")), qPrintable(problem));
            QVERIFY2(problem.contains(host + QStringLiteral(" unencrypted")), qPrintable(problem));
            QCOMPARE(urlEdit()->toolTip(), problem);
            QVERIFY(!testButton()->isEnabled());
            QVERIFY(!saveButton()->isEnabled());

            // Every way of asking for a test or a save does nothing.
            QTest::mouseClick(testButton(), Qt::LeftButton);
            QTest::mouseClick(saveButton(), Qt::LeftButton);
            QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier);
            QTest::keyClick(urlEdit(), Qt::Key_Return);
            QVERIFY(!m_dialog->tester()->isRunning());
            QVERIFY(m_dialog->isVisible());
            QVERIFY(!connections.wait(500));
            QCOMPARE(m_profiles->savedProfiles().size(), 0);
            QCOMPARE(m_secrets->count(), 0);
        }

        // The same address over https is allowed, and the listener does see the attempt: it
        // would have seen a plain http request too.
        type(urlEdit(), QStringLiteral("https://%1:%2").arg(host).arg(listener.serverPort()));
        QCOMPARE(urlProblem()->problem(), QString());
        QVERIFY(testButton()->isEnabled());
        QTest::mouseClick(testButton(), Qt::LeftButton);
        QVERIFY(connections.wait(5000));
        m_dialog->tester()->cancel();
    }
};

QTEST_MAIN(TestConnectDialogBaseUrl)
#include "tst_connect_dialog_base_url.moc"
