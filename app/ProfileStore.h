#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace descope {

// The saved connection profiles and the one used last, in QSettings ("Profiles/..."). Only
// metadata is written there: names, project IDs and base URLs, never a management key.
//
// The built-in sandbox profile is always listed first and cannot be saved over or removed.
// Every instance reads the settings afresh, so two instances agree; changes made through one
// instance are announced by its changed() signal only.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QObject *parent = nullptr);

    // The sandbox first, then the saved profiles in natural name order.
    QList<ConnectionProfile> profiles() const;
    QList<ConnectionProfile> savedProfiles() const;
    std::optional<ConnectionProfile> findById(const QString &id) const;
    // Names are matched without regard to case, as they are kept unique that way.
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    // Why `profile` cannot be saved as it stands (empty name, a name in use by another
    // profile, no project ID, a base URL the client would refuse), or an empty string.
    QString problem(const ConnectionProfile &profile) const;
    // The same, field by field, for forms that show each problem at its field.
    QString nameProblem(const QString &name, const QString &profileId) const;
    static QString projectIdProblem(const QString &projectId);
    static QString baseUrlOverrideProblem(const QUrl &url);

    // Adds the profile, or replaces the one with its id. A profile without an id gets a new
    // one. Returns the profile as saved, or nothing when problem() objects.
    std::optional<ConnectionProfile> save(ConnectionProfile profile);
    // Forgets the profile's metadata; its key is the SecretStore's business.
    bool remove(const QString &id);

    // The id of the profile the console connected to last, if it still exists.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

Q_SIGNALS:
    void changed();

private:
    void write(const QList<ConnectionProfile> &profiles);
};

} // namespace descope
