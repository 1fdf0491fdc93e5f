#!/usr/bin/env bash
# cli_test.sh JIANDU_CLI — checks jiandu-cli's contract with scripts.
set -uo pipefail
cli=$1
sim=$2
catalogue=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect CODE DESCRIPTION -- ARGS... ; output in $tmp/out, $tmp/err
expect() {
    local want=$1 what=$2
    shift 3
    "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" = "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what: jiandu-cli $* exited $got, expected $want"
        sed 's/^/    /' "$tmp/out" "$tmp/err"
    fi
}
contains() { # FILE TEXT DESCRIPTION
    if grep -q -- "$2" "$tmp/$1"; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL: $3: no \"$2\" in $1"; fi
}
change_byte() { # FILE OFFSET: the byte there made another one (an 'x' written over an 'x'
    # would change nothing)
    local was
    was=$(dd if="$1" bs=1 skip="$2" count=1 2>/dev/null | od -An -tx1 | tr -d ' \n')
    if [ "$was" = 78 ]; then printf 'y'; else printf 'x'; fi |
        dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}

# The command line needs no widget library: the module loader is QtCore only.
if ldd "$cli" | grep -q libQt6Widgets; then failed=$((failed + 1)); echo "FAIL: jiandu-cli links QtWidgets"; else passed=$((passed + 1)); fi
expect 0 "version" -- --version
contains out "^jiandu-cli " "version line"
expect 0 "help lists commands" -- --help
contains out "modules" "help names the modules command"
expect 2 "no command" --
contains err "no command" "says what is missing"
expect 2 "unknown command" -- frobnicate
contains err "unknown command \"frobnicate\"" "names the unknown command"
expect 0 "subcommand help" -- modules --help
contains out "Usage: jiandu-cli modules" "subcommand usage line"
expect 0 "help COMMAND" -- help config
contains out "config check FILE" "help config shows its usage"
expect 2 "unknown option" -- modules --frobnicate
expect 0 "modules load" -- modules
contains out "system" "system module listed"
expect 0 "modules as JSON" -- modules --json
contains out '"state": "loaded"' "JSON state"
expect 1 "missing module directory" -- modules --module-dir "$tmp/none"
contains err "does not exist" "explains the missing directory"

