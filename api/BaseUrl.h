#pragma once

#include <QString>
#include <QUrl>

namespace descope {

// The API host for a project, derived from the region embedded in its ID the way Descope's
// SDKs do it: IDs of 32 characters or more carry the region at characters [1, 5).
QUrl baseUrlForProjectId(const QString &projectId);

// Why a base URL may not be used, or an empty string when it may: https is required for
// anything but loopback, so a management key never crosses a network in the clear.
QString baseUrlProblem(const QUrl &url);

} // namespace descope
