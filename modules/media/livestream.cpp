#include "livestream.h"

#include "camerafeed.h"
#include "gstreamer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <atomic>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

using namespace Qt::StringLiterals;

namespace Jiandu {

// State shared with GStreamer's streaming threads. It outlives the stream: a closed
// pipeline is torn down on a background thread (rtspsrc can take seconds to let go of a
// camera that vanished), and its callbacks may still run meanwhile.
struct LiveStream::Pipeline
{
    Gst::ElementPtr pipeline;
    mutable QMutex frameMutex;
    QImage latest;
    std::atomic<qint64> frames{0};
    std::atomic<qint64> lastFrameMs{0};
    //! Frames whose presentation time came after the one before (a stream whose frames all
    //! carry the same time, or none, cannot be recorded or played back in step).
    std::atomic<qint64> timedFrames{0};
    std::atomic<qint64> lastPtsNs{-1};
    std::atomic<bool> notifyPending{false};
};

// What one pipeline's callbacks may touch: the shared frame state, and the stream itself
// only on the UI thread, through a guarded pointer, and only while the pipeline is current.
struct LiveStream::Link
{
    std::shared_ptr<Pipeline> state;
    QPointer<LiveStream> owner;
    quint64 generation = 0;
    std::atomic<bool> retired{false};
};

namespace {

QString pipelineDescription(const QUrl &url, const LiveStream::Options &o, bool fromFeed)
{
    // Live: show each frame as soon as it is decoded. Replay: at the recording's pace.
    // Scale in the decoder's own format first, then convert the (smaller) picture for the
    // screen: converting 720p to BGRx and then scaling costs several times more.
    const QString size =
        o.frameSize.isValid()
            ? u"videoscale ! video/x-raw,width=%1,height=%2,pixel-aspect-ratio=1/1 ! "_s
                  .arg(o.frameSize.width())
                  .arg(o.frameSize.height())
            : QString();
    const QString scale =
        u"%1videoconvert ! video/x-raw,format=BGRx ! appsink name=sink "
        "max-buffers=1 drop=%2 sync=%3"_s.arg(size, o.playOnce ? u"false"_s : u"true"_s,
                                              o.playOnce ? u"true"_s : u"false"_s);
    if (fromFeed)
        // The feed's parsed pictures, as they come (the newest kept when decoding falls
        // behind), decoded here.
        return u"appsrc name=feed is-live=true format=time do-timestamp=false "
               "max-bytes=16777216 leaky-type=downstream ! decodebin ! %1"_s.arg(scale);
    const QString location = url.toString(QUrl::FullyEncoded).replace(u'"', u"%22"_s);
    if (url.scheme() == u"rtsp"_s || url.scheme() == u"rtsps"_s)
        // TCP: loss-free through firewalls and NAT; the jitter buffer is kept short.
        return u"rtspsrc location=\"%1\" latency=%2 protocols=tcp drop-on-latency=true "
               "tcp-timeout=5000000 ! application/x-rtp,media=video ! decodebin ! %3"_s
                   .arg(location)
                   .arg(o.latencyMs)
                   .arg(scale);
    return u"uridecodebin uri=\"%1\" ! %2"_s.arg(location, scale);
}

} // namespace

LiveStream::LiveStream(QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Pipeline>())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveStream::openPipeline);
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &LiveStream::checkProgress);
}

LiveStream::~LiveStream()
{
    closePipeline();
}

void LiveStream::start(const QUrl &url)
{
    start(url, Options{});
}

void LiveStream::start(const QUrl &url, const Options &options)
{
    stop();
    m_url = url;
    m_options = options;
    m_backoffMs = options.firstBackoffMs;
    m_reconnects = 0;
    m_lastError.clear();
    openPipeline();
}

void LiveStream::start(std::shared_ptr<CameraFeed> feed, const Options &options)
{
    stop();
    if (!feed)
        return;
    m_feed = std::move(feed);
    m_url = m_feed->url();
    m_options = options;
    m_backoffMs = options.firstBackoffMs;
    m_reconnects = 0;
    m_lastError.clear();
    connect(m_feed.get(), &CameraFeed::sessionStarted, this, &LiveStream::openPipeline);
    connect(m_feed.get(), &CameraFeed::sessionEnded, this, [this](const QString &reason) {
        m_retry.stop();
        m_watchdog.stop();
        closePipeline();
        m_lastError = reason;
        ++m_reconnects;
        setState(State::Reconnecting);
    });
    openPipeline();
}

void LiveStream::stop()
{
    m_retry.stop();
    m_watchdog.stop();
    closePipeline();
    if (m_feed) {
        disconnect(m_feed.get(), nullptr, this, nullptr);
        m_feed.reset();
    }
    setState(State::Stopped);
}

QImage LiveStream::latestFrame() const
{
    QMutexLocker lock(&d->frameMutex);
    return d->latest;
}

qint64 LiveStream::framesReceived() const
{
    return d->frames.load();
}

qint64 LiveStream::timedFramesReceived() const
{
    return d->timedFrames.load();
}

void LiveStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveStream::openPipeline()
{
    closePipeline();
    if (!Gst::ensureInitialized()) {
        m_lastError = tr("The media engine (GStreamer) is not available.");
        setState(State::Stopped);
        return;
    }
    if (m_feed && m_feed->state() != CameraFeed::State::Playing) {
        // The shared connection is being made: this stream starts when it delivers.
        if (!m_feed->lastError().isEmpty())
            m_lastError = m_feed->lastError();
        setState(m_feed->state() == CameraFeed::State::Reconnecting || m_reconnects > 0
                     ? State::Reconnecting
                     : State::Connecting);
        return;
    }
    m_feedSession = m_feed ? m_feed->session() : 0;
    setState(m_reconnects > 0 ? State::Reconnecting : State::Connecting);
    m_attemptStartedMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 generation = ++m_generation; // earlier pipelines' messages are ignored now

    // A newer attempt or a stop meanwhile makes the parsed pipeline stale; it is then
    // released.
    Gst::parseInBackground(
        this, pipelineDescription(m_url, m_options, m_feed != nullptr),
        [this, generation](Result<Gst::ElementPtr> parsed) {
            if (generation != m_generation.load())
                return;
            if (!parsed) {
                fail(tr("The stream cannot be set up: %1").arg(parsed.error().message));
                return;
            }
            attachPipeline(std::move(parsed).value().release());
        });
}

