#!/usr/bin/env bash
# Clip export: 10 minutes out of a 60-minute recording (60 one-minute Matroska segments,
# 640x360 25 fps H.264, keyframe every 2 s), Jiandu's fast mode against the peer
# `ffmpeg -ss … -to … -c copy` on the same segments (concat demuxer; as input options on
# concat, -ss/-to or -t cut 30 minutes instead of 10, so they are output options). Median of
# 3 each.
# Usage: bench/clip-export.sh [WORKDIR]   (needs ffmpeg for the peer; makes the recording once)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/var/tmp/jiandu-clipbench}
mkdir -p "$work"
if [ "$(ls "$work"/seg*.mkv 2>/dev/null | wc -l)" -lt 60 ]; then
    echo "making a 60-minute recording in $work (a few minutes, once)"
    gst-launch-1.0 -q videotestsrc num-buffers=90000 pattern=ball \
        ! video/x-raw,width=640,height=360,framerate=25/1 \
        ! x264enc speed-preset=ultrafast key-int-max=50 ! h264parse \
        ! splitmuxsink muxer-factory=matroskamux max-size-time=60000000000 \
          location="$work/seg%03d.mkv"
fi
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ours=$(for i in 1 2 3; do sync; "$root/build/bin/clipbench" "$work" 20 30 "$work/jiandu-clip.mkv" 2>/dev/null; done | median)
for f in "$work"/seg*.mkv; do echo "file '$f'"; done >"$work/list.txt"
peer=$(for i in 1 2 3; do
    sync
    start=$(date +%s.%N)
    ffmpeg -v error -y -f concat -safe 0 -i "$work/list.txt" -ss 1200 -to 1800 -c copy "$work/ffmpeg-clip.mkv"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
done | median)
echo "10 min out of 60 min, stream copy"
echo "jiandu fast mode  ${ours} s  ($(du -h "$work/jiandu-clip.mkv" | cut -f1))"
echo "ffmpeg -c copy    ${peer} s  ($(du -h "$work/ffmpeg-clip.mkv" | cut -f1))"
echo "ratio jiandu/ffmpeg $(echo "scale=2; $ours / $peer" | bc)"
for f in "$work/jiandu-clip.mkv" "$work/ffmpeg-clip.mkv"; do
    command -v ffprobe >/dev/null &&
        echo "$(basename "$f") duration $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f") s"
done
