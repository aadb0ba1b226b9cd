#include "AppInfo.h"
#include "CommandLine.h"

#include <QRegularExpression>
#include <QTest>

using descope::CommandLine;
using descope::CommandLineOptions;
using Action = descope::CommandLineOptions::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLineOptions parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("descope-keys"));
        return CommandLine::parse(arguments);
    }

private Q_SLOTS:
    void initTestCase() { descope::appinfo::applyToApplication(); }

    void noArgumentsRunsWithoutSandbox()
    {
        const CommandLineOptions options = parse({});
        QCOMPARE(options.action, Action::Run);
        QVERIFY(!options.sandbox);
        QVERIFY(options.output.isEmpty());
        QCOMPARE(options.exitCode(), 0);
    }

    void sandboxOptionIsParsed()
    {
        const CommandLineOptions options = parse({QStringLiteral("--sandbox")});
        QCOMPARE(options.action, Action::Run);
        QVERIFY(options.sandbox);
        QCOMPARE(options.exitCode(), 0);
    }

    void versionPrintsNameAndProjectVersion_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }

    void versionPrintsNameAndProjectVersion()
    {
        QFETCH(QString, argument);
        const CommandLineOptions options = parse({argument});
        QCOMPARE(options.action, Action::ShowVersion);
        QCOMPARE(options.output,
                 QStringLiteral("descope-keys %1\n").arg(descope::appinfo::version()));
        QCOMPARE(options.exitCode(), 0);
    }

    void versionComesFromTheBuild()
    {
        // The version is the CMake project version, not a placeholder.
        const QString version = descope::appinfo::version();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(version).hasMatch(),
            qPrintable(version));
        QCOMPARE(QCoreApplication::applicationVersion(), version);
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("descope-keys"));
    }

    void helpListsTheOptions_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("long") << QStringLiteral("--help");
        QTest::newRow("short") << QStringLiteral("-h");
    }

    void helpListsTheOptions()
    {
        QFETCH(QString, argument);
        const CommandLineOptions options = parse({argument});
        QCOMPARE(options.action, Action::ShowHelp);
        QCOMPARE(options.exitCode(), 0);
        for (const auto *expected :
             {"Usage:", "--sandbox", "--profile <name>", "--version", "--help",
              "DESCOPE_PROJECT_ID", "DESCOPE_MANAGEMENT_KEY", "DESCOPE_BASE_URL"})
            QVERIFY2(options.output.contains(QLatin1String(expected)), expected);
    }

    void helpAllIsNotSilentlyIgnored()
    {
        // QCommandLineParser's --help-all only works through process(), which exits the program.
        const CommandLineOptions options = parse({QStringLiteral("--help-all")});
        QVERIFY(options.action != Action::Run);
    }

    void sandboxWithVersionStillPrintsVersion()
    {
        const CommandLineOptions options =
            parse({QStringLiteral("--sandbox"), QStringLiteral("--version")});
        QCOMPARE(options.action, Action::ShowVersion);
    }

    void unknownOptionFails()
    {
        const CommandLineOptions options = parse({QStringLiteral("--frobnicate")});
        QCOMPARE(options.action, Action::Fail);
        QCOMPARE(options.exitCode(), 2);
        QVERIFY2(options.output.contains(QStringLiteral("frobnicate")), qPrintable(options.output));
        QVERIFY2(options.output.contains(QStringLiteral("--help")), qPrintable(options.output));
        QVERIFY(!options.sandbox);
    }

    void unknownOptionWinsOverVersion()
    {
        // A typo next to --version is reported rather than silently ignored.
        const CommandLineOptions options =
            parse({QStringLiteral("--version"), QStringLiteral("--sandbx")});
        QCOMPARE(options.action, Action::Fail);
        QVERIFY(options.output.contains(QStringLiteral("sandbx")));
    }

    void profileOptionIsParsed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("profile");
        QTest::newRow("separate") << QStringList{QStringLiteral("--profile"),
                                                 QStringLiteral("Production EU")}
                                  << QStringLiteral("Production EU");
        QTest::newRow("equals") << QStringList{QStringLiteral("--profile=staging")}
                                << QStringLiteral("staging");
        QTest::newRow("trimmed") << QStringList{QStringLiteral("--profile"),
                                                QStringLiteral("  staging ")}
                                 << QStringLiteral("staging");
    }

    void profileOptionIsParsed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, profile);
        const CommandLineOptions options = parse(arguments);
        QCOMPARE(options.action, Action::Run);
        QCOMPARE(options.profile, profile);
        QVERIFY(!options.sandbox);
    }

    void noProfileByDefault() { QVERIFY(parse({}).profile.isEmpty()); }

    void profileOptionIsValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--profile")} << QStringLiteral("--profile");
        QTest::newRow("empty value")
            << QStringList{QStringLiteral("--profile=")} << QStringLiteral("needs the name");
        QTest::newRow("blank value")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("   ")}
            << QStringLiteral("needs the name");
        QTest::newRow("twice") << QStringList{QStringLiteral("--profile=a"),
                                              QStringLiteral("--profile=b")}
                               << QStringLiteral("only once");
        QTest::newRow("with sandbox")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--profile=a")}
            << QStringLiteral("cannot be used together");
    }

    void profileOptionIsValidated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CommandLineOptions options = parse(arguments);
        QCOMPARE(options.action, Action::Fail);
        QCOMPARE(options.exitCode(), 2);
        QVERIFY2(options.output.contains(expected), qPrintable(options.output));
        QVERIFY2(options.output.contains(QStringLiteral("--help")), qPrintable(options.output));
    }

    void positionalArgumentFails()
    {
        const CommandLineOptions options = parse({QStringLiteral("sandbox")});
        QCOMPARE(options.action, Action::Fail);
        QCOMPARE(options.exitCode(), 2);
        QVERIFY2(options.output.contains(QStringLiteral("'sandbox'")), qPrintable(options.output));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
