#include "SessionSource.h"

#include "BaseUrl.h"
#include "ProfileStore.h"

namespace descope {

namespace {

StartupPlan errorPlan(const QString &message)
{
    StartupPlan plan;
    plan.kind = StartupPlan::Kind::Error;
    plan.message = message;
    return plan;
}

StartupPlan profilePlan(const ConnectionProfile &profile)
{
    StartupPlan plan;
    plan.kind = StartupPlan::Kind::Profile;
    plan.profile = profile;
    return plan;
}

} // namespace

StartupPlan SessionSource::plan(const CommandLineOptions &options,
                                const QProcessEnvironment &environment,
                                const ProfileStore &profiles)
{
    if (options.sandbox)
        return profilePlan(ConnectionProfile::sandbox());

    if (!options.profile.isEmpty()) {
        if (const auto profile = profiles.findByName(options.profile))
            return profilePlan(*profile);
        QStringList names;
        for (const ConnectionProfile &profile : profiles.profiles())
            names.append(profile.name);
        return errorPlan(tr("There is no connection profile named “%1”. The profiles are: %2.")
                             .arg(options.profile, names.join(QStringLiteral(", "))));
    }

    StartupPlan fromEnvironment = SessionSource::fromEnvironment(environment);
    if (fromEnvironment.kind != StartupPlan::Kind::FirstRun)
        return fromEnvironment;

    if (const QString lastUsed = profiles.lastUsedId(); !lastUsed.isEmpty()) {
        if (const auto profile = profiles.findById(lastUsed)) {
            StartupPlan plan = profilePlan(*profile);
            plan.message = fromEnvironment.message;
            return plan;
        }
    }
    return fromEnvironment; // a first run, perhaps with a word about the environment
}

StartupPlan SessionSource::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString projectId = environment.value(QLatin1String(ProjectIdVariable)).trimmed();
    const QString managementKey = environment.value(QLatin1String(ManagementKeyVariable)).trimmed();
    const QString baseUrl = environment.value(QLatin1String(BaseUrlVariable)).trimmed();

    StartupPlan plan;
    if (projectId.isEmpty() && managementKey.isEmpty())
        return plan;
    // Half a set is common (a shell that exports the project ID for other tools); it must not
    // stop the console from starting, but it deserves a word.
    if (projectId.isEmpty() || managementKey.isEmpty()) {
        plan.message =
            tr("%1 is set but %2 is not, so the environment was not used.")
                .arg(
                    QLatin1String(projectId.isEmpty() ? ManagementKeyVariable : ProjectIdVariable),
                    QLatin1String(projectId.isEmpty() ? ProjectIdVariable : ManagementKeyVariable));
        return plan;
    }
    if (projectId.contains(u':'))
        return errorPlan(tr("%1 cannot contain ':'.").arg(QLatin1String(ProjectIdVariable)));

    ConnectionProfile profile;
    profile.name = tr("Environment");
    profile.projectId = projectId;
    if (!baseUrl.isEmpty()) {
        profile.baseUrlOverride = QUrl(baseUrl, QUrl::StrictMode);
        if (const QString problem = baseUrlProblem(profile.baseUrlOverride); !problem.isEmpty())
            return errorPlan(QStringLiteral("%1: %2").arg(QLatin1String(BaseUrlVariable), problem));
    }
    plan.kind = StartupPlan::Kind::Environment;
    plan.connection = profile.connection(managementKey);
    plan.message = tr("Connected with %1 and %2 from the environment, for this session only.")
                       .arg(QLatin1String(ProjectIdVariable), QLatin1String(ManagementKeyVariable));
    return plan;
}

} // namespace descope
