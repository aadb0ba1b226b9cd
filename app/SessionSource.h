#pragma once

#include "CommandLine.h"
#include "Connection.h"
#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace descope {

class ProfileStore;

// What the console connects to when it starts, decided before any window exists.
struct StartupPlan
{
    enum class Kind
    {
        FirstRun,    // nothing to go on: show the connect dialog
        Profile,     // `profile`, a saved one or the built-in sandbox; its key is in the store
        Environment, // `connection`, complete with its key, for this session only
        Error,       // `message` says what is wrong (an unknown --profile, a bad URL); exit 2
    };

    Kind kind = Kind::FirstRun;
    ConnectionProfile profile;
    Connection connection;
    // Error: what to print. Otherwise an optional notice for the status bar.
    QString message;
};

// Decides the startup connection, in this order: --sandbox, --profile NAME, the Descope SDKs'
// environment variables (a one-off session: nothing is saved), the profile used last, and
// otherwise a first run.
class SessionSource
{
    Q_DECLARE_TR_FUNCTIONS(SessionSource)

public:
    static constexpr auto ProjectIdVariable = "DESCOPE_PROJECT_ID";
    static constexpr auto ManagementKeyVariable = "DESCOPE_MANAGEMENT_KEY";
    static constexpr auto BaseUrlVariable = "DESCOPE_BASE_URL";

    static StartupPlan plan(const CommandLineOptions &options,
                            const QProcessEnvironment &environment, const ProfileStore &profiles);

    // The one-off connection the environment describes; Error or FirstRun when it has none.
    static StartupPlan fromEnvironment(const QProcessEnvironment &environment);
};

} // namespace descope
