#!/usr/bin/env bash
# The supervision data's sync between workstations, against a real jiandu-central on
# PostgreSQL with Mosquitto relaying its live updates, over loopback:
#  - change-to-other-workstation latency: workstation A takes a problem step or acknowledges
#    an alert and sends it; B, woken by the live update, pulls it; p50/p99 of the time from A
#    starting to send until the change is in B's encrypted cache (target p99 < 2 s);
#  - drain: a workstation back from an offline day with 10 000 operations queued (5 000
#    problems opened and issued); the time for one round to send them all.
# Usage: bench/sync-live.sh [WORKDIR] [CHANGES] [OPERATIONS]
#        (default /var/tmp/jiandu-synclive 400 10000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
build_jiandu >/dev/null
work=${1:-/var/tmp/jiandu-synclive}
changes=${2:-400}
operations=${3:-10000}
bin=$JIANDU_STAGE/bin
mkdir -p "$work"
rm -rf "$work/db"

broker_port=$(free_port)
cat >"$work/mosquitto.conf" <<MQ
listener $broker_port 127.0.0.1
allow_anonymous true
pid_file $work/mosquitto.pid
log_dest file $work/mosquitto.log
user $(id -un)
MQ
/usr/sbin/mosquitto -c "$work/mosquitto.conf" -d
db=$("$root/scripts/central-db" start "$work/db")
cat >"$work/central.conf" <<CONF
database = $db
listen = 127.0.0.1:0
token_secret = sync-live-bench-secret-0123456789-012345
rate_limit = 1000000
engine = off
mqtt = 127.0.0.1:$broker_port
CONF
central=""
cleanup() {
    [ -n "$central" ] && kill "$central" 2>/dev/null
    [ -f "$work/mosquitto.pid" ] && kill "$(cat "$work/mosquitto.pid")" 2>/dev/null
    "$root/scripts/central-db" stop "$work/db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
"$bin/jiandu-central" migrate --config "$work/central.conf" >/dev/null
"$bin/jiandu-central" unit demo --config "$work/central.conf" >/dev/null
for user in bench-a bench-b; do
    JIANDU_PASSWORD=Bench-password-1 "$bin/jiandu-central" user add "$user" --role legal \
        --unit 420102510000 --config "$work/central.conf" >/dev/null
done
psql -q "$db" -c "INSERT INTO alert (rule_id, subject_key, element, tier, colour, score, message,
    unit, raised_ms) SELECT 'R-bench', 'n=' || g, 'person', 3, 'red', 1, '时延测试', '大智派出所', g
    FROM generate_series(1, $changes) g"
"$bin/jiandu-central" serve --config "$work/central.conf" >"$work/central.log" 2>&1 &
central=$!
server=""
for _ in $(seq 1 100); do
    server=$(grep -o 'listening on http://[^ ]*' "$work/central.log" | cut -d' ' -f3) && [ -n "$server" ] && break
    sleep 0.1
done
[ -n "$server" ] || die "jiandu-central did not start: see $work/central.log"

echo "== change-to-other-workstation latency ($changes changes, live updates through Mosquitto)"
"$JIANDU_BUILD/bin/syncbench" latency "$server" "127.0.0.1:$broker_port" "$work/ws-a" \
    "$work/ws-b" bench-a bench-b Bench-password-1 "$changes"
echo "== drain of $operations operations queued offline"
"$JIANDU_BUILD/bin/syncbench" drain "$server" "$work/ws-drain" bench-a Bench-password-1 \
    "$operations"
