#include "CommandLine.h"

#include "AppInfo.h"

#include <QCommandLineParser>

namespace descope {

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Administer the access keys of a Descope project.") + QLatin1Char('\n') +
        QLatin1Char('\n') +
        tr("Environment: DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY (and optionally "
           "DESCOPE_BASE_URL), as the Descope SDKs read them, connect for one session without "
           "saving anything, unless --profile or --sandbox is given."));
    // Not addHelpOption(): its --help-all would need QCommandLineParser::process(), which exits.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Displays help on commandline options."));
    parser.addOption(helpOption);
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        tr("Start a local sandbox with example keys and connect to it."));
    parser.addOption(sandboxOption);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Connect with the saved connection profile <name> (see Profiles > Manage Profiles)."),
        tr("name"));
    parser.addOption(profileOption);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));

    const QStringList profiles = parser.values(profileOption);
    if (profiles.size() > 1)
        return failure(tr("--profile can be given only once."));
    const QString profile = profiles.isEmpty() ? QString() : profiles.first().trimmed();
    if (parser.isSet(profileOption) && profile.isEmpty())
        return failure(tr("--profile needs the name of a connection profile."));
    if (!profile.isEmpty() && parser.isSet(sandboxOption))
        return failure(tr("--profile and --sandbox cannot be used together."));

    CommandLineOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    options.profile = profile;
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
