#include "CommandLine.h"

#include "AppInfo.h"

#include <QCommandLineParser>

namespace descope {

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Administer the access keys of a Descope project."));
    // Not addHelpOption(): its --help-all would need QCommandLineParser::process(), which exits.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Displays help on commandline options."));
    parser.addOption(helpOption);
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        tr("Start a local sandbox with example keys and connect to it."));
    parser.addOption(sandboxOption);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));

    CommandLineOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(versionOption)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        options.output = appinfo::versionText() + QLatin1Char('\n');
    } else if (parser.isSet(helpOption)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        options.output = parser.helpText();
    }
    return options;
}

CommandLineOptions CommandLine::failure(const QString &message)
{
    const QString program = QLatin1String(appinfo::ApplicationName);
    CommandLineOptions options;
    options.action = CommandLineOptions::Action::Fail;
    options.output = program + QStringLiteral(": ") + message + QLatin1Char('\n') +
                     tr("Try '%1 --help' for more information.").arg(program) + QLatin1Char('\n');
    return options;
}

} // namespace descope
