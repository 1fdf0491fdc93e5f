#!/usr/bin/env bash
# Live latency on loopback: jiandu-sim serves one 720p25 camera; latencybench watches it
# with Jiandu's LiveStream and with GStreamer's playbin (the peer) at the same time.
# Usage: bench/live-latency.sh [SECONDS]   (after a build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
seconds=${1:-20}
coproc SIM { "$root/build/bin/jiandu-sim" --port 0 --cameras 1 --width 1280 --height 720 --fps 25 2>/dev/null; }
read -r _ _ url <&"${SIM[0]}"
read -r _ <&"${SIM[0]}" # ready
"$root/build/bin/latencybench" "$url" "$seconds"
echo quit >&"${SIM[1]}"
wait "$SIM_PID" || true
