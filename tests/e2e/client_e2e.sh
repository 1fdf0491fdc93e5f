#!/usr/bin/env bash
# End-to-end tests of the installed jiandu binary on a virtual X display.
# Usage: client_e2e.sh CASE   (JIANDU_STAGE = installation prefix)
set -uo pipefail

case_name=${1:?usage: client_e2e.sh CASE}
stage=${JIANDU_STAGE:?JIANDU_STAGE must name the installation prefix}
jiandu="$stage/bin/jiandu"
[ -x "$jiandu" ] || { echo "FAIL: $jiandu is not installed (run scripts/test)"; exit 1; }

# Re-run under a private X server unless already on one; the screen-WxH cases get a screen
# of that size (a laptop, a desktop).
screen_size=1600x1000
[[ $case_name =~ ^screen-([0-9]+x[0-9]+)$ ]] && screen_size=${BASH_REMATCH[1]}
if [ -z "${JIANDU_E2E_DISPLAY:-}" ]; then
    export JIANDU_E2E_DISPLAY=1
    exec xvfb-run -a -s "-screen 0 ${screen_size}x24 -nolisten tcp" bash "$0" "$@"
fi

work=$(mktemp -d)
out=${JIANDU_E2E_OUT:-$work}/$case_name
mkdir -p "$out"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL [$case_name]: $*"; exit 1; }
pass() { echo "PASS [$case_name]: $*"; }

# wait_for CMD... : retries CMD for up to 30 s.
wait_for() {
    local i
    for i in $(seq 1 150); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
    return 1
}
# start_client LOGNAME ARGS... : starts jiandu in the background, sets $client_pid.
start_client() {
    local name=$1; shift
    JIANDU_STARTUP_PROBE=1 "$jiandu" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" &
    client_pid=$!
    pids+=("$client_pid")
}
painted() { grep -q '^startup-probe first_paint_ms=' "$out/$1.stdout"; }
window_named() { xdotool search --onlyvisible --name "$1"; }
# screenshot FILE: the whole display; fails if it is one flat colour.
screenshot() {
    import -window root "$1" || return 1
    local spread
    spread=$(convert "$1" -colorspace Gray -format '%[fx:standard_deviation]' info:)
    awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }'
}
# wait_exit PID: waits up to 20 s for the client to end; sets $code to its exit status.
wait_exit() {
    local i state
    for i in $(seq 1 100); do
        state=$(ps -o stat= -p "$1" 2>/dev/null || true)
        if [ -z "$state" ] || [[ $state == Z* ]]; then
            wait "$1"
            code=$?
            return
        fi
        sleep 0.2
    done
    code=timeout
}

data=$work/data
case $case_name in
starts-and-loads-every-module)
    listed=$("$jiandu" --list-modules) || fail "--list-modules exited non-zero: $listed"
    for file in "$stage"/lib/jiandu/modules/*.so; do
        base=$(basename "$file")
        echo "$listed" | grep -q "\"file\": \"$base\"" || fail "$base is not listed: $listed"
    done
    echo "$listed" | grep -q '"state": "failed"' && fail "a module failed: $listed"
    start_client main --demo --data-dir "$data"
    wait_for painted main || fail "no main window painted; stderr: $(cat "$out/main.stderr")"
    win=$(window_named "执法监督指挥工作站") || fail "no window titled 执法监督指挥工作站"
    xdotool getwindowname "$win" | grep -q "演示市公安局城东分局" || fail "title lacks the demo site"
    screenshot "$out/main.png" || fail "the screen is blank"
    grep -q "loaded module system" "$data/logs/jiandu.log" || fail "log file lacks module start"
    grep -q '^startup-probe' "$out/main.stdout"
    # Ctrl+Q quits cleanly and saves the operator's layout.
    xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "Ctrl+Q exit code $code"
    ls "$data"/users/*/layout.ini >/dev/null 2>&1 || fail "no window layout saved"
    [ -e "$data/jiandu.lock" ] && fail "data directory lock left behind"
    # A logout or `systemctl stop` (SIGTERM) closes it the same way.
    rm "$data"/users/*/layout.ini
    start_client again --demo --data-dir "$data"
    wait_for painted again || fail "did not start a second time"
    kill -TERM "$client_pid"
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "SIGTERM exit code $code"
    ls "$data"/users/*/layout.ini >/dev/null 2>&1 || fail "no layout saved on SIGTERM"
    pass "window shown, $(echo "$listed" | grep -c '"id"') module(s) loaded, layout saved on quit and SIGTERM"
    ;;
