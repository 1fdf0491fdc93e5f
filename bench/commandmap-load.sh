#!/usr/bin/env bash
# The command map under load: jiandu-sim publishes OFFICERS officers and vehicles at 1 Hz each
# on the demo city's streets through a Mosquitto broker started here; mapbench draws them with
# INCIDENTS incidents, first with the client's map page, then as the peer (plain Leaflet, a
# marker per officer and incident, every message drawn as it comes), each panned and zoomed
# for SECONDS once the markers are up. Frames in the page, CPU of the process tree, send-to-
# drawn latency.
# Usage: bench/commandmap-load.sh [OFFICERS] [INCIDENTS] [SECONDS]   (after a build;
#        MODES="jiandu" or "plain" runs one side only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
source "$root/bench/lib/brokerdisplay.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
officers=${1:-5000}
incidents=${2:-20000}
seconds=${3:-30}
work=$(mktemp -d)
cleanup() {
    [[ -n ${sim:-} ]] && kill "$sim" 2>/dev/null || true
    stop_broker_display "$work"
    rm -rf "$work"
}
trap cleanup EXIT

start_broker "$work"
start_display
map="$root/resources/demo/map.json"
tiles="$root/build/share/jiandu/maps/demo-city.mbtiles"
vehicles=$((officers / 5))
"$root/build/bin/jiandu-sim" patrols --map "$map" --broker "127.0.0.1:$port" \
    --officers $((officers - vehicles)) --vehicles "$vehicles" --rate 1 >/dev/null &
sim=$!
for mode in ${MODES:-jiandu plain}; do
    "$root/build/bin/mapbench" --broker "127.0.0.1:$port" --map "$map" --tiles "$tiles" \
        --officers "$officers" --incidents "$incidents" --seconds "$seconds" --mode "$mode" \
        2> >(grep -v -e '^QStandardPaths' -e 'sandbox' >&2) || true
done
