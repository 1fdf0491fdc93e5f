#!/usr/bin/env bash
# The live floor plan under load: jiandu-sim publishes TAGS tags at 10 Hz each through a
# Mosquitto broker started here; liveplanbench draws them on the case area's plan, first as
# the client does (batched feed, frames capped at 25/s), then as the peer, a view repainted
# for every message, each for SECONDS after two to settle. Publish-to-drawn latency from the
# plan's latency log; CPU of the drawing process.
# Usage: bench/casearea-live.sh [TAGS] [SECONDS]   (after a build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
tags=${1:-500}
seconds=${2:-30}
work=$(mktemp -d)
cleanup() {
    [[ -f $work/mosquitto.pid ]] && kill "$(cat "$work/mosquitto.pid")" 2>/dev/null || true
    [[ -n ${xvfb_pid:-} ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
cat >"$work/mosquitto.conf" <<MQ
listener $port 127.0.0.1
allow_anonymous true
pid_file $work/mosquitto.pid
user $(id -un)
MQ
/usr/sbin/mosquitto -c "$work/mosquitto.conf" -d
if [[ -z ${DISPLAY:-} ]]; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp &
    xvfb_pid=$!
    export DISPLAY=$display
    sleep 1
fi
plan="$root/resources/demo/casearea-plan.json"
for mode in batched per-message; do
    "$root/build/bin/jiandu-sim" area --plan "$plan" --broker "127.0.0.1:$port" \
        --load "$tags" --rate 10 --seconds $((seconds + 4)) >/dev/null &
    sim=$!
    "$root/build/bin/liveplanbench" --broker "127.0.0.1:$port" --plan "$plan" \
        --tags "$tags" --seconds "$seconds" --mode "$mode" || true
    wait "$sim" || true
done
