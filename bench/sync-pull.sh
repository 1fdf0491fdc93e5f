#!/usr/bin/env bash
# A full pull of the jq share feed into a fresh encrypted cache, through seed 004's share API
# over loopback, as the workstation's sync does it: windows read side by side over several
# connections, each page stored with its cursor in one transaction. The peer, in the same run
# against the same service: the naive consumer, one connection paging sequentially through
# 7-day windows. Reports records/s for both, their ratio, and where the time went (requests =
# server + network summed over connections, parsing, cache writes, and the service's CPU).
# Usage: bench/sync-pull.sh [WORKDIR] [INCIDENTS] [CONNECTIONS]
#        (default /var/tmp/jiandu-syncbench 1000000 4)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
build_jiandu >/dev/null
work=${1:-/var/tmp/jiandu-syncbench}
incidents=${2:-1000000}
connections=${3:-4}
bin=$JIANDU_STAGE/bin
mkdir -p "$work"

export JIANDU_CENTRAL_DB_TUNING=server
db=$("$root/scripts/central-db" start "$work/db")
cat >"$work/central.conf" <<CONF
database = $db
listen = 127.0.0.1:0
token_secret = sync-bench-secret-0123456789-0123456789
rate_limit = 1000000
engine = off
CONF
"$bin/jiandu-central" migrate --config "$work/central.conf" >/dev/null
have=$(psql "$db" -tAc "SELECT count(*) FROM jq")
if [ "$have" -lt "$incidents" ]; then
    echo "seeding $incidents incidents over 7 days into $work (once)"
    "$bin/jiandu-central" seed --config "$work/central.conf" --incidents "$incidents" --days 7 \
        --end "2026-11-28 00:00:00" --random-seed 1 >/dev/null
fi
"$bin/jiandu-central" key add bench --secret bench-secret --config "$work/central.conf" \
    >/dev/null 2>&1 || true
"$bin/jiandu-central" serve --config "$work/central.conf" >"$work/central.log" 2>&1 &
central=$!
trap 'kill $central 2>/dev/null; wait $central 2>/dev/null || true' EXIT
for _ in $(seq 300); do
    server=$(grep -o 'listening on http://[^ ]*' "$work/central.log" | head -1 | cut -d' ' -f3) || true
    [ -n "$server" ] && break
    sleep 0.1
done
[ -n "$server" ] || die "jiandu-central did not start (see $work/central.log)"

read -r since until < <(psql "$db" -tA -F ' ' -c \
    "SELECT to_char(min(sjc), 'YYYY-MM-DD_HH24:MI:SS'), to_char(max(sjc), 'YYYY-MM-DD_HH24:MI:SS') FROM jq")
records=$(psql "$db" -tAc "SELECT count(*) FROM jq")
echo "jq: $records records from ${since/_/ } to ${until/_/ }; $(nproc) cores"
printf 'bench-password\n' >"$work/password"
printf 'bench-secret\n' >"$work/secret"

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # NAME CONNECTIONS WINDOW_MINUTES
    rm -rf "$work/cache-$1"
    "$bin/jiandu-cli" cache init --cache "$work/cache-$1" --password-file "$work/password" >/dev/null
    local before after
    before=$(cpu_of $central)
    "$bin/jiandu-cli" sync --cache "$work/cache-$1" --password-file "$work/password" \
        --server "$server" --share-key bench --share-secret-file "$work/secret" \
        --feeds jq --since "${since/_/ }" --until "${until/_/ }" --connections "$2" \
        --window-minutes "$3" --once --json --quiet >"$work/$1.json"
    after=$(cpu_of $central)
    jq -r --arg name "$1" --arg cpu "$(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l)" \
        '"RESULT \($name) records=\(.records) seconds=\(.seconds) records_per_s=\(.recordsPerSecond) requests=\(.requests) request_s=\(.requestSeconds) parse_s=\(.parseSeconds) write_s=\(.writeSeconds) service_cpu_s=\($cpu | tonumber * 100 | round / 100) ok=\(.ok)"' \
        "$work/$1.json"
}
echo "== windows side by side ($connections connections, 60-minute windows)"
run pipelined "$connections" 60
echo "== peer: one connection, sequential pages over 7-day windows"
run sequential 1 10080
stored=$("$bin/jiandu-cli" cache stats --cache "$work/cache-pipelined" --password-file "$work/password" |
    awk '/^incidents/ {print $2}')
echo "cache holds $stored of $records"
echo "RESULT ratio pipelined/sequential = $(jq -n --slurpfile a "$work/pipelined.json" \
    --slurpfile b "$work/sequential.json" '($a[0].recordsPerSecond / $b[0].recordsPerSecond * 100 | round) / 100')"
