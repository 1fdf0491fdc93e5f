# What the live-position benchmarks start beside the client: a Mosquitto broker on a free
# loopback port and, without a DISPLAY, an Xvfb screen of 1920 × 1080. Sourced after
# scripts/lib/common.sh.
# start_broker WORKDIR: sets $port; the broker's pid is in WORKDIR/mosquitto.pid.
# start_display: sets DISPLAY (and $xvfb_pid when it started one).
# stop_broker_display WORKDIR: stops both.
start_broker() {
    port=$(free_port)
    cat >"$1/mosquitto.conf" <<MQ
listener $port 127.0.0.1
allow_anonymous true
pid_file $1/mosquitto.pid
user $(id -un)
max_queued_messages 100000
MQ
    /usr/sbin/mosquitto -c "$1/mosquitto.conf" -d
}

start_display() {
    if [[ -z ${DISPLAY:-} ]]; then
        local display=:$((90 + RANDOM % 100))
        Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp &
        xvfb_pid=$!
        export DISPLAY=$display
        sleep 1
    fi
}

stop_broker_display() {
    [[ -f $1/mosquitto.pid ]] && kill "$(cat "$1/mosquitto.pid")" 2>/dev/null || true
    [[ -n ${xvfb_pid:-} ]] && kill "$xvfb_pid" 2>/dev/null || true
}
