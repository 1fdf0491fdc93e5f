#!/usr/bin/env bash
# 视频质量诊断, measured two ways.
# 1. Accuracy: bench/analytics/healthaccuracy builds CLIPS labelled clips (drawn rooms and the
#    photographs of Debian's opencv-doc; healthy by day and infrared night, or covered,
#    blurred, frozen, tinted, dark, bright, noisy or moved at a random strength), encodes each
#    as H.264 and diagnoses it against its reference view: precision and recall per fault,
#    false alarms on healthy clips.
# 2. Cost: 64 live 25 fps cameras (jiandu-sim serving pre-encoded streams, a key frame a
#    second: main 1280x720, sub-stream 480x270) diagnosed in one round by `jiandu-cli analytics
#    diagnose` (3 pictures each, two cameras at a time); its processor time over a 5-minute
#    period is the average load of diagnosing every camera every 5 minutes. The workstation
#    looks at sub-streams, key frames only; main streams and decoding every frame are the
#    comparison.
# Usage: bench/analytics-health.sh [WORKDIR] [CLIPS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
work=${1:-/var/tmp/jiandu-analyticsbench}
clips=${2:-400}
mkdir -p "$work"

# The photographs of opencv-doc's examples, unpacked here rather than installed (installing
# would bring fonts into the system that every Qt program then enumerates).
photos="$work/opencv-doc/usr/share/doc/opencv-doc/examples/data"
if [ ! -d "$photos" ]; then
    (cd "$work" && { apt-get download -q opencv-doc || { apt-get update -q && apt-get download -q opencv-doc; }; } &&
        dpkg-deb -x opencv-doc_*.deb "$work/opencv-doc" && rm -f opencv-doc_*.deb)
fi

echo "== accuracy"
"$root/build/bin/healthaccuracy" "$work" --photos "$photos" --clips "$clips" 2>"$work/mistakes.txt"
echo "(clips diagnosed wrongly: $(wc -l <"$work/mistakes.txt"), listed in $work/mistakes.txt)"

echo "== cost: 64 cameras, one round"
source "$root/bench/lib/teststreams.sh"
encode_test_streams "$work"
coproc SIM { exec "$root/build/bin/jiandu-sim" --port 0 --cameras 64 --audio 0 \
    --source "$work/main.h264" --sub-source "$work/sub.h264" --no-control; }
main=() sub=()
while read -r kind _ url <&"${SIM[0]}"; do
    case $kind in camera) main+=("$url") ;; substream) sub+=("$url") ;; ready) break ;; esac
done
trap 'kill $SIM_PID 2>/dev/null || true' EXIT
round() { # STREAM-ARRAY OPTIONS...: prints the round's processor seconds, wall seconds and
    # the cameras that gave their three pictures
    local -n streams=$1
    shift
    local TIMEFORMAT='%U %S %R' times
    times=$({ time "$root/build/bin/jiandu-cli" analytics diagnose "${streams[@]}" --pictures 3 \
        --jobs 2 --json "$@" >"$work/round.json" 2>/dev/null || true; } 2>&1)
    read -r user system real <<<"$times"
    echo "$(echo "$user + $system" | bc) $real $(grep -c '"pictures":3' "$work/round.json")"
}
line() { # LABEL CPU WALL OK
    printf '%-48s %8s %8s %10s %12s\n' "$1" "$2" "$3" "$4/64" "$(echo "scale=2; 100 * $2 / 300" | bc)"
}
read -r sub_cpu sub_wall sub_ok < <(round sub --keyframes)
read -r key_cpu key_wall key_ok < <(round main --keyframes)
read -r all_cpu all_wall all_ok < <(round main)
printf '%-48s %8s %8s %10s %12s\n' "" "CPU s" "wall s" "cameras" "% of a core"
line "sub-streams 480x270, key frames (the workstation)" "$sub_cpu" "$sub_wall" "$sub_ok"
line "main streams 720p, key frames" "$key_cpu" "$key_wall" "$key_ok"
line "main streams 720p, every frame decoded" "$all_cpu" "$all_wall" "$all_ok"
echo "ratio sub-stream key frames / main every frame: $(echo "scale=2; $sub_cpu / $all_cpu" | bc)"
