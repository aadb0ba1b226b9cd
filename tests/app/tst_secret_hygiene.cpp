// A whole session, wired as app/main.cpp wires it, with the real keychain: the first-run
// dialog creates a profile and connects, a key is created and its secret copied, the window
// quits; a second start connects from the last profile with the key from the keychain. Then
// every file the console wrote (its own HOME and XDG directories: settings, caches, data,
// state) is searched for the management key and the new key's secret, in UTF-8, UTF-16 and
// base64, and so is everything it logged with every category on. Neither may appear.

#include "AppInfo.h"
#include "CleartextDialog.h"
#include "CommandLine.h"
#include "ConnectDialog.h"
#include "KeyActions.h"
#include "KeyEditorDialog.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ProfileSwitcher.h"
#include "ProjectSession.h"
#include "SandboxHost.h"
#include "SandboxLauncher.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "SessionSource.h"
#include "UserPrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace descope;

namespace {

const QString ManagementKey = QStringLiteral("K2HygieneManagementKey:5e1f0c7a9b3d2468");

// Everything logged, by anyone, while the session runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_testLog = nullptr;

// Records, then hands on to Qt Test's own handler, which prints.
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&g_logMutex);
        g_log.append(QLatin1String(context.category ? context.category : "") + u' ' + message);
    }
    if (g_testLog)
        g_testLog(type, context, message);
}

// The console's home: set before QApplication exists, so that every path Qt derives
// (QSettings, QStandardPaths) points inside it.
QTemporaryDir *g_home = nullptr;

QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    return {utf8, utf16, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding)};
}

QStringList filesContaining(const QString &root, const QString &secret)
{
    QStringList found;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &encoded : encodings(secret)) {
            if (bytes.contains(encoded)) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}

QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

