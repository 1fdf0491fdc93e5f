#!/usr/bin/env bash
# Clip export: 10 minutes (20:00–30:00) out of a recording of one-minute Matroska segments,
# 25 fps H.264, keyframe every 2 s, against the peer `ffmpeg -ss … -to … -c copy` on the
# same segments (concat demuxer; as input options on concat, -ss/-to cut 30 minutes instead
# of 10, so they are output options). Median of 3 each.
# - fast mode: stream copy from the keyframe at or before 20:00.000 to 30:00.000;
# - exact mode: from 20:00.700 to 30:01.290 (both mid-GOP), frame-accurate: the clip's frame
#   count and first timestamp are checked against the 40 ms frame grid of the recording, and
#   ffmpeg decodes it without an error.
# Profiles (the recording is made once per profile and work folder):
#   360p   640x360, a ball on a still background (~0.4 Mbit/s), 60 minutes
#   720p   1280x720 moving colour bars at 3 Mbit/s, 31 minutes
#   1080p  1920x1080 moving colour bars at 6 Mbit/s, 31 minutes
# Usage: bench/clip-export.sh [WORKDIR] [PROFILE]   (default /var/tmp/jiandu-clipbench 720p)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/common.sh"
ensure_packages "${JIANDU_PACKAGES[@]}" "${JIANDU_BENCH_PACKAGES[@]}"
profile=${2:-720p}
work=${1:-/var/tmp/jiandu-clipbench}/$profile
case $profile in
360p) size="width=640,height=360" minutes=60 source="pattern=ball" encoder="" ;;
720p) size="width=1280,height=720" minutes=31 source="pattern=smpte horizontal-speed=4" encoder="bitrate=3000" ;;
1080p) size="width=1920,height=1080" minutes=31 source="pattern=smpte horizontal-speed=4" encoder="bitrate=6000" ;;
*) echo "unknown profile $profile (360p, 720p or 1080p)" >&2; exit 2 ;;
esac
mkdir -p "$work"
if [ "$(ls "$work"/seg*.mkv 2>/dev/null | wc -l)" -lt "$minutes" ]; then
    echo "making a $minutes-minute $profile recording in $work (minutes, once)"
    # (gst-launch may not exit after the last segment; the files are complete by then)
    timeout 3600 gst-launch-1.0 -q videotestsrc num-buffers=$((minutes * 1500)) $source \
        ! video/x-raw,$size,framerate=25/1 \
        ! x264enc speed-preset=ultrafast key-int-max=50 $encoder ! h264parse \
        ! splitmuxsink muxer-factory=matroskamux max-size-time=60000000000 \
          location="$work/seg%03d.mkv" || true
    [ "$(ls "$work"/seg*.mkv | wc -l)" -ge "$minutes" ] || { echo "the recording could not be made" >&2; exit 1; }
fi
echo "$profile: $(du -sh "$work" | cut -f1) in $(ls "$work"/seg*.mkv | wc -l) segments, $(( $(du -sb "$work" | cut -f1) * 8 / (minutes * 60 * 1000) )) kbit/s"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
frames() { ffprobe -v error -count_frames -select_streams v -show_entries stream=nb_read_frames -of csv=p=0 "$1"; }

fast=$(for i in 1 2 3; do sync; "$root/build/bin/clipbench" "$work" 20 30 "$work/jiandu-fast.mp4" fast 2>/dev/null; done | median)
exact=$(for i in 1 2 3; do sync; "$root/build/bin/clipbench" "$work" 20.011666667 30.0215 "$work/jiandu-exact.mp4" exact 2>/dev/null; done | median)
for f in "$work"/seg*.mkv; do echo "file '$f'"; done >"$work/list.txt"
peer=$(for i in 1 2 3; do
    sync
    start=$(date +%s.%N)
    ffmpeg -v error -y -f concat -safe 0 -i "$work/list.txt" -ss 1200 -to 1800 -c copy "$work/ffmpeg-clip.mp4"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
done | median)
echo "10 min out of $minutes min ($profile)"
echo "jiandu fast mode   ${fast} s  ($(du -h "$work/jiandu-fast.mp4" | cut -f1))  ratio to ffmpeg $(echo "scale=2; $fast / $peer" | bc)"
echo "jiandu exact mode  ${exact} s  ($(du -h "$work/jiandu-exact.mp4" | cut -f1))  ratio to ffmpeg $(echo "scale=2; $exact / $peer" | bc)"
echo "ffmpeg -c copy     ${peer} s  ($(du -h "$work/ffmpeg-clip.mp4" | cut -f1))"
# Exact: frames at k * 40 ms; the first at or after 1200.700 s is k = 30018 (1200.720 s), the
# last at or before 1801.290 s is k = 45032 (1801.280 s): 15015 frames.
echo "exact mode frames: $(frames "$work/jiandu-exact.mp4") (expected 15015)"
errors=$(ffmpeg -v error -i "$work/jiandu-exact.mp4" -f null - 2>&1 | wc -l)
echo "exact mode decode errors (ffmpeg): $errors"
for f in "$work/jiandu-fast.mp4" "$work/jiandu-exact.mp4" "$work/ffmpeg-clip.mp4"; do
    echo "$(basename "$f") duration $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$f") s"
done
