#include "AllocatorTuning.h"
#include "AppInfo.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "SandboxLauncher.h"

#include <QApplication>
#include <QCoreApplication>
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
    const QCoreApplication probe(argc, argv);
    descope::appinfo::applyToApplication();
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
    const descope::CommandLineOptions options =
        descope::CommandLine::parse(QCoreApplication::arguments());
    if (const std::optional<int> exitCode = answer(options))
        return *exitCode;

    // Declared before the window, so the sandbox outlives the window that talks to it.
    descope::SandboxLauncher sandbox;
    descope::MainWindow window;
    if (options.sandbox) {
        if (sandbox.start()) {
            window.setConnection(sandbox.connection());
        } else {
            QTextStream(stderr) << sandbox.errorString() << '\n';
            window.clearConnection(sandbox.errorString());
        }
    }
    window.show();
    return QApplication::exec();
}