template <typename T>
T *waitForWidget(const char *objectName)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::allWidgets()) {
                auto *candidate = qobject_cast<T *>(widget);
                if (candidate && candidate->objectName() == QLatin1String(objectName) &&
                    candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        10000);
    return found;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;
    QString m_service =
        QStringLiteral("descope-keys-hygiene-%1").arg(QCoreApplication::applicationPid());
    QString m_cleartext;
    QString m_profileId;

    // The pieces main.cpp owns, in its order: the sandbox outlives the window.
    struct Console
    {
        ProfileStore profiles;
        std::unique_ptr<KeychainSecretStore> secrets;
        SandboxLauncher sandbox{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        std::unique_ptr<MainWindow> window;
        ProfileSwitcher *switcher = nullptr;

        explicit Console(const QString &service)
            : secrets(std::make_unique<KeychainSecretStore>(service))
            , window(std::make_unique<MainWindow>())
        {
            switcher = new ProfileSwitcher(&profiles, secrets.get(), &sandbox, window.get());
            window->menuBar()->addMenu(switcher->menu());
            QObject::connect(
                switcher, &ProfileSwitcher::connectionChosen, window.get(),
                [this](const Connection &connection) { window->setConnection(connection); });
            QObject::connect(switcher, &ProfileSwitcher::connectionFailed, window.get(),
                             [this](const QString &reason) { window->clearConnection(reason); });
            window->show();
        }

        void start()
        {
            const StartupPlan plan =
                SessionSource::plan(CommandLine::parse({QStringLiteral("descope-keys")}),
                                    QProcessEnvironment(), profiles);
            switcher->start(plan);
        }

        bool waitForKeys() const
        {
            return QTest::qWaitFor(
                [this] {
                    return window->session() && window->session()->hasLoaded() &&
                           !window->session()->isLoading();
                },
                10000);
        }

        void quit()
        {
            window->close();
            window.reset();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(g_home && g_home->isValid());
        // Qt Test installs its handler in qExec(); ours goes in front of it.
        g_testLog = qInstallMessageHandler(recordMessage);
        UserPrompts::setStrict(true);
        sandbox::SandboxOptions options;
        options.managementKey = ManagementKey;
        options.seedCount = 3;
        QVERIFY2(m_host.start(options), qPrintable(m_host.errorString()));
        QVERIFY2(QSettings().fileName().startsWith(g_home->path()),
                 qPrintable(QSettings().fileName()));
    }

    void firstSessionCreatesAProfileAndAKey()
    {
        Console console(m_service);
        console.start();

        auto *dialog = waitForWidget<ConnectDialog>("connectDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::FirstRun);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit")),
                         QStringLiteral("Hygiene"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("projectIdEdit")),
                         m_host.projectId());
        QTest::keyClicks(
            dialog->findChild<SecretField *>(QStringLiteral("managementKeyField"))->lineEdit(),
            ManagementKey);
        dialog->findChild<QCheckBox *>(QStringLiteral("customBaseUrlCheck"))->setChecked(true);
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
        url->selectAll();
        QTest::keyClicks(url, m_host.baseUrl().toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QLabel *>(QStringLiteral("testVerdictTitle"))->text(),
            QStringLiteral("Connected"), 10000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);

        QVERIFY(console.waitForKeys());
        QVERIFY2(console.secrets->isPersistent(), qPrintable(console.secrets->errorString()));
        QVERIFY2(console.window->windowTitle().contains(QStringLiteral("Hygiene")),
                 qPrintable(console.window->windowTitle()));
        m_profileId = console.switcher->activeProfileId();
        QVERIFY(!m_profileId.isEmpty());

        // Create a key and copy its one-time secret, as a user would.
        console.window->keyActions()->newKey->trigger();
        auto *editor = waitForWidget<KeyEditorDialog>("keyEditorDialog");
        QVERIFY(editor);
        QVERIFY(QTest::qWaitFor([editor] { return !editor->isLoadingCatalog(); }, 10000));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameField")),
                         QStringLiteral("hygiene-bot"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        auto *shown = waitForWidget<CleartextDialog>("cleartextDialog");
        QVERIFY(shown);
        m_cleartext = privateCopyOf(
            shown->findChild<SecretField *>(QStringLiteral("cleartextField"))->secret());
        QVERIFY(m_cleartext.size() > 20);
        QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_cleartext);
        shown->close();

        console.quit();
        QSettings().sync();
    }

    void secondSessionConnectsFromTheKeychain()
    {
        Console console(m_service);
        console.start();
        QVERIFY(console.waitForKeys());
        QCOMPARE(console.switcher->activeProfileId(), m_profileId);
        QCOMPARE_SECRET(console.window->connection()->managementKey, ManagementKey);
        QVERIFY(!connectDialogShown());
        console.quit();
    }

    void noFileAndNoLogLineHoldsASecret()
    {
        QVERIFY(!m_cleartext.isEmpty());
        QSettings().sync();
        const QStringList files = allFiles(g_home->path());
        // The settings file is among them, with the profile in it: the search looks in the
        // right place.
        const QString settingsFile = QSettings().fileName();
        QVERIFY2(files.contains(settingsFile), qPrintable(files.join(u'\n')));
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains(m_host.projectId().toUtf8()));
        QCOMPARE(filesContaining(g_home->path(), m_host.projectId()), QStringList{settingsFile});

        for (const QString &secret : {ManagementKey, m_cleartext}) {
            const QStringList leaks = filesContaining(g_home->path(), secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
        }
        const QMutexLocker locker(&g_logMutex);
        // The log was on, bodies too: the create answer went through it, redacted.
        const bool sawCreate = std::any_of(g_log.cbegin(), g_log.cend(), [](const QString &line) {
            return line.startsWith(QLatin1String("descope.api.body")) &&
                   line.contains(QLatin1String("cleartext"));
        });
        QVERIFY(sawCreate);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(ManagementKey), qPrintable(line));
            QVERIFY2(!line.contains(m_cleartext), qPrintable(line));
            // Even a partial secret (the part after the key ID) stays out.
            QVERIFY2(!line.contains(m_cleartext.mid(m_cleartext.indexOf(u'.') + 1)),
                     qPrintable(line));
        }
    }

    void cleanupTestCase()
    {
        KeychainSecretStore store(m_service);
        bool removed = false;
        store.remove(m_profileId, this, [&removed](const SecretResult &) { removed = true; });
        QTRY_VERIFY(removed);
    }

private:
    static QString privateCopyOf(const QString &text)
    {
        return QString(text.constData(), text.size());
    }
    static bool connectDialogShown()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<ConnectDialog *>(widget) && widget->isVisible())
                return true;
        }
        return false;
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/descope-hygiene-XXXXXX"));
    g_home = &home;
    for (const char *variable :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = home.filePath(QLatin1String(variable));
        QDir().mkpath(dir);
        qputenv(variable, QFile::encodeName(dir));
    }
    // Every category of ours at every level, request and answer bodies included.
    qputenv("QT_LOGGING_RULES", "*.debug=true\n*.info=true\nqt.*.debug=false\nqt.*.info=false");
    QApplication application(argc, argv);
    descope::appinfo::applyToApplication();
    TestSecretHygiene test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_hygiene.moc"
