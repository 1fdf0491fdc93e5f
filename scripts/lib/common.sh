# Shared by the scripts: installs what Jiandu needs from Debian, configures and builds it.
# Sourced, not run.

JIANDU_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JIANDU_BUILD=${JIANDU_BUILD:-$JIANDU_ROOT/build}
JIANDU_STAGE=$JIANDU_BUILD/stage

# What building and running the client needs.
JIANDU_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl-dev libxkbcommon-dev
    libsqlcipher-dev libsqlite3-dev libssl-dev
    libpq-dev libboost-dev libsodium-dev libmosquitto-dev
    libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstrtspserver-1.0-dev
    libopencc-dev libminizip-dev libpoppler-cpp-dev qt6-websockets-dev qt6-positioning-dev
    qt6-serialport-dev libopencv-core-dev libopencv-imgproc-dev
    qt6-webengine-dev qt6-webchannel-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
    gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-x
    fonts-noto-cjk fonts-arphic-uming xvfb xauth xorriso
)
# What the tests need on top: a display to drive, screenshots, packaging and format checks.
JIANDU_TEST_PACKAGES=(
    xdotool imagemagick x11-utils dpkg-dev file clang-format desktop-file-utils sqlcipher
    gstreamer1.0-tools procps jq poppler-utils
    # the central service's database (scripts/central-db), its client, and the service's peers
    postgresql-15 postgresql-client-15 postgresql-client-common haproxy wrk curl mosquitto
    mosquitto-clients openssl
    # loaded into the client by the test that proves its cache stays encrypted beside them
    libopencv-videoio406 libgstreamer1.0-0 libqt6webenginecore6
)
# What the benchmarks run beside Jiandu: the peers they are measured against, and the tools
# that take the measurements (bench/*.sh install them with ensure_packages).
JIANDU_BENCH_PACKAGES=(ffmpeg bc gstreamer1.0-tools procps mosquitto xvfb xauth
    wrk haproxy curl jq postgresql-15 postgresql-client-15 postgresql-client-common)

# A TCP port of 127.0.0.1 free right now.
free_port() {
    perl -MIO::Socket::INET -e \
        '$s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1:0") or die; print $s->sockport'
}

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the missing packages of "$@" (apt-get update first); a no-op when all are there.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing packages: ${missing[*]} — run as root or install them with apt-get"
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (first time) and builds everything, then installs into build/stage, which has
# the layout of a real installation (bin/, lib/jiandu/modules, share/).
build_jiandu() {
    local jobs
    jobs=$(nproc)
    if [ ! -f "$JIANDU_BUILD/build.ninja" ]; then
        log "Configuring in $JIANDU_BUILD"
        cmake -S "$JIANDU_ROOT" -B "$JIANDU_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_INSTALL_PREFIX="$JIANDU_STAGE" >/dev/null
    fi
    log "Building ($jobs jobs)"
    cmake --build "$JIANDU_BUILD" -j "$jobs"
    cmake --install "$JIANDU_BUILD" --prefix "$JIANDU_STAGE" >/dev/null
}
