#pragma once

#include <QString>

namespace descope {

// The application's identity. QStandardPaths and QSettings derive their paths from it, so it
// must be applied before either is used, and must not change between releases.
namespace appinfo {

inline constexpr auto ApplicationName = "descope-keys";
inline constexpr auto OrganizationName = "Descope Key Console";
inline constexpr auto OrganizationDomain = "descope-key-console.github.io";
// The desktop entry's name without ".desktop", and the icon's: what a Wayland compositor
// matches the window with (packaging/).
inline constexpr auto DesktopId = "io.github.descope_key_console.DescopeKeys";

QString version();     // the CMake project version, e.g. "0.1.0"
QString versionText(); // what --version prints: "descope-keys 0.1.0"

// Sets the organization and application names, domain and version on QCoreApplication.
void applyToApplication();
// The desktop file name and the window icon: the theme's when installed, the built-in one
// otherwise. Needs a QGuiApplication.
void applyToGuiApplication();

} // namespace appinfo
} // namespace descope