second-instance-is-refused)
    start_client first --demo --data-dir "$data"
    first=$client_pid
    wait_for painted first || fail "first client did not start"
    start_client second --demo --data-dir "$data"
    second=$client_pid
    wait_for window_named "监督无法启动" || fail "no error window for the second instance"
    grep -q "正在使用数据目录" "$out/second.stderr" || fail "no reason given: $(cat "$out/second.stderr")"
    xdotool search --name "监督无法启动" windowfocus --sync key Return
    wait_exit "$second"
    [ "$code" = 3 ] || fail "second instance exit code $code, expected 3"
    kill -0 "$first" || fail "the first instance died"
    pass "second instance refused with a message, first one unharmed"
    ;;
missing-module-directory)
    JIANDU_MODULE_DIR=$work/no-modules start_client main --demo --data-dir "$data"
    wait_for window_named "监督功能模块缺失" || fail "no error window; stderr: $(cat "$out/main.stderr")"
    grep -q "no-modules" "$out/main.stderr" || fail "the message does not name the directory"
    screenshot "$out/error.png" || fail "error window not painted"
    xdotool search --name "监督功能模块缺失" windowfocus --sync key Return
    wait_exit "$client_pid"
    [ "$code" = 4 ] || fail "exit code $code, expected 4"
    pass "clear error window, exit code 4"
    ;;
damaged-configuration)
    mkdir -p "$data/config"
    head -c 3000 /dev/urandom >"$data/config/jiandu.ini"
    printf '\0' >>"$data/config/jiandu.ini"
    start_client main --demo --data-dir "$data"
    wait_for painted main || fail "client did not start with a damaged configuration"
    grep -q "已损坏" "$data/logs/jiandu.log" || fail "the damage is not reported"
    ls "$data"/config/jiandu.ini.damaged-* >/dev/null || fail "damaged file not kept"
    screenshot "$out/main.png" || fail "blank screen"
    pass "started on defaults, damaged file kept and reported"
    ;;
bad-command-line)
    for args in "--bogus" "--lang fr" "--screens 0" "--wall --screens x"; do
        # shellcheck disable=SC2086
        "$jiandu" $args >"$out/stdout" 2>"$out/stderr"
        code=$?
        [ "$code" = 2 ] || fail "jiandu $args exited $code, expected 2"
        [ -s "$out/stderr" ] || fail "jiandu $args gave no message"
    done
    "$jiandu" --wall --screens 5 --data-dir "$data" 2>"$out/stderr"
    code=$?
    [ "$code" = 2 ] || fail "--screens 5 exited $code, expected 2"
    grep -q "没有屏幕 5" "$out/stderr" || fail "no clear message: $(cat "$out/stderr")"
    "$jiandu" --help | grep -q -- "--data-dir" || fail "--help lacks the options"
    pass "every bad command line refused with a message and exit code 2"
    ;;
