#!/usr/bin/env bash
# Start-up benchmark: time from exec() of the installed jiandu to the first painted main
# window with every module of the demo, and the peak resident memory at that moment.
# Usage: bench/startup.sh [RUNS]   (default 10; needs a built stage: ./scripts/test or demo)
# Each run uses a new data directory. "cold" runs drop the page cache first (root only).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
jiandu=${JIANDU:-$root/build/stage/bin/jiandu}
runs=${1:-10}
[ -x "$jiandu" ] || { echo "build first: $jiandu not found" >&2; exit 1; }

if [ -z "${JIANDU_BENCH_DISPLAY:-}" ]; then
    export JIANDU_BENCH_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

can_drop=0
[ -w /proc/sys/vm/drop_caches ] && can_drop=1

one_run() { # $1 = data dir; prints "ms kb"
    local line
    line=$(JIANDU_STARTUP_PROBE=quit JIANDU_STARTUP_T0_NS=$(date +%s%N) \
        "$jiandu" --demo --data-dir "$1" 2>/dev/null | grep '^startup-probe')
    sed -E 's/.*first_paint_ms=([0-9.]+) peak_rss_kb=([0-9]+).*/\1 \2/' <<<"$line"
}

summary() { # $1 = label, stdin = "ms kb" lines
    sort -n | awk -v label="$1" '
        { ms[NR] = $1; kb[NR] = $2; if ($2 > peak) peak = $2 }
        END {
            n = NR; median = (n % 2) ? ms[(n + 1) / 2] : (ms[n / 2] + ms[n / 2 + 1]) / 2
            printf "%-5s runs=%d first_paint_ms median=%.1f min=%.1f max=%.1f  peak_rss_mb max=%.1f\n",
                   label, n, median, ms[1], ms[n], peak / 1024
        }'
}

"$jiandu" --version
for i in $(seq 1 "$runs"); do one_run "$work/warm$i"; done | summary warm
if [ $can_drop = 1 ]; then
    for i in $(seq 1 "$runs"); do
        sync && echo 3 >/proc/sys/vm/drop_caches
        one_run "$work/cold$i"
    done | summary cold
else
    echo "cold  skipped: dropping the page cache needs root"
fi
