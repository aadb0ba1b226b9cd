# Shared by scripts/run and scripts/test: installs what is missing (Debian 12) and builds.
# Sourced, not run.

PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian packages the build, the tests and the console need.
DESCOPE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-private-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qtkeychain-qt6-dev nlohmann-json3-dev rapidjson-dev libssl-dev
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    clang-format
    # Qt's own texts (standard buttons, context menus) in the console's languages
    qt6-translations-l10n
    # Packaging and its checks (scripts/package, scripts/check-packaging)
    dpkg-dev desktop-file-utils appstream lintian file
)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "installing packages needs root; run as root or install sudo"
    fi
}

missing_packages() {
    local package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || printf '%s\n' "$package"
    done
}

apt_install() {
    [ "$#" -gt 0 ] || return 0
    log "installing: $*"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "this script expects Debian 12 (dpkg/apt)"
    local -a missing
    mapfile -t missing < <(missing_packages "${DESCOPE_PACKAGES[@]}")
    # Node.js drives the official Descope SDK in the conformance suite; any packaged node works.
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    apt_install "${missing[@]}"
}

# configure_and_build <preset>: configures once, then builds incrementally.
configure_and_build() {
    local preset=$1
    if [ ! -f "$PROJECT_ROOT/build/$preset/build.ninja" ]; then
        log "configuring ($preset)"
        cmake --preset "$preset" -S "$PROJECT_ROOT" >/dev/null
    fi
    log "building ($preset)"
    cmake --build --preset "$preset"
}