screen-*)
    # The first window fits the screen, in Chinese and in English, with nothing cut at the
    # right or bottom edge.
    width=${screen_size%x*}
    height=${screen_size#*x}
    for lang in zh_CN en; do
        rm -rf "$data"
        start_client "main-$lang" --demo --lang "$lang" --data-dir "$data"
        wait_for painted "main-$lang" || fail "no window painted ($lang): $(cat "$out/main-$lang.stderr")"
        win=$(xdotool search --onlyvisible --pid "$client_pid" --name "." | head -1)
        [ -n "$win" ] || fail "no window ($lang)"
        eval "$(xdotool getwindowgeometry --shell "$win")"
        [ "$X" -ge 0 ] && [ "$Y" -ge 0 ] && [ $((X + WIDTH)) -le "$width" ] &&
            [ $((Y + HEIGHT)) -le "$height" ] ||
            fail "the window ${WIDTH}x${HEIGHT}+${X}+${Y} runs off the ${screen_size} screen ($lang)"
        screenshot "$out/main-$lang.png" || fail "blank screen ($lang)"
        kill -TERM "$client_pid"
        wait_exit "$client_pid"
        [ "$code" = 0 ] || fail "exit code $code ($lang)"
    done
    pass "the window fits ${screen_size} in Chinese and English"
    ;;
wall-mode)
    start_client wall --wall --screens 0 --demo --data-dir "$data"
    wait_for painted wall || fail "no wall window painted: $(cat "$out/wall.stderr")"
    win=$(window_named "监督大屏") || fail "no wall window"
    geometry=$(xdotool getwindowgeometry "$win" | grep Geometry)
    echo "$geometry" | grep -q "1600x1000" || fail "wall window not full screen: $geometry"
    screenshot "$out/wall.png" || fail "wall is blank"
    xdotool windowfocus --sync "$win" key Escape
    sleep 0.5
    kill -0 "$client_pid" || fail "Escape closed the wall"
    xdotool windowfocus --sync "$win" key ctrl+alt+q
    wait_for window_named "退出大屏模式" || fail "Ctrl+Alt+Q did not ask"
    xdotool search --name "退出大屏模式" windowfocus --sync key y
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "leaving the wall exited $code"
    pass "full-screen wall, Esc ignored, left through Ctrl+Alt+Q and confirmation"
    ;;
cache-encrypted-in-the-client)
    # The libraries the media, face and map modules load, loaded into the real client first:
    # they bring in libsqlite3, whose sqlite3_* symbols are SQLCipher's too.
    preload=""
    for lib in libopencv_videoio.so.406 libgstreamer-1.0.so.0 libQt6WebEngineCore.so.6; do
        path=$(ls /usr/lib/x86_64-linux-gnu/$lib 2>/dev/null) || fail "$lib is not installed"
        preload="$preload $path"
    done
    LD_PRELOAD="$preload" start_client main --demo --data-dir "$data"
    wait_for painted main || fail "client did not start: $(cat "$out/main.stderr")"
    maps=$(cat /proc/"$client_pid"/maps)
    for lib in libsqlite3.so.0 libsqlcipher.so.0 libopencv_videoio libgstreamer-1.0 libQt6WebEngineCore; do
        grep -q "$lib" <<<"$maps" || fail "$lib is not loaded in the client"
    done
    win=$(window_named "执法监督指挥工作站") || fail "no main window"
    xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "exit code $code"
    db="$data/cache/cache.db"
    [ "$(head -c 15 "$db")" != "SQLite format 3" ] || fail "the cache the client wrote is plain SQLite"
    for text in J4403002026111600032 朱英敏 幸福小区 incident jqbh; do
        cat "$data"/cache/cache.db* | grep -q -a "$text" && fail "\"$text\" is readable in the cache file"
    done
    stats=$(JIANDU_CACHE_PASSWORD=jiandu-demo "$stage/bin/jiandu-cli" cache stats --json --data-dir "$data") ||
        fail "the cache does not open with its key: $stats"
    grep -q '"incidents":60' <<<"$stats" || fail "unexpected cache content: $stats"
    # What it wrote is its user's only: the data directory and everything the client made.
    [ "$(stat -c %a "$data")" = 700 ] || fail "the data directory is $(stat -c %a "$data"), not 700"
    shared=$(find "$data" -perm /077 | head -3)
    [ -z "$shared" ] || fail "readable by others: $shared"
    pass "libsqlite3 loaded beside SQLCipher in the client; the cache it wrote is encrypted, intact and private"
    ;;
