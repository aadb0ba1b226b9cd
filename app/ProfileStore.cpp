#include "ProfileStore.h"

#include "BaseUrl.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace descope {

namespace {

const QString ArrayKey = QStringLiteral("Profiles/list");
const QString LastUsedKey = QStringLiteral("Profiles/lastUsed");
const QString IdKey = QStringLiteral("id");
const QString NameKey = QStringLiteral("name");
const QString ProjectIdKey = QStringLiteral("projectId");
const QString BaseUrlKey = QStringLiteral("baseUrl");

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

QList<ConnectionProfile> ProfileStore::savedProfiles() const
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int size = settings.beginReadArray(ArrayKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings.value(IdKey).toString();
        profile.name = settings.value(NameKey).toString();
        profile.projectId = settings.value(ProjectIdKey).toString();
        profile.baseUrlOverride = QUrl(settings.value(BaseUrlKey).toString());
        // A hand-edited file may hold rows without an id or a name; they cannot be addressed.
        if (profile.id.isEmpty() || profile.name.trimmed().isEmpty() ||
            profile.id == QLatin1String(ConnectionProfile::SandboxId))
            continue;
        profiles.append(profile);
    }
    settings.endArray();

    // As the key table does: the C locale collates by code point without numeric mode, and
    // English rules are the closest neutral order that has it.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    QCollator collator{locale};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(profiles.begin(), profiles.end(),
              [&collator](const ConnectionProfile &a, const ConnectionProfile &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return profiles;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> profiles{ConnectionProfile::sandbox()};
    profiles.append(savedProfiles());
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString &id) const
{
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::problem(const ConnectionProfile &profile) const
{
    if (profile.isSandbox || profile.id == QLatin1String(ConnectionProfile::SandboxId))
        return tr("The built-in Sandbox profile cannot be changed.");
    for (const QString &reason :
         {nameProblem(profile.name, profile.id), projectIdProblem(profile.projectId),
          baseUrlOverrideProblem(profile.baseUrlOverride)}) {
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}

QString ProfileStore::nameProblem(const QString &name, const QString &profileId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The profile needs a name.");
    if (const auto existing = findByName(trimmed); existing && existing->id != profileId)
        return tr("There is already a profile named “%1”.").arg(existing->name);
    return {};
}

QString ProfileStore::projectIdProblem(const QString &projectId)
{
    const QString trimmed = projectId.trimmed();
    if (trimmed.isEmpty())
        return tr("The project ID is missing.");
    // ':' would split the Authorization header; '/' and spaces would change the JWKS path.
    if (trimmed.contains(u':') || trimmed.contains(u'/') || trimmed.contains(u' '))
        return tr("The project ID cannot contain ':', '/' or spaces.");
    return {};
}

QString ProfileStore::baseUrlOverrideProblem(const QUrl &url)
{
    return url.isEmpty() ? QString() : baseUrlProblem(url);
}

std::optional<ConnectionProfile> ProfileStore::save(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    profile.projectId = profile.projectId.trimmed();
    if (!problem(profile).isEmpty())
        return std::nullopt;
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();

    QList<ConnectionProfile> profiles = savedProfiles();
    const auto existing =
        std::find_if(profiles.begin(), profiles.end(),
                     [&profile](const ConnectionProfile &p) { return p.id == profile.id; });
    if (existing != profiles.end())
        *existing = profile;
    else
        profiles.append(profile);
    write(profiles);
    Q_EMIT changed();
    return profile;
}

bool ProfileStore::remove(const QString &id)
{
    QList<ConnectionProfile> profiles = savedProfiles();
    const auto removed =
        profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    if (removed == 0)
        return false;
    write(profiles);
    if (lastUsedId() == id) {
        QSettings settings;
        settings.remove(LastUsedKey);
    }
    Q_EMIT changed();
    return true;
}

QString ProfileStore::lastUsedId() const
{
    const QString id = QSettings().value(LastUsedKey).toString();
    return findById(id) ? id : QString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    QSettings settings;
    if (id.isEmpty())
        settings.remove(LastUsedKey);
    else
        settings.setValue(LastUsedKey, id);
}

void ProfileStore::write(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    // Rewritten whole, so that a removed row leaves nothing behind.
    settings.remove(ArrayKey);
    settings.beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(IdKey, profile.id);
        settings.setValue(NameKey, profile.name);
        settings.setValue(ProjectIdKey, profile.projectId);
        if (!profile.baseUrlOverride.isEmpty())
            settings.setValue(BaseUrlKey, profile.baseUrlOverride.toString());
    }
    settings.endArray();
}

} // namespace descope
