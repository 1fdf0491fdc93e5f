#!/usr/bin/env bash
# Cameras watched, heard and recorded at once (a tile at 480x270, its sound, its continuous
# recording), as video patrol does: one RTSP session per camera shared by the three
# (CameraFeed) against the previous design, a session each. jiandu-sim serves CAMERAS
# cameras from a pre-encoded 720p25 stream with an Opus tone. Each mode is measured for
# SECONDS after a 3 s warm-up, one after the other; the camera side's CPU (jiandu-sim) too.
# Usage: bench/camera-sharing.sh [WORKDIR] [SECONDS] [CAMERAS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
source "$root/bench/lib/teststreams.sh"
work=${1:-/var/tmp/jiandu-gridbench}
seconds=${2:-20}
cameras=${3:-8}
encode_test_streams "$work"

ticks=$(getconf CLK_TCK)
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
field() { grep -o "\"$2\":[0-9.]*" <<<"$1" | cut -d: -f2; }

run() { # MODE: prints feedbench's line and the camera side's CPU %
    coproc SIM { exec "$root/build/bin/jiandu-sim" --port 0 --cameras "$cameras" \
        --source "$work/main.h264" --no-control; }
    local urls=() kind url
    while read -r kind _ url <&"${SIM[0]}"; do
        case $kind in camera) urls+=("$url") ;; ready) break ;; esac
    done
    local recordings
    recordings=$(mktemp -d "$work/recordings.XXXXXX")
    local before after line
    before=$(cpu_of "$SIM_PID")
    line=$("$root/build/bin/feedbench" "$1" "$seconds" "$recordings" "${urls[@]}")
    after=$(cpu_of "$SIM_PID")
    kill "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
    rm -rf "$recordings"
    echo "$line $(echo "scale=0; 100 * ($after - $before) / $ticks / ($seconds + 3)" | bc)"
}

read -r shared shared_sim < <(run shared)
read -r separate separate_sim < <(run separate)
echo "$cameras cameras watched, heard and recorded, $seconds s, $(nproc) cores"
printf '%-32s %9s %6s %8s %8s %10s %9s\n' "" "sessions" "CPU %" "RSS MB" "fps min" "recording" \
    "camera CPU %"
for mode in shared separate; do
    line=${!mode}
    sim=${mode}_sim
    printf '%-32s %9s %6s %8s %8s %10s %9s\n' "$mode" "$(field "$line" sessions)" \
        "$(field "$line" cpuPercent)" "$(field "$line" peakRssMb)" "$(field "$line" fpsMin)" \
        "$(field "$line" recording)" "${!sim}"
done
echo "ratio shared / separate CPU: $(echo "scale=2; $(field "$shared" cpuPercent) / $(field "$separate" cpuPercent)" | bc)"
