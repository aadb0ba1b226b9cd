#pragma once

#include <QString>
#include <QUrl>

namespace descope {

// The API host for a project, derived from the region embedded in its ID the way Descope's
// SDKs do it: IDs of 32 characters or more carry the region at characters [1, 5).
QUrl baseUrlForProjectId(const QString &projectId);

// Why a base URL may not be used, or an empty string when it may: https is required for
// anything but loopback (localhost and 127.0.0.0/8 or ::1, as a local sandbox uses), so a
// management key never crosses a network in the clear. Plain http to another host is refused
// outright, with the reason, rather than allowed after a warning: every client of the key (the
// connect dialog's Test and Save, the console's requests, DESCOPE_BASE_URL) refuses it before
// sending anything.
QString baseUrlProblem(const QUrl &url);

} // namespace descope
