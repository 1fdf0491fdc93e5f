#!/usr/bin/env bash
# 视频刻录 of a six-hour stay across eight rooms: each room's camera recorded its 45 minutes in
# one-minute Matroska segments (640x360 25 fps H.264, keyframe every 2 s, made once per work
# folder from one 45-minute recording the eight cameras share); Jiandu's trajectory video puts
# the eight stretches together in time order (stream copy, manifest, captions), against the
# peer `ffmpeg -f concat -c copy` of the same 360 segments. Median of 3 each; the ratio is the
# export time over the footage's six hours.
# Usage: bench/casearea-trajectory.sh [WORKDIR]   (default /var/tmp/jiandu-trajectorybench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
work=${1:-/var/tmp/jiandu-trajectorybench}
minutes=45
rooms=8
mkdir -p "$work"
if [ "$(ls "$work"/seg*.mkv 2>/dev/null | wc -l)" -lt "$minutes" ]; then
    echo "making a $minutes-minute 360p recording in $work (minutes, once)"
    timeout 3600 gst-launch-1.0 -q videotestsrc num-buffers=$((minutes * 1500)) pattern=ball \
        ! video/x-raw,width=640,height=360,framerate=25/1 \
        ! x264enc speed-preset=ultrafast key-int-max=50 ! h264parse \
        ! splitmuxsink muxer-factory=matroskamux max-size-time=60000000000 \
          location="$work/seg%03d.mkv" || true
    [ "$(ls "$work"/seg*.mkv | wc -l)" -ge "$minutes" ] || { echo "the recording could not be made" >&2; exit 1; }
fi
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
footage=$((rooms * minutes * 60))
jiandu=$(for i in 1 2 3; do
    sync
    rm -f "$work/trajectory.mkv"*
    "$root/build/bin/trajectorybench" "$work" "$work/trajectory.mkv" $rooms $minutes 2>/dev/null | cut -d' ' -f1
done | median)
: >"$work/list.txt"
for r in $(seq $rooms); do
    for f in $(ls "$work"/seg*.mkv | head -n $minutes); do echo "file '$f'" >>"$work/list.txt"; done
done
peer=$(for i in 1 2 3; do
    sync
    start=$(date +%s.%N)
    ffmpeg -v error -y -f concat -safe 0 -i "$work/list.txt" -c copy "$work/ffmpeg-trajectory.mkv"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
done | median)
echo "$rooms rooms x $minutes min = $footage s of footage ($(du -h "$work/trajectory.mkv" | cut -f1))"
echo "jiandu trajectory video  ${jiandu} s  = $(echo "scale=3; 100 * $jiandu / $footage" | bc) % of the footage's duration  ratio to ffmpeg $(echo "scale=2; $jiandu / $peer" | bc)"
echo "ffmpeg concat -c copy    ${peer} s  = $(echo "scale=3; 100 * $peer / $footage" | bc) %"
echo "captions: $(grep -c -- '-->' "$work/trajectory.mkv.srt") stretches; duration $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/trajectory.mkv") s"
rm -f "$work/trajectory.mkv" "$work/ffmpeg-trajectory.mkv"
