#!/usr/bin/env bash
# 视频质量诊断, measured two ways.
# 1. Accuracy: bench/analytics/healthaccuracy builds CLIPS labelled clips (drawn rooms and the
#    photographs of Debian's opencv-doc; healthy by day and infrared night, or covered,
#    blurred, frozen, tinted, dark, bright, noisy or moved at a random strength), encodes each
#    as H.264 and diagnoses it against its reference view: precision and recall per fault,
#    false alarms on healthy clips.
# 2. Cost: 64 live 720p25 cameras (jiandu-sim serving a pre-encoded stream, a key frame a
#    second) diagnosed in one round by `jiandu-cli analytics diagnose` (3 pictures each, key
#    frames decoded only, two at a time); its processor time over a 5-minute period is the
#    average load of diagnosing every camera every 5 minutes. The same round decoding every
#    frame is the comparison.
# Usage: bench/analytics-health.sh [WORKDIR] [CLIPS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
work=${1:-/var/tmp/jiandu-analyticsbench}
clips=${2:-400}
mkdir -p "$work"

echo "== accuracy"
"$root/build/bin/healthaccuracy" "$work" --photos /usr/share/doc/opencv-doc/examples/data \
    --clips "$clips" 2>"$work/mistakes.txt"
echo "(clips diagnosed wrongly: $(wc -l <"$work/mistakes.txt"), listed in $work/mistakes.txt)"

echo "== cost: 64 cameras, one round"
source "$root/bench/lib/teststreams.sh"
encode_test_streams "$work"
coproc SIM { exec "$root/build/bin/jiandu-sim" --port 0 --cameras 64 --audio 0 \
    --source "$work/main.h264" --no-control; }
cameras=()
while read -r kind _ url <&"${SIM[0]}"; do
    case $kind in camera) cameras+=("$url") ;; ready) break ;; esac
done
trap 'kill $SIM_PID 2>/dev/null || true' EXIT
round() { # OPTIONS...: prints the round's processor seconds and wall seconds
    local TIMEFORMAT='%U %S %R' times
    times=$({ time "$root/build/bin/jiandu-cli" analytics diagnose "${cameras[@]}" --pictures 3 \
        --jobs 2 --json "$@" >"$work/round.json" 2>/dev/null || true; } 2>&1)
    read -r user system real <<<"$times"
    echo "$(echo "$user + $system" | bc) $real $(grep -c '"pictures":3' "$work/round.json")"
}
read -r key_cpu key_wall key_ok < <(round --keyframes)
read -r all_cpu all_wall all_ok < <(round)
printf '%-40s %10s %10s %12s %14s\n' "" "CPU s" "wall s" "cameras ok" "% of a core"
printf '%-40s %10s %10s %12s %14s\n' "jiandu, key frames only" "$key_cpu" "$key_wall" \
    "$key_ok/64" "$(echo "scale=2; 100 * $key_cpu / 300" | bc)"
printf '%-40s %10s %10s %12s %14s\n' "jiandu, every frame decoded" "$all_cpu" "$all_wall" \
    "$all_ok/64" "$(echo "scale=2; 100 * $all_cpu / 300" | bc)"
echo "ratio key frames / every frame: $(echo "scale=2; $key_cpu / $all_cpu" | bc)"
