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
source "$root/bench/lib/brokerdisplay.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
tags=${1:-500}
seconds=${2:-30}
work=$(mktemp -d)
cleanup() {
    stop_broker_display "$work"
    rm -rf "$work"
}
trap cleanup EXIT

start_broker "$work"
start_display
plan="$root/resources/demo/casearea-plan.json"
for mode in batched per-message; do
    "$root/build/bin/jiandu-sim" area --plan "$plan" --broker "127.0.0.1:$port" \
        --load "$tags" --rate 10 --seconds $((seconds + 4)) >/dev/null &
    sim=$!
    "$root/build/bin/liveplanbench" --broker "127.0.0.1:$port" --plan "$plan" \
        --tags "$tags" --seconds "$seconds" --mode "$mode" || true
    wait "$sim" || true
done
