// latencybench URL [SECONDS]
// Live latency, capture to frame ready for display, on a stamped stream (jiandu-sim):
//  - jiandu: LiveStream as the video tiles use it (100 ms jitter buffer, latest frame wins);
//  - playbin: the peer, GStreamer's playbin with its defaults (as `gst-launch-1.0 playbin`
//    plays), its video sink replaced by an appsink that, like a display sink, syncs to the
//    clock; the stamp is read from each frame as it is "shown";
//  - ffmpeg: `-fflags nobuffer -flags low_delay`, ffplay's low-latency settings, decoding to
//    a pipe (needs ffmpeg installed).
// Both watch the same camera at the same time.
#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>
#include <media/framestamp.h>
#include <media/gstreamer.h>
#include <media/livestream.h>
#include <vector>

using namespace Jiandu;

namespace {

QMutex g_mutex;
std::vector<qint64> g_playbin;

void report(const char *label, std::vector<qint64> values)
{
    if (values.empty()) {
        std::printf("%-8s no stamped frames\n", label);
        return;
    }
    std::sort(values.begin(), values.end());
    const auto at = [&](double p) {
        return values[std::min(values.size() - 1, size_t(p * values.size()))];
    };
    std::printf("%-8s frames %5zu  latency median %4lld ms  p95 %4lld ms\n", label, values.size(),
                static_cast<long long>(at(0.5)), static_cast<long long>(at(0.95)));
}

GstFlowReturn onPlaybinSample(GstAppSink *sink, gpointer)
{
    GstSample *sample = gst_app_sink_pull_sample(sink);
    GstVideoInfo info;
    GstMapInfo map;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    if (gst_video_info_from_caps(&info, gst_sample_get_caps(sample)) &&
        gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        const QImage frame(map.data, GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info),
                           GST_VIDEO_INFO_PLANE_STRIDE(&info, 0), QImage::Format_RGB32);
        const qint64 stamp = FrameStamp::read(frame);
        if (stamp > 0) {
            QMutexLocker lock(&g_mutex);
            g_playbin.push_back(QDateTime::currentMSecsSinceEpoch() - stamp);
        }
        gst_buffer_unmap(buffer, &map);
    }
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: latencybench URL [SECONDS]\n");
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 20;
    Gst::ensureInitialized();

    std::vector<qint64> ours;
    LiveStream stream;
    LiveStream::Options options;
    options.frameSize = QSize(1280, 720);
    QObject::connect(&stream, &LiveStream::frameReady, &stream, [&] {
        const qint64 stamp = FrameStamp::read(stream.latestFrame());
        if (stamp > 0)
            ours.push_back(QDateTime::currentMSecsSinceEpoch() - stamp);
    });
    stream.start(QUrl(url), options);

    GstElement *playbin = gst_element_factory_make("playbin", nullptr);
    GstElement *sink = gst_parse_bin_from_description(
        "videoconvert ! video/x-raw,format=BGRx ! appsink name=sink sync=true", TRUE, nullptr);
    GstElement *appsink = gst_bin_get_by_name(GST_BIN(sink), "sink");
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onPlaybinSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(appsink), &callbacks, nullptr, nullptr);
    gst_object_unref(appsink);
    g_object_set(playbin, "uri", argv[1], "video-sink", sink, "audio-sink",
                 gst_element_factory_make("fakesink", nullptr), nullptr);
    gst_element_set_state(playbin, GST_STATE_PLAYING);

    // Peer 2: ffplay's demuxer and decoder with -fflags nobuffer (ffmpeg writing raw grey
    // frames to a pipe as it decodes them; no display clock, so this is its best case).
    std::vector<qint64> ffmpeg;
    qint64 ffmpegFrames = 0;
    QProcess peer;
    QByteArray pending;
    constexpr int kWidth = 1280;
    constexpr int kHeight = 720;
    QObject::connect(&peer, &QProcess::readyReadStandardOutput, &peer, [&] {
        pending += peer.readAllStandardOutput();
        while (pending.size() >= kWidth * kHeight) {
            const QImage frame(reinterpret_cast<const uchar *>(pending.constData()), kWidth,
                               kHeight, kWidth, QImage::Format_Grayscale8);
            ++ffmpegFrames;
            const qint64 latency = QDateTime::currentMSecsSinceEpoch() - FrameStamp::read(frame);
            if (latency >= 0 && latency < 60000) // a readable stamp
                ffmpeg.push_back(latency);
            pending.remove(0, kWidth * kHeight);
        }
    });
    peer.start(QStringLiteral("ffmpeg"),
               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-fflags"),
                QStringLiteral("nobuffer"), QStringLiteral("-flags"), QStringLiteral("low_delay"),
                QStringLiteral("-rtsp_transport"), QStringLiteral("tcp"), QStringLiteral("-i"), url,
                QStringLiteral("-an"), QStringLiteral("-s"), QStringLiteral("1280x720"),
                QStringLiteral("-pix_fmt"), QStringLiteral("gray"), QStringLiteral("-f"),
                QStringLiteral("rawvideo"), QStringLiteral("-")});

    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    gst_element_set_state(playbin, GST_STATE_NULL);
    gst_object_unref(playbin);
    stream.stop();
    peer.kill();
    peer.waitForFinished(3000);

    std::printf("%s, %d s, 1280x720\n", argv[1], seconds);
    report("jiandu", ours);
    report("ffmpeg", ffmpeg);
    std::printf("         (ffmpeg decoded %lld frames in all)\n",
                static_cast<long long>(ffmpegFrames));
    QMutexLocker lock(&g_mutex);
    report("playbin", g_playbin);
    return 0;
}
