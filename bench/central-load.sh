#!/usr/bin/env bash
# jiandu-central under load, as deployed: two instances behind HAProxy over PostgreSQL 15
# (scripts/central-cluster), a jq table of INCIDENTS incidents (seeded once per work folder).
#  1. mixed load with wrk at CONNECTIONS concurrent connections (bench/central/mixed.lua):
#     full 200-record share/jq pages, token requests, event intake; p50/p99, requests/s,
#     records/s, and every answer whose envelope code is not 0;
#  2. the peer: the same pages straight from PostgreSQL with pgbench (the floor the service
#     adds to), same windows, 50 clients;
#  3. event intake at full speed (bench/central/intake.lua), then the time until the rule
#     engine has applied every event and committed its alerts: events/s end to end.
# Usage: bench/central-load.sh [WORKDIR] [INCIDENTS] [SECONDS] [CONNECTIONS]
#        (default /var/tmp/jiandu-centralbench 10000000 30 500)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
build_jiandu >/dev/null
work=${1:-/var/tmp/jiandu-centralbench}
incidents=${2:-10000000}
seconds=${3:-30}
connections=${4:-500}
central=$JIANDU_STAGE/bin/jiandu-central

# Instances of this build: whatever ran before is stopped first.
# PostgreSQL is tuned as a server of its own would be (the test clusters keep small defaults).
export JIANDU_CENTRAL_DB_TUNING=server
"$root/scripts/central-cluster" stop "$work" >/dev/null 2>&1 || true
# Events and alerts of earlier runs are dropped while no instance runs (the folder's database
# is the benchmark's own): every run starts from an empty intake and a fresh engine.
if [ -f "$work/database-url" ]; then
    "$root/scripts/central-db" start "$work/db" >/dev/null
    psql "$(cat "$work/database-url")" -qc \
        "TRUNCATE event, event_queue, alert, engine_global, engine_subject, engine_entry" 2>/dev/null || true
fi

url=$("$root/scripts/central-cluster" start "$work" 2)
db=$(cat "$work/database-url")
have=$(psql "$db" -tAc "SELECT count(*) FROM jq")
if [ "$have" -lt "$incidents" ]; then
    echo "seeding $incidents incidents over 300 days into $work (once; about 25 minutes for 10 million)"
    "$central" seed --config "$work/central-1.conf" --incidents "$incidents" --days 300 \
        --end "2026-11-28 00:00:00" --random-seed 1
fi
"$central" key add bench --secret bench-secret --scopes share,intake --config "$work/central-1.conf" \
    >/dev/null 2>&1 || true
echo "jq: $(psql "$db" -tAc "SELECT count(*) FROM jq") records in $(psql "$db" -tAc \
    "SELECT count(*) FROM pg_inherits WHERE inhparent = 'jq'::regclass") monthly partitions; $(nproc) cores"

ts=$(TZ=Asia/Shanghai date +%Y%m%d%H%M%S)
sign=$(printf 'key=bench&timestamp=%s&bench-secret' "$ts" | sha256sum | cut -d' ' -f1)
token_body="key=bench&timestamp=$ts&sign=$sign"
token=$(curl -fsS -X POST "$url/api/openapi/token/get" -d "$token_body" | jq -r .data)
read -r first last < <(psql "$db" -tA -F ' ' -c \
    "SELECT extract(epoch FROM min(sjc) AT TIME ZONE 'Asia/Shanghai')::bigint, extract(epoch FROM max(sjc) AT TIME ZONE 'Asia/Shanghai')::bigint FROM jq")
span=$((last - first))

echo "== 1. mixed load: $connections connections, ${seconds}s, 2 instances behind HAProxy"
TZ=Asia/Shanghai JIANDU_TOKEN=$token JIANDU_TOKEN_BODY=$token_body JIANDU_FIRST=$first JIANDU_SPAN=$span \
    wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$root/bench/central/mixed.lua" "$url" |
    grep -E "RESULT|Latency|Req/Sec|requests in|Non-2xx|Socket errors"

echo "== 2. peer: the same pages straight from PostgreSQL (pgbench, 50 clients, ${seconds}s)"
peer=$(mktemp)
cat >"$peer" <<SQL
\set off random(0, $((span - 21600)))
SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT * FROM jq WHERE sjc >= to_timestamp($first + :off) AT TIME ZONE 'Asia/Shanghai' AND sjc <= to_timestamp($first + :off + 21600) AT TIME ZONE 'Asia/Shanghai' ORDER BY sjc, jqbh LIMIT 200) r;
SQL
pgbench -n -M prepared -c 50 -j 2 -T "$seconds" -r -f "$peer" "$db" 2>/dev/null | grep -E "tps|latency average|latency stddev|failed"
rm -f "$peer"

echo "== 3. event intake: 8 connections, batches of 1000, ${seconds}s; then the engine drains"
before=$(psql "$db" -tAc "SELECT count(*) FROM alert")
started=$(date +%s.%N)
TZ=Asia/Shanghai JIANDU_TOKEN=$token wrk -t2 -c8 -d"${seconds}s" --timeout 30s --latency \
    -s "$root/bench/central/intake.lua" "$url" | grep RESULT
while [ "$(psql "$db" -tAc "SELECT count(*) FROM event_queue")" != 0 ]; do sleep 0.5; done
ended=$(date +%s.%N)
applied=$(psql "$db" -tAc "SELECT count(*) FROM event WHERE received_at > to_timestamp($started)")
alerts=$(( $(psql "$db" -tAc "SELECT count(*) FROM alert") - before ))
echo "RESULT engine applied=$applied events alerts_committed=$alerts seconds=$(echo "$ended - $started" | bc) events_per_s=$(echo "$applied / ($ended - $started)" | bc)"