printf '[ui]\nlanguage=en\n[wall]\nrotationSeconds=20\n' >"$tmp/good.ini"
expect 0 "good config" -- config check "$tmp/good.ini"
printf '[ui]\nlanguage=klingon\n[wall]\nrotationSeconds=2\n' >"$tmp/values.ini"
expect 1 "bad values" -- config check "$tmp/values.ini"
contains err "klingon" "names the bad language"
contains err "rotationSeconds" "names the bad interval"
head -c 512 /dev/urandom >"$tmp/garbage.ini"; printf '\0' >>"$tmp/garbage.ini"
expect 1 "garbage config" -- config check "$tmp/garbage.ini"
contains err "damaged" "says it is damaged"
[ -f "$tmp/garbage.ini" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: check moved the file"; }
# The modules' settings too, each as its module declares it; a rule file must load.
printf '[alerts]\nrole=god\nflash=maybe\nruleFile=/dev/zero\n[videopatrol]\nretentionGiB=abc\n' >"$tmp/modules.ini"
expect 1 "bad module settings" -- config check "$tmp/modules.ini"
contains err 'alerts/role: "god" is not one of legal, unit, leader' "names the bad role"
contains err 'alerts/flash: "maybe" is not true or false' "names the bad switch"
contains err 'alerts/ruleFile: .*not a regular file' "a rule file that cannot load"
contains err 'videopatrol/retentionGiB: "abc" is not a whole number' "names the bad retention"
printf '[alerts]\nrole=unit\nruleFile=%s\n[videopatrol]\nretentionGiB=500\n' "$catalogue" >"$tmp/modules-good.ini"
expect 0 "good module settings" -- config check "$tmp/modules-good.ini"
expect 1 "missing config" -- config check "$tmp/absent.ini"
expect 2 "config without file" -- config check
mkfifo "$tmp/fifo.ini"
(sleep 20; : >"$tmp/fifo.ini") & unblock=$! # a reader that blocked would only end here
expect 1 "config check on a FIFO" -- config check "$tmp/fifo.ini"
contains err "not a regular file" "says a pipe is no configuration file"
kill "$unblock" 2>/dev/null
expect 1 "config check on /dev/zero" -- config check /dev/zero

# The encrypted cache.
printf 'first password\n' >"$tmp/pw1"
printf 'second password\n' >"$tmp/pw2"
c="$tmp/cache"
expect 0 "cache init" -- cache init --cache "$c" --password-file "$tmp/pw1"
expect 1 "cache init twice" -- cache init --cache "$c" --password-file "$tmp/pw1"
contains err "already a cache" "refuses to overwrite"
expect 0 "cache check" -- cache check --cache "$c" --password-file "$tmp/pw1"
contains out ": ok" "check says ok"
expect 1 "wrong password" -- cache check --cache "$c" --password-file "$tmp/pw2"
contains err "password is wrong" "says the password is wrong"
expect 2 "no password" -- cache check --cache "$c" </dev/null
expect 0 "stats json" -- cache stats --cache "$c" --password-file "$tmp/pw1" --json
# Read as JSON, not as text: how far each module's tables are, by module.
if jq -e '(.schema.storage | type) == "number" and .schema.storage >= 1' "$tmp/out" >/dev/null; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "FAIL: stats report how far the tables are: $(cat "$tmp/out")"
fi
expect 0 "passwd" -- cache passwd --cache "$c" --password-file "$tmp/pw1" --new-password-file "$tmp/pw2"
expect 1 "old password after passwd" -- cache check --cache "$c" --password-file "$tmp/pw1"
expect 0 "rekey" -- cache rekey --cache "$c" --password-file "$tmp/pw2"
expect 0 "check after rekey" -- cache check --cache "$c" --password-file "$tmp/pw2"
grep -q "$(cat "$tmp/pw2")" "$c/cache.key" && { failed=$((failed + 1)); echo "FAIL: password in key file"; } || passed=$((passed + 1))
expect 1 "export unknown case" -- cache export-case A-none --to "$tmp/bundle" --cache "$c" --password-file "$tmp/pw2" --transfer-password-file "$tmp/pw1"
contains err "not in this computer's cache" "explains the unknown case"
expect 2 "export without --to" -- cache export-case A-none --cache "$c" --password-file "$tmp/pw2"
mkdir -p "$tmp/notabundle"
expect 1 "import a folder without bundle" -- cache import "$tmp/notabundle" --cache "$c" --password-file "$tmp/pw2" --transfer-password-file "$tmp/pw1"
contains err "manifest.json is missing" "explains the missing manifest"
head -c 40000 /dev/urandom >"$c/cache.db"
expect 1 "damaged cache" -- cache check --cache "$c" --password-file "$tmp/pw2"
contains err "cannot be decrypted" "explains the damaged cache"
# An empty file where the cache was is lost data: said so, and never filled anew.
: >"$c/cache.db"
expect 1 "empty cache file" -- cache check --cache "$c" --password-file "$tmp/pw2"
contains err "is empty: its data was lost" "explains the empty cache file"
[ ! -s "$c/cache.db" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: cache check wrote into an empty cache file"; }
expect 2 "cache bad action" -- cache explode --cache "$c"

# Media: probe and record a simulated camera, index the recording in the cache.
coproc SIM { "$sim" --port 0 --cameras 1 --width 320 --height 180 2>/dev/null; }
read -r _ _ url <&"${SIM[0]}"
read -r _ <&"${SIM[0]}"
expect 0 "media probe" -- media probe "$url" --seconds 2 --size 320x180
contains out '"state":"playing"' "probe says playing"
contains out '"latencyMsP50"' "probe measures latency"
# Camera health: the simulated camera shows a ball in the dark, and says so.
expect 1 "analytics diagnose of a camera in the dark" -- analytics diagnose "$url" --keyframes --pictures 3 --json
contains out '"pictures":3' "three pictures looked at"
[ "$(jq -r '.checks[] | select(.check == "dark") | .verdict' "$tmp/out")" = fault ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the dark camera is not found dark"; cat "$tmp/out"; }
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" "$cli" cache init --cache "$tmp/rc" >/dev/null 2>&1
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "media record" -- media record "$url" --camera cam-1 --dir "$tmp/rec" --seconds 4 --segment-seconds 1 --cache "$tmp/rc"
contains out '"complete":true' "segments reported"
[ "$(ls "$tmp"/rec/cam-1/*.mkv | wc -l)" -ge 2 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: fewer than 2 segment files"; }
# Cut the middle of that recording into one clip and verify it.
first=$(grep -o '"startMs":[0-9]*' "$tmp/out" | head -1 | cut -d: -f2)
last=$(grep -o '"endMs":[0-9]*' "$tmp/out" | tail -1 | cut -d: -f2)
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "media clip" -- media clip --cache "$tmp/rc" --camera cam-1 --from $((first + 500)) --to $((last - 500)) --out "$tmp/clip.mkv"
contains out '"sha256"' "clip reports its hash"
expect 0 "media verify" -- media verify "$tmp/clip.mkv"
change_byte "$tmp/clip.mkv" 2000
expect 1 "verify a changed clip" -- media verify "$tmp/clip.mkv"
contains err "changed after export" "says the clip was changed"
# Hostile manifests and clips: refused at once, never read without end.
mkdir -p "$tmp/hostile"
: >"$tmp/hostile/empty.mkv"; cp "$tmp/clip.mkv.manifest.json" "$tmp/hostile/empty.mkv.manifest.json"
expect 1 "verify an empty clip" -- media verify "$tmp/hostile/empty.mkv"
ln -s /dev/zero "$tmp/hostile/zero.mkv"; cp "$tmp/clip.mkv.manifest.json" "$tmp/hostile/zero.mkv.manifest.json"
expect 1 "verify a clip that is /dev/zero" -- media verify "$tmp/hostile/zero.mkv"
contains err "not a clip file" "says a device is no clip"
cp "$tmp/clip.mkv" "$tmp/hostile/other.mkv"; ln -s /dev/zero "$tmp/hostile/other.mkv.manifest.json"
expect 1 "verify with a manifest that is /dev/zero" -- media verify "$tmp/hostile/other.mkv"
cp "$tmp/clip.mkv" "$tmp/hostile/renamed.mkv"; cp "$tmp/clip.mkv.manifest.json" "$tmp/hostile/renamed.mkv.manifest.json"
expect 1 "verify with another file's manifest" -- media verify "$tmp/hostile/renamed.mkv"
contains err "that of another file" "says the manifest names another file"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 1 "clip without footage" -- media clip --cache "$tmp/rc" --camera cam-1 --from 1000 --to 2000 --out "$tmp/none.mkv"
contains err "no recording" "explains the missing footage"
# Exact mode into MP4, the operator and a burned watermark recorded in the manifest.
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "media clip --exact" -- media clip --cache "$tmp/rc" --camera cam-1 --from $((first + 730)) --to $((last - 610)) --out "$tmp/exact.mp4" --exact --operator 王警官 --watermark "王警官 ws-1"
start=$(grep -o '"fromMs":[0-9]*' "$tmp/out" | cut -d: -f2)
[ "${start:-0}" -ge $((first + 730)) ] && [ "${start:-0}" -lt $((first + 780)) ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: exact clip starts at ${start:-?}, asked $((first + 730))"; }
expect 0 "verify the exact clip" -- media verify "$tmp/exact.mp4"
contains out "integrity only, not authenticity" "verify says what it proves"
# The exporting workstation's seal: it tells its own exports from a clip edited together
# with a recomputed manifest, which passes the integrity check alone.
contains exact.mp4.manifest.json '"seal": "[0-9a-f]\{64\}"' "the manifest is sealed"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "verify the seal" -- media verify "$tmp/exact.mp4" --cache "$tmp/rc"
contains out "exported by this workstation" "verify names the exporting workstation"
cp "$tmp/exact.mp4" "$tmp/forged.mp4"; change_byte "$tmp/forged.mp4" 3000
sed -e "s/\"sha256\": \"[0-9a-f]*\"/\"sha256\": \"$(sha256sum "$tmp/forged.mp4" | cut -d' ' -f1)\"/" \
    -e 's/"file": "exact.mp4"/"file": "forged.mp4"/' "$tmp/exact.mp4.manifest.json" >"$tmp/forged.mp4.manifest.json"
expect 0 "a forged clip passes the integrity check alone" -- media verify "$tmp/forged.mp4"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 1 "a forged clip fails the seal" -- media verify "$tmp/forged.mp4" --cache "$tmp/rc"
contains err "seal does not match" "says the seal is broken"
contains exact.mp4.manifest.json '"mode": "exact"' "manifest says exact"
contains exact.mp4.manifest.json '"operator": "王警官"' "manifest names the operator"
contains exact.mp4.manifest.json '"watermark": "王警官 ws-1"' "manifest records the burned watermark"
# 视频刻录: two stretches in one file; a malformed range is a usage error.
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "media concat" -- media concat --cache "$tmp/rc" --range "cam-1,$((first + 2200)),$((last - 200))" --range "cam-1,$first,$((first + 900))" --out "$tmp/joined.mkv"
contains joined.mkv.manifest.json '"ranges"' "concat manifest lists its ranges"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 2 "concat with a bad range" -- media concat --cache "$tmp/rc" --range "cam-1,yesterday" --out "$tmp/bad.mkv"
contains err "CAMERA,FROM,TO" "says how a range is written"
# 抓拍: live from the camera, and a recorded frame.
expect 0 "media snapshot live" -- media snapshot "$url" --camera cam-1 --out "$tmp/live.jpg"
contains out '"width":320' "live snapshot at the camera's size"
expect 1 "snapshot under another format's name" -- media snapshot "$url" --camera cam-1 --out "$tmp/live.gif"
contains err "saved as .jpg or .png" "says which formats are written"
[ ! -e "$tmp/live.gif" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a PNG was written as .gif"; }
expect 1 "snapshot into a missing folder" -- media snapshot "$url" --camera cam-1 --out "$tmp/nowhere/live.png"
contains err "does not exist" "says the folder is missing"
[ "$(file -b --mime-type "$tmp/live.jpg")" = image/jpeg ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: live snapshot is not a JPEG"; }
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "media snapshot recorded" -- media snapshot --cache "$tmp/rc" --camera cam-1 --at $((first + 1500)) --out "$tmp/recorded.png"
contains out '"timeMs":' "recorded snapshot has its frame's time"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 1 "snapshot without footage" -- media snapshot --cache "$tmp/rc" --camera cam-1 --at 1000 --out "$tmp/none.png"
# A disk that fills up while recording: stops at once with a message, exit code 1.
(trap '' XFSZ; ulimit -f 8; exec "$cli" media record "$url" --camera cam-2 --dir "$tmp/full" --seconds 20 --segment-seconds 1) >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" = 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: record on a full disk exited $code"; cat "$tmp/err"; }
contains err "disk for recordings is full" "says the disk is full"
expect 1 "media probe of nothing" -- media probe rtsp://127.0.0.1:1/none --seconds 2
expect 2 "record without camera" -- media record "$url" --dir "$tmp/rec"
echo quit >&"${SIM[1]}"
wait "$SIM_PID" 2>/dev/null

# The simulator explains itself; a pre-encoded file is served on the frame-rate grid, so a
# recording of it advances in time like one of a real camera.
"$sim" --help >"$tmp/out" 2>"$tmp/err" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: jiandu-sim --help failed"; cat "$tmp/err"; }
contains out "Usage: jiandu-sim" "the simulator's usage"
gst-launch-1.0 -q videotestsrc num-buffers=100 pattern=ball ! video/x-raw,width=320,height=180,framerate=25/1 \
    ! x264enc speed-preset=ultrafast key-int-max=25 ! video/x-h264,stream-format=byte-stream ! filesink location="$tmp/source.h264"
coproc SIM { "$sim" --port 0 --cameras 1 --fps 25 --source "$tmp/source.h264" 2>/dev/null; }
read -r _ _ url <&"${SIM[0]}"
read -r _ <&"${SIM[0]}"
JIANDU_CACHE_PASSWORD="$(cat "$tmp/pw1")" expect 0 "record a looped file" -- media record "$url" --camera cam-file --dir "$tmp/rec" --seconds 4 --segment-seconds 1 --cache "$tmp/rc"
[ "$(grep -o '"complete":true' "$tmp/out" | wc -l)" -ge 3 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a looped file records as fewer than 3 one-second segments"; cat "$tmp/out" "$tmp/err"; }
echo quit >&"${SIM[1]}"
wait "$SIM_PID" 2>/dev/null
# A camera whose frames carry no time: an error in words, never a "complete" segment.
coproc SIM { "$sim" --port 0 --cameras 1 --fps 25 --source "$tmp/source.h264" --timeless 2>/dev/null; }
read -r _ _ url <&"${SIM[0]}"
read -r _ <&"${SIM[0]}"
expect 1 "record a camera without time" -- media record "$url" --camera cam-timeless --dir "$tmp/rec" --seconds 6 --segment-seconds 1
contains err "carry no time that advances" "says the stream's time does not advance"
[ "$(grep -c '"complete":true' "$tmp/out")" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a timeless stream recorded as complete"; cat "$tmp/out"; }
echo quit >&"${SIM[1]}"
wait "$SIM_PID" 2>/dev/null

# Rules: the shipped catalogue checks; a broken file is refused with its line; events
# replayed in virtual time raise the alerts due, malformed lines are counted, not fatal.
expect 0 "rules check catalogue" -- rules check "$catalogue"
contains out "rules (" "check counts the rules"
sed 's/"deadline": "3d",/"deadline": "3 days",/' "$catalogue" >"$tmp/broken.json"
expect 1 "rules check broken" -- rules check "$tmp/broken.json"
contains err "broken.json:[0-9][0-9]*: \"deadline\" must be a length of time" "names the line and the reason"
cat >"$tmp/events.jsonl" <<'EVENTS'
{"type": "measure.started", "time": "2026-03-01 09:00:00", "subject": {"personId": "P-1", "name": "张三", "idCard": "440300199001011234", "measure": "刑事拘留"}}
this is not an event
{"type": "measure.started", "time": "2026-03-02 10:00:00", "subject": {"personId": "P-2", "name": "李四", "idCard": "440300199202021234", "measure": "刑事拘留"}}
{"type": "measure.ended", "time": "2026-03-03 10:00:00", "subject": {"personId": "P-2", "measure": "刑事拘留"}}
EVENTS
expect 0 "rules run" -- rules run --rules "$catalogue" --events "$tmp/events.jsonl" --clock virtual --until "2026-03-10 00:00:00"
contains out '"rule":"person.detention-3d.overdue"' "the overdue detention is raised"
contains out '"at":"2026-03-04 09:00:00"' "at its deadline"
contains out '张三，440300199001011234，P-1' "with the subject's fields"
[ "$(grep -c 'P-2' "$tmp/out")" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a detention ended in time raised an alert"; }
contains err "1 malformed" "counts the malformed line"
contains err "events.jsonl:2: not JSON" "names the malformed line and why"
expect 2 "rules run without events" -- rules run --rules "$catalogue" --clock virtual
expect 1 "rules run on /dev/zero" -- rules run --rules "$catalogue" --events /dev/zero --clock virtual
contains err "not a regular file" "says a device holds no events"
expect 1 "rules check on /dev/zero" -- rules check /dev/zero
# A restart in between: the deadline started before it fires after it.
head -1 "$tmp/events.jsonl" >"$tmp/before.jsonl"
echo '{"type": "weather.changed", "time": "2026-03-05 00:00:00", "subject": {}}' >"$tmp/after.jsonl"
expect 0 "rules run before a restart" -- rules run --rules "$catalogue" --events "$tmp/before.jsonl" --clock virtual --until "2026-03-01 12:00:00" --state "$tmp/state.json"
[ "$(grep -c overdue "$tmp/out")" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: overdue before its time"; }
expect 0 "rules run after a restart" -- rules run --rules "$catalogue" --events "$tmp/after.jsonl" --clock virtual --state "$tmp/state.json"
contains out '"rule":"person.detention-3d.overdue"' "the deadline survived the restart"
contains out '"at":"2026-03-04 09:00:00"' "and fired at its own time"
# Lines out of order are judged in time order: a safety check written before the entry
# it answers raises nothing; a re-sent entry after its check starts nothing again.
cat >"$tmp/unordered.jsonl" <<'EVENTS'
{"type": "safetycheck.done", "time": "2026-03-01 09:50:00", "subject": {"personId": "P-7"}}
{"type": "area.entered", "time": "2026-03-01 09:00:00", "subject": {"personId": "P-7", "name": "王五"}}
{"type": "area.entered", "time": "2026-03-01 09:00:00", "subject": {"personId": "P-7", "name": "王五"}}
EVENTS
expect 0 "rules run out of order" -- rules run --rules "$catalogue" --events "$tmp/unordered.jsonl" --clock virtual --until "2026-03-01 11:30:00"
[ "$(grep -c 'venue.safety-check' "$tmp/out")" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a check dated before its entry's deadline raised an alarm"; cat "$tmp/out"; }
echo '{"type": "area.entered", "time": 9223372036854775000, "subject": {"personId": "P-8"}}' >"$tmp/wild.jsonl"
expect 0 "rules run with a wild time" -- rules run --rules "$catalogue" --events "$tmp/wild.jsonl" --clock virtual
contains err "wild.jsonl:1: \"time\" lies outside the years 2000 to 2099" "names the line with the wild time"
echo garbage >"$tmp/bad-state.json"
expect 1 "rules run with a damaged state" -- rules run --rules "$catalogue" --events "$tmp/after.jsonl" --clock virtual --state "$tmp/bad-state.json"

# A recorded stretch of a case-handling area judged headless: the officer leaves the subject
# alone in the waiting room; then only the officer's card dies there (feed lost, not "no guard").
cat >"$tmp/plan.json" <<'PLAN'
{"site": "城关派出所", "area": "办案区", "floor": 1, "width": 30, "height": 10, "rooms": [
 {"id": "C", "name": "通道", "type": "corridor", "outline": [[0,0],[30,0],[30,4],[0,4]]},
 {"id": "W1", "name": "候问室1", "type": "waiting", "outline": [[0,4],[10,4],[10,10],[0,10]]}]}
PLAN
t0=1796000000000
for s in $(seq 0 200); do
    echo "{\"tag\": \"B-1\", \"time\": $((t0 + s * 1000)), \"x\": 5, \"y\": 7, \"accuracy\": 0.5}"
    if [ "$s" -le 30 ]; then y=7; else y=2; fi
    echo "{\"tag\": \"C-1\", \"time\": $((t0 + s * 1000)), \"x\": 5.5, \"y\": $y}"
done >"$tmp/positions.jsonl"
echo 'not a position' >>"$tmp/positions.jsonl"
cat >"$tmp/journey.jsonl" <<JOURNEY
{"type": "officer.card-bound", "time": $t0, "subject": {"tag": "C-1", "officerId": "J-9", "name": "李警官"}}
{"type": "area.entered", "time": $t0, "subject": {"tag": "B-1", "personId": "R-1", "name": "张三", "idCard": "110101199001011237"}}
JOURNEY
expect 0 "casearea replay" -- casearea replay --plan "$tmp/plan.json" --positions "$tmp/positions.jsonl" --journey "$tmp/journey.jsonl" --alerts-out "$tmp/alerts.jsonl"
contains err "positions.jsonl:403:" "names the line that is no position"
[ "$(grep -c '"rule":"venue.unattended"' "$tmp/alerts.jsonl")" = 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the subject left alone is not unattended once"; cat "$tmp/alerts.jsonl"; }
grep -v '"tag": "C-1"' "$tmp/positions.jsonl" >"$tmp/alone.jsonl"
for s in $(seq 0 30); do echo "{\"tag\": \"C-1\", \"time\": $((t0 + s * 1000)), \"x\": 5.5, \"y\": 7}"; done >>"$tmp/alone.jsonl"
expect 0 "casearea replay, a card that dies" -- casearea replay --plan "$tmp/plan.json" --positions "$tmp/alone.jsonl" --journey "$tmp/journey.jsonl" --alerts-out "$tmp/alerts.jsonl"
[ "$(grep -c 'venue.unattended' "$tmp/alerts.jsonl")" = 0 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a dead card raised 无人看管"; cat "$tmp/alerts.jsonl"; }
expect 2 "casearea replay without positions" -- casearea replay --plan "$tmp/plan.json" --alerts-out "$tmp/alerts.jsonl"
expect 1 "casearea replay of /dev/zero" -- casearea replay --plan "$tmp/plan.json" --positions /dev/zero --alerts-out "$tmp/alerts.jsonl"
echo '{"width": 10, "height": 10, "rooms": [{"id": "A", "type": "bar", "outline": [[0,0],[1,0],[1,1]]}]}' >"$tmp/bad-plan.json"
expect 1 "casearea replay with a bad plan" -- casearea replay --plan "$tmp/bad-plan.json" --positions "$tmp/positions.jsonl" --alerts-out "$tmp/alerts.jsonl"
contains err "bad-plan.json is not a floor plan: room A: the type “bar”" "says why the plan is refused"

# A simulated day of the demo floor, written and replayed: the lapses it stages are raised.
demo_plan=$(dirname "$catalogue")/../demo/casearea-plan.json
expect 0 "casearea simulate" -- casearea simulate --plan "$demo_plan" --start "2026-12-01 08:00:00" --seed 7 --positions-out "$tmp/day.jsonl" --journey-out "$tmp/day-journey.jsonl"
expect 0 "casearea replay of the simulated day" -- casearea replay --plan "$demo_plan" --positions "$tmp/day.jsonl" --journey "$tmp/day-journey.jsonl" --alerts-out "$tmp/day-alerts.jsonl"
for rule in venue.unattended venue.single-officer venue.special-person; do
    grep -q "\"rule\":\"$rule\"" "$tmp/day-alerts.jsonl" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: the simulated day did not raise $rule"; }
done
grep -q 'venue.left-unregistered' "$tmp/day-alerts.jsonl" && { failed=$((failed + 1)); echo "FAIL: a false 未注销离开 in the simulated day"; } || passed=$((passed + 1))
expect 2 "casearea simulate with a bad seed" -- casearea simulate --plan "$demo_plan" --seed many --positions-out "$tmp/x" --journey-out "$tmp/y"

# A device is never replaced by an output file (as root, a renamed file would take its place).
expect 1 "casearea simulate onto /dev/full" -- casearea simulate --plan "$demo_plan" --positions-out /dev/full --journey-out "$tmp/y"
contains err "/dev/full is not a regular file" "says a device is not written"
expect 1 "casearea replay onto /dev/null" -- casearea replay --plan "$demo_plan" --positions "$tmp/day.jsonl" --alerts-out /dev/null
[ -c /dev/full ] && [ -c /dev/null ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a device was replaced by a file"; }

# 笔录 against 转写: the record in GBK, the transcript as SRT; a pair never said is named.
cat >"$tmp/record.utf8" <<'RECORD'
询问笔录
时间：2026年11月23日09时00分至09时20分
地点：城关派出所询问室
询问人：张明、李强
被询问人：王五
问：你昨天晚上在什么地方？
答：我在家，后来10点多出去了一趟，到了网吧。
问：你在网吧和谁在一起？
答：和同学李四，我们玩游戏到2点多。
问：有人能证明你说的话吗？
答：网管可以证明，他认识我们。
问：你还有什么补充的吗？
答：没有。
RECORD
iconv -f UTF-8 -t GB18030 "$tmp/record.utf8" >"$tmp/record.txt"
cat >"$tmp/said.srt" <<'SRT'
1
00:00:14,000 --> 00:00:17,000
嗯，那你说一下，你昨天晚上再哪里？

2
00:00:17,500 --> 00:00:22,000
我，我在家，后来大概十点多出去了一趟，去了网八。

3
00:00:30,000 --> 00:00:33,000
你在网吧里面跟谁在一起？

4
00:00:33,500 --> 00:00:39,000
跟我同学李四在一起，我们打游戏打到两点多钟。

5
00:01:00,000 --> 00:01:03,000
你还有什么要补充的吗？

6
00:01:03,500 --> 00:01:04,500
没有了。
SRT
expect 0 "align" -- align --record "$tmp/record.txt" --transcript "$tmp/said.srt" --json
[ "$(jq -c '[.pairs[] | [.pair, .status, .start]]' "$tmp/out")" = '[[1,"aligned",14],[2,"aligned",30],[3,"not_found",null],[4,"aligned",60]]' ] &&
    passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: align placed the pairs wrongly"; cat "$tmp/out"; }
[ "$(jq -r '.record.encoding + " " + .transcript.format' "$tmp/out")" = "GB18030 srt" ] &&
    passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: align did not say what it read"; }
expect 0 "align as a table" -- align --record "$tmp/record.txt" --transcript "$tmp/said.srt"
contains out "not_found" "the table names the pair not found"
printf '1\n00:00:01,000 --> 00:00:03,000\n今天天气很好，我们去公园散步吧。\n' >"$tmp/other.srt"
expect 1 "align with another interrogation's transcript" -- align --record "$tmp/record.txt" --transcript "$tmp/other.srt" --json
[ "$(jq -r '.overall.plausible' "$tmp/out")" = false ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: another transcript was not called implausible"; }
expect 1 "align a missing record" -- align --record "$tmp/absent.txt" --transcript "$tmp/said.srt"
expect 1 "align a record that is /dev/zero" -- align --record /dev/zero --transcript "$tmp/said.srt"
mkfifo "$tmp/record.fifo"
expect 1 "align a record that is a FIFO" -- align --record "$tmp/record.fifo" --transcript "$tmp/said.srt"
head -c 20000 /dev/urandom >"$tmp/noise.bin"
expect 1 "align a garbage transcript" -- align --record "$tmp/record.txt" --transcript "$tmp/noise.bin"
contains err "noise.bin" "names the transcript it cannot read"
expect 1 "align a record with no pairs" -- align --record "$tmp/said.srt" --transcript "$tmp/said.srt"
contains err "no question and answer" "says the record has no pairs"
expect 2 "align without a transcript" -- align --record "$tmp/record.txt"
expect 2 "align with a bad threshold" -- align --record "$tmp/record.txt" --transcript "$tmp/said.srt" --threshold 7

# The records' checks: one record alone, and two records of one officer at one time.
expect 0 "record check of a good record" -- record check "$tmp/record.txt"
contains out "no finding" "a good record has no finding"
sed -e 's/被询问人：王五/被询问人：赵六/' -e 's/年龄.*//' "$tmp/record.utf8" >"$tmp/second.txt"
printf '年龄：15\n' >>"$tmp/second.txt"
expect 1 "record check of two records at one time" -- record check "$tmp/record.txt" "$tmp/second.txt" --json --events-out "$tmp/record-events.jsonl"
[ "$(jq -r '[.[].findings[].code] | sort | unique | join(",")' "$tmp/out")" = "cross-signature" ] &&
    passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: record check findings"; cat "$tmp/out"; }
expect 0 "the record events raise the alert" -- rules run --rules "$catalogue" --events "$tmp/record-events.jsonl" --clock virtual
contains out "record.cross-signature" "the catalogue raises 笔录交叉签名"
expect 1 "record check of /dev/zero" -- record check /dev/zero
expect 2 "record check with a bad summons limit" -- record check "$tmp/record.txt" --summons-hours 30
expect 2 "record check with a bad window" -- record check "$tmp/record.txt" --recording "record.txt=yesterday"
expect 1 "record check writing onto /dev/full" -- record check "$tmp/record.txt" --events-out /dev/full

# Transcription: the engines are installed, and what cannot be done is said.
expect 0 "transcribe help names the engines" -- transcribe --help
contains out "Engines installed: funasr, openai" "both speech recognition engines are installed"
expect 2 "transcribe with an unknown engine" -- transcribe "$tmp/said.srt" --engine vosk --endpoint http://127.0.0.1:1 --out "$tmp/t.json"
expect 1 "transcribe a recording that is not there" -- transcribe "$tmp/absent.mkv" --engine openai --endpoint http://127.0.0.1:1 --out "$tmp/t.json"
expect 1 "transcribe onto /dev/full" -- transcribe "$tmp/said.srt" --engine openai --endpoint http://127.0.0.1:1 --out /dev/full

# The command map without the map: datums converted both ways, the nearest found.
expect 0 "map convert wgs84 to gcj02" -- map convert --from wgs84 --to gcj02 39.911954 116.377817
[ "$(cat "$tmp/out")" = "39.913345455 116.384047225" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map convert gave $(cat "$tmp/out")"; }
expect 0 "map convert back" -- map convert --from gcj02 --to wgs84 39.913345455 116.384047225 --json
[ "$(jq -r '"\(.lat*1e6|round) \(.lon*1e6|round)"' "$tmp/out")" = "39911954 116377817" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map convert back gave $(cat "$tmp/out")"; }
expect 2 "map convert outside the world" -- map convert --from wgs84 --to gcj02 95 116
expect 2 "map convert with a bad datum" -- map convert --from bd09 --to gcj02 39 116
printf '{"jqbh": "J1", "lat": 37.90, "lon": 112.55}\n{"jqbh": "J2", "lat": 37.95, "lon": 112.60}\nnot json\n{"jqbh": "J3", "lat": 1e300, "lon": 0}\n' >"$tmp/incidents.jsonl"
printf '[{"officerId": "P1", "lat": 37.951, "lon": 112.601}, {"officerId": "P2", "lat": 38.2, "lon": 112.9}]' >"$tmp/officers.json"
expect 0 "map nearest" -- map nearest --incidents "$tmp/incidents.jsonl" --officers "$tmp/officers.json" --at 37.95,112.60 -k 1 --json
[ "$(jq -r '.incidents[0].id + " " + .officers[0].id' "$tmp/out")" = "J2 P1" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map nearest"; cat "$tmp/out"; }
contains err "incidents.jsonl:3: not a JSON object" "names the line that is not JSON"
contains err "2 entries" "counts what was left out"
expect 0 "map nearest from the other side of the world" -- map nearest --incidents "$tmp/incidents.jsonl" --at 80,-170 -k 10000 --json
[ "$(jq '.incidents | length' "$tmp/out")" = 2 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map nearest far away"; }
expect 1 "map nearest of /dev/zero" -- map nearest --incidents /dev/zero --at 37.95,112.60
printf '$GPRMC,120000.00,A,3757.0000,N,11236.0000,E,10.0,90.0,011226,,,A*%s\r\n$GPRMC,120001.00,A,3757.0000,N,11236.0000,E,10.0,90.0,011226,,,A*00\r\n' 52 >"$tmp/patrol.nmea"
expect 0 "map nmea" -- map nmea "$tmp/patrol.nmea"
[ "$(jq -r '.lat' "$tmp/out")" = "37.95" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map nmea"; cat "$tmp/out" "$tmp/err"; }
contains err "1 with a wrong checksum" "counts the damaged sentence"
expect 1 "map nmea of a FIFO" -- map nmea "$tmp/record.fifo"
# A receiver live on TCP: its fixes as they come, until the count is reached.
perl -MIO::Socket::INET -e '$s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1:0") or die;
    open(P, ">", "$ARGV[1].part"); print P $s->sockport; close P; rename("$ARGV[1].part", $ARGV[1]);
    $c = $s->accept; open(F, "<", $ARGV[0]); print $c <F>; sleep 20' "$tmp/patrol.nmea" "$tmp/nmea.port" &
receiver=$!
for _ in $(seq 100); do [ -s "$tmp/nmea.port" ] && break; sleep 0.1; done
expect 0 "map nmea of a live receiver" -- map nmea "tcp://127.0.0.1:$(cat "$tmp/nmea.port")" --count 1 --seconds 20
[ "$(jq -r '.lat' "$tmp/out")" = "37.95" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: map nmea live"; cat "$tmp/out" "$tmp/err"; }
kill "$receiver" 2>/dev/null || true
closed_port=$(perl -MIO::Socket::INET -e '$s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1:0") or die; print $s->sockport')
expect 1 "map nmea of a receiver nobody answers for" -- map nmea "tcp://127.0.0.1:$closed_port" --seconds 2
contains err "lost" "says the receiver is lost"
expect 2 "map nmea of a receiver without a port" -- map nmea tcp://127.0.0.1
expect 2 "map nearest without a point" -- map nearest --incidents "$tmp/incidents.jsonl"
expect 2 "analytics diagnose without a source" -- analytics diagnose
expect 2 "analytics diagnose of a single picture" -- analytics diagnose "$tmp/patrol.nmea" --pictures 1
expect 1 "analytics diagnose of /dev/zero" -- analytics diagnose /dev/zero --json
contains out "not a video file" "says /dev/zero is no video"
expect 1 "analytics diagnose of a camera nobody answers for" -- analytics diagnose "rtsp://127.0.0.1:$closed_port/none" --timeout 3 --json
[ "$(jq -r '.checks[] | select(.check == "signal") | .verdict' "$tmp/out")" = fault ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL: a camera that does not answer has not lost its signal"; cat "$tmp/out"; }

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
