#!/usr/bin/env bash
# A 16-tile grid of 720p25 H.264 cameras on this machine: CPU, memory and frame rate of
# Jiandu's tiles against the peer, 16 `gst-launch-1.0 playbin` processes on the same streams.
# jiandu-sim serves 16 cameras from pre-encoded files (so its own encoding does not load the
# machine): main stream 1280x720 25 fps ~2 Mbit/s (moving colour bars), sub-stream 480x270
# 25 fps. Each run is measured for SECONDS after a 3 s warm-up, one after the other.
# Usage: bench/grid-cpu.sh [WORKDIR] [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
work=${1:-/var/tmp/jiandu-gridbench}
seconds=${2:-30}
source "$root/bench/lib/teststreams.sh"
encode_test_streams "$work"

coproc SIM { exec "$root/build/bin/jiandu-sim" --port 0 --cameras 16 --audio 0 --source "$work/main.h264" \
    --sub-source "$work/sub.h264" --no-control; }
main=() sub=()
while read -r kind _ url <&"${SIM[0]}"; do
    case $kind in camera) main+=("$url") ;; substream) sub+=("$url") ;; ready) break ;; esac
done
trap 'kill $SIM_PID 2>/dev/null || true' EXIT

ticks=$(getconf CLK_TCK)
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
peer() { # URL... : 16 playbin processes; prints "cpu% rss_mb"
    local pids=() url
    for url in "$@"; do
        gst-launch-1.0 -q playbin uri="$url" video-sink="fakesink sync=true" \
            audio-sink=fakesink >/dev/null 2>&1 &
        pids+=($!)
    done
    sleep 3
    local before=0 after=0 rss=0 p
    for p in "${pids[@]}"; do before=$((before + $(cpu_of "$p"))); done
    sleep "$seconds"
    for p in "${pids[@]}"; do
        after=$((after + $(cpu_of "$p")))
        rss=$((rss + $(awk '/VmRSS/ { print $2 }' "/proc/$p/status")))
    done
    kill "${pids[@]}"; wait "${pids[@]}" 2>/dev/null || true
    echo "$(echo "scale=0; 100 * ($after - $before) / $ticks / $seconds" | bc) $((rss / 1024))"
}
field() { grep -o "\"$2\":[0-9.]*" <<<"$1" | cut -d: -f2; }

ours_main=$("$root/build/bin/gridbench" "$seconds" 480x270 "${main[@]}")
ours_sub=$("$root/build/bin/gridbench" "$seconds" 480x270 "${sub[@]}")
read -r peer_cpu peer_rss < <(peer "${main[@]}")
echo "16 tiles, $seconds s, $(nproc) cores"
printf '%-44s %6s %8s %8s %8s\n' "" "CPU %" "RSS MB" "fps min" "fps med"
printf '%-44s %6s %8s %8s %8s\n' "jiandu, main streams (720p) decoded, 480x270" \
    "$(field "$ours_main" cpuPercent)" "$(field "$ours_main" peakRssMb)" \
    "$(field "$ours_main" fpsMin)" "$(field "$ours_main" fpsMedian)"
printf '%-44s %6s %8s %8s %8s\n' "jiandu, sub-streams (policy for >= 9 tiles)" \
    "$(field "$ours_sub" cpuPercent)" "$(field "$ours_sub" peakRssMb)" \
    "$(field "$ours_sub" fpsMin)" "$(field "$ours_sub" fpsMedian)"
printf '%-44s %6s %8s %8s %8s\n' "peer: 16 x gst-launch playbin, main streams" "$peer_cpu" \
    "$peer_rss" "-" "-"
echo "ratio jiandu main / peer CPU: $(echo "scale=2; $(field "$ours_main" cpuPercent) / $peer_cpu" | bc)"
echo "ratio jiandu sub-stream policy / peer CPU: $(echo "scale=2; $(field "$ours_sub" cpuPercent) / $peer_cpu" | bc)"