syncs-from-the-central-service)
    # A real jiandu-central on a private PostgreSQL with a week of 警情; the client, set up
    # with its address and share key (the secret kept in its encrypted cache), pulls them
    # while it runs, and quits cleanly in the middle of a pull.
    root=$(cd "$(dirname "$0")/../.." && pwd)
    db=$(bash "$root/scripts/central-db" start "$work/central-db") || fail "no PostgreSQL: $db"
    trap 'bash "$root/scripts/central-db" destroy "$work/central-db" >/dev/null 2>&1; cleanup' EXIT
    printf 'database = %s\nlisten = 127.0.0.1:0\ntoken_secret = e2e-secret-0123456789-0123456789-abc\nengine = off\n' \
        "$db" >"$work/central.conf"
    "$stage/bin/jiandu-central" migrate --config "$work/central.conf" >/dev/null || fail "migrate"
    "$stage/bin/jiandu-central" key add ws1 --secret ws1-secret --config "$work/central.conf" >/dev/null ||
        fail "key add"
    "$stage/bin/jiandu-central" seed --config "$work/central.conf" --incidents 20000 --days 7 \
        >/dev/null 2>&1 || fail "seed"
    "$stage/bin/jiandu-central" serve --config "$work/central.conf" >"$out/central.stdout" 2>&1 &
    pids+=($!)
    wait_for grep -q 'listening on' "$out/central.stdout" || fail "jiandu-central did not start"
    server=$(grep -o 'listening on http://[^ ]*' "$out/central.stdout" | cut -d' ' -f3)
    export JIANDU_CACHE_PASSWORD=jiandu-demo
    "$stage/bin/jiandu-cli" cache init --data-dir "$data" >/dev/null || fail "cache init"
    JIANDU_SHARE_SECRET=ws1-secret "$stage/bin/jiandu-cli" sync --data-dir "$data" \
        --server "$server" --share-key ws1 --remember-secret >/dev/null || fail "remember secret"
    printf '[sync]\nserver=%s\nshareKey=ws1\nintervalSeconds=2\n' "$server" >"$work/sync.ini"
    start_client main --demo --data-dir "$data" --config "$work/sync.ini"
    wait_for painted main || fail "client did not start: $(cat "$out/main.stderr")"
    win=$(window_named "执法监督指挥工作站") || fail "no main window"
    sleep 1
    xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "quitting during a pull: exit code $code"
    # Again, to the end of the pull: the cache holds every 警情 of the service.
    start_client again --demo --data-dir "$data" --config "$work/sync.ini"
    wait_for painted again || fail "client did not start again: $(cat "$out/again.stderr")"
    want=$(psql -tA "$db" -c "SELECT count(*) FROM jq")
    have=0
    for _ in $(seq 1 200); do
        have=$("$stage/bin/jiandu-cli" cache stats --json --data-dir "$data" | jq .incidents)
        [ "$have" -ge "$want" ] && break
        sleep 1
    done
    screenshot "$out/synced.png" || fail "blank screen"
    win=$(window_named "执法监督指挥工作站") || fail "no main window"
    xdotool windowfocus --sync "$win" key --clearmodifiers ctrl+q
    wait_exit "$client_pid"
    [ "$code" = 0 ] || fail "exit code $code"
    have=$("$stage/bin/jiandu-cli" cache stats --json --data-dir "$data" | jq .incidents)
    [ "$have" = "$want" ] || fail "the cache holds $have 警情, the service $want"
    pass "the client pulled all $want 警情 of the central service into its cache, and quit cleanly mid-pull"
    ;;
*)
    fail "unknown case"
    ;;
esac
