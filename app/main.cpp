#include "AllocatorTuning.h"
#include "AppInfo.h"
#include "CommandLine.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "ProfileSwitcher.h"
#include "SandboxLauncher.h"
#include "SessionSource.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

// Prints what the command line asked for and returns the exit code, or nothing to run the GUI.
std::optional<int> answer(const descope::CommandLineOptions &options)
{
    using Action = descope::CommandLineOptions::Action;
    switch (options.action) {
    case Action::Run:
        return std::nullopt;
    case Action::ShowHelp:
    case Action::ShowVersion:
        QTextStream(stdout) << options.output;
        return options.exitCode();
    case Action::Fail:
        QTextStream(stderr) << options.output;
        return options.exitCode();
    }
    return std::nullopt;
}

// --help and --version must work without a display, so they are answered before the GUI
// exists. Anything else, including errors, waits for QApplication: it removes Qt's own
// options (-platform, -style, ...) that this first look would take for unknown ones.
std::optional<int> answerWithoutGui(int argc, char *argv[])
{
    QCoreApplication probe(argc, argv);
    descope::appinfo::applyToApplication();
    descope::installTranslations(probe);
    const descope::CommandLineOptions options =
        descope::CommandLine::parse(QCoreApplication::arguments());
    if (options.action == descope::CommandLineOptions::Action::Fail)
        return std::nullopt;
    return answer(options);
}

} // namespace

int main(int argc, char *argv[])
{
    descope::limitAllocatorArenas();
    if (const std::optional<int> exitCode = answerWithoutGui(argc, argv))
        return *exitCode;

    QApplication application(argc, argv);
    descope::appinfo::applyToApplication();
    descope::appinfo::applyToGuiApplication();
    // Before anything makes a widget or a message: the layout direction comes with it.
    descope::installTranslations(application);
    const descope::CommandLineOptions options =
        descope::CommandLine::parse(QCoreApplication::arguments());
    if (const std::optional<int> exitCode = answer(options))
        return *exitCode;

    // Declared before the window, so that the stores and the sandbox outlive what uses them.
    descope::ProfileStore profiles;
    descope::KeychainSecretStore secrets;
    const descope::StartupPlan plan =
        descope::SessionSource::plan(options, QProcessEnvironment::systemEnvironment(), profiles);
    if (plan.kind == descope::StartupPlan::Kind::Error) {
        QTextStream(stderr) << plan.message << '\n';
        return 2;
    }
    descope::SandboxLauncher sandbox;
    descope::MainWindow window;
    auto *switcher = new descope::ProfileSwitcher(&profiles, &secrets, &sandbox, &window);
    window.addProfilesMenu(switcher->menu());
    QObject::connect(switcher, &descope::ProfileSwitcher::connectionChosen, &window,
                     &descope::MainWindow::setConnection);
    QObject::connect(switcher, &descope::ProfileSwitcher::connectionFailed, &window,
                     [&window](const QString &reason) { window.clearConnection(reason); });
    QObject::connect(
        switcher, &descope::ProfileSwitcher::notice, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message); });
    // Shown first: the first-run dialog opens over the window.
    window.show();
    switcher->start(plan);
    return QApplication::exec();
}
