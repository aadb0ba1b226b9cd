#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace descope {

// What the command line asks for, parsed without side effects so it can be tested without a GUI.
struct CommandLineOptions
{
    enum class Action
    {
        Run,         // open the window
        ShowHelp,    // print `output` to stdout, exit 0
        ShowVersion, // print `output` to stdout, exit 0
        Fail,        // print `output` to stderr, exit with exitCode()
    };

    Action action = Action::Run;
    bool sandbox = false; // start an in-process sandbox and connect to it
    QString profile;      // --profile NAME: connect with this saved profile (trimmed)
    QString output;

    // 2 for a usage error, as the descope-sandbox program and most command-line tools do.
    int exitCode() const { return action == Action::Fail ? 2 : 0; }
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `arguments` starts with the program name, as QCoreApplication::arguments() does.
    static CommandLineOptions parse(const QStringList &arguments);

private:
    static CommandLineOptions failure(const QString &message);
};

} // namespace descope
