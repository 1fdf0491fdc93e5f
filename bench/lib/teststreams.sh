# Pre-encoded camera streams for the media benchmarks, so that jiandu-sim serves them without
# encoding (its own encoder would load the machine being measured): WORKDIR/main.h264
# (1280x720 25 fps, ~2 Mbit/s, moving colour bars, a key frame every second) and
# WORKDIR/sub.h264 (480x270, 300 kbit/s). Made once per work folder.
# Usage (sourced): encode_test_streams WORKDIR
encode_test_stream() { # WIDTH HEIGHT KBPS FILE
    gst-launch-1.0 -q videotestsrc num-buffers=500 pattern=smpte horizontal-speed=3 \
        ! video/x-raw,width=$1,height=$2,framerate=25/1 \
        ! x264enc speed-preset=veryfast tune=zerolatency key-int-max=25 pass=cbr bitrate=$3 \
        ! video/x-h264,profile=main,stream-format=byte-stream ! filesink location="$4"
}
encode_test_streams() {
    mkdir -p "$1"
    [ -s "$1/main.h264" ] || encode_test_stream 1280 720 2000 "$1/main.h264"
    [ -s "$1/sub.h264" ] || encode_test_stream 480 270 300 "$1/sub.h264"
}