void LiveStream::attachPipeline(GstElement *built)
{
    d->pipeline = Gst::ElementPtr(built);
    GstElement *pipeline = d->pipeline.get();
    m_link = std::make_shared<Link>();
    m_link->state = d;
    m_link->owner = this;
    m_link->generation = m_generation.load();

    Gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline), "sink"));
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = [](GstAppSink *appsink, gpointer data) -> GstFlowReturn {
        auto *link = static_cast<Link *>(data);
        GstSample *sample = gst_app_sink_pull_sample(appsink);
        if (!sample)
            return GST_FLOW_OK;
        if (link->retired.load()) {
            gst_sample_unref(sample);
            return GST_FLOW_OK;
        }
        Pipeline *state = link->state.get();
        GstVideoInfo info;
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (gst_video_info_from_caps(&info, gst_sample_get_caps(sample)) &&
            gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            QImage frame =
                QImage(map.data, GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info),
                       GST_VIDEO_INFO_PLANE_STRIDE(&info, 0), QImage::Format_RGB32)
                    .copy();
            gst_buffer_unmap(buffer, &map);
            {
                QMutexLocker lock(&state->frameMutex);
                state->latest = std::move(frame);
            }
            state->frames.fetch_add(1);
            state->lastFrameMs.store(QDateTime::currentMSecsSinceEpoch());
            if (GST_BUFFER_PTS_IS_VALID(buffer) &&
                qint64(GST_BUFFER_PTS(buffer)) > state->lastPtsNs.load()) {
                state->lastPtsNs.store(qint64(GST_BUFFER_PTS(buffer)));
                state->timedFrames.fetch_add(1);
            }
            if (!state->notifyPending.exchange(true)) {
                // Keeps the link (and its guarded pointer) alive until the UI thread ran it.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [owner = link->owner, generation = link->generation, state = link->state] {
                        state->notifyPending.store(false);
                        LiveStream *self = owner.data();
                        if (!self || generation != self->m_generation.load())
                            return;
                        if (self->m_state != State::Playing) {
                            self->setState(State::Playing);
                            self->m_backoffMs = self->m_options.firstBackoffMs;
                            self->m_lastError.clear();
                        }
                        Q_EMIT self->frameReady();
                    },
                    Qt::QueuedConnection);
            }
        }
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    };
    gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, m_link.get(), nullptr);

    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) -> GstBusSyncReply {
            auto *link = static_cast<Link *>(data);
            if (link->retired.load())
                return GST_BUS_DROP;
            QString reason;
            bool ended = false;
            if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR)
                reason = Gst::errorText(message);
            else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS)
                ended = true;
            if (reason.isEmpty() && !ended)
                return GST_BUS_DROP;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [owner = link->owner, generation = link->generation, reason, ended] {
                    LiveStream *self = owner.data();
                    if (!self || generation != self->m_generation.load())
                        return;
                    if (ended && self->m_options.playOnce) {
                        self->stop();
                        Q_EMIT self->ended();
                    } else {
                        self->fail(ended ? LiveStream::tr("the stream ended") : reason);
                    }
                },
                Qt::QueuedConnection);
            return GST_BUS_DROP;
        },
        m_link.get(), nullptr);
    gst_object_unref(bus);

    d->frames.store(0);
    d->lastFrameMs.store(0);
    d->timedFrames.store(0);
    d->lastPtsNs.store(-1);
    if (m_feed && !m_feed->synchronize(pipeline)) {
        closePipeline(); // the feed's session ended meanwhile: sessionStarted brings it back
        return;
    }
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        fail(tr("The stream cannot start."));
        return;
    }
    if (m_feed) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(pipeline), "feed"));
        if (!m_feed->attach(CameraFeed::Track::Video, source.get(), m_feedSession)) {
            closePipeline();
            return;
        }
    }
    m_watchdog.start();
}

void LiveStream::closePipeline()
{
    ++m_generation; // late messages of this pipeline, or one being built, are ignored
    if (!d->pipeline)
        return;
    if (m_feed) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "feed"));
        m_feed->detach(source.get());
    }
    m_link->retired = true;
    // Stopping can block (a camera that vanished mid-teardown): it happens on a background
    // thread, which keeps the callbacks' data alive until the pipeline has stopped.
    Gst::retire(std::move(d->pipeline), m_link);
    m_link.reset();
}

void LiveStream::fail(const QString &reason)
{
    closePipeline();
    m_watchdog.stop();
    m_lastError = reason;
    ++m_reconnects;
    Gst::logRetry(m_url, reason, m_state == State::Reconnecting, m_backoffMs);
    setState(State::Reconnecting);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
}

void LiveStream::checkProgress()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = d->lastFrameMs.load();
    if (m_state == State::Playing && last > 0 && now - last > m_options.stallTimeoutMs)
        fail(tr("no picture for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
    else if (m_state != State::Playing && last == 0 &&
             now - m_attemptStartedMs > m_options.connectTimeoutMs)
        fail(m_feed ? tr("the camera's pictures cannot be decoded")
                    : tr("the camera does not answer"));
}

} // namespace Jiandu
