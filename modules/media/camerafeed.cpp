#include "camerafeed.h"

#include "gstreamer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <deque>
#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QString feedDescription(const QUrl &url, const CameraFeed::Options &o)
{
    // TCP: loss-free through firewalls and NAT; the jitter buffer is kept short. The
    // streams' branches are added as the camera announces them (onStream).
    return u"rtspsrc name=camera location=%1 latency=%2 protocols=tcp tcp-timeout=5000000"_s.arg(
        Gst::quoted(url.toString(QUrl::FullyEncoded)), QString::number(o.latencyMs));
}

// What a camera's stream becomes: parsed, never decoded here (each consumer decodes or
// writes what it needs), pictures one whole picture per buffer with their parameter sets in
// band. Empty: a stream that is neither picture nor sound (it stays unlinked).
QByteArray branchFor(const GstStructure *rtp, CameraFeed::Track *track)
{
    const char *media = gst_structure_get_string(rtp, "media");
    const QByteArray encoding =
        QByteArray(gst_structure_get_string(rtp, "encoding-name")).toUpper();
    if (qstrcmp(media, "audio") == 0) {
        *track = CameraFeed::Track::Audio;
        return "parsebin";
    }
    if (qstrcmp(media, "video") != 0)
        return {};
    *track = CameraFeed::Track::Video;
    if (encoding == "H264")
        return "rtph264depay ! h264parse config-interval=-1 ! "
               "video/x-h264,stream-format=avc,alignment=au";
    if (encoding == "H265")
        return "rtph265depay ! h265parse config-interval=-1 ! "
               "video/x-h265,stream-format=hvc1,alignment=au";
    if (encoding == "JPEG")
        return "rtpjpegdepay ! jpegparse";
    // Any other codec as GStreamer finds it: parsebin may hand a picture on in pieces, so the
    // common ones above are parsed explicitly.
    return "parsebin";
}

} // namespace

// One connection's pipeline and what its streaming threads share with the feed. It outlives
// the feed's interest in it: a closed pipeline is torn down on a background thread (rtspsrc
// can take seconds to let go of a camera that vanished) and its callbacks may run meanwhile.
struct CameraFeed::Session
{
    struct Sink
    {
        Track track;
        GstElement *appsrc;      // a reference of its own
        bool waitingForKeyframe; // nothing yet: it starts with the next key frame
    };

    Gst::ElementPtr pipeline;
    // The same pipeline for the streaming threads: `pipeline` is handed to the teardown,
    // which keeps it (and this) alive until it has stopped.
    GstElement *root = nullptr;
    std::atomic<GstElement *> soundBranch{nullptr}; // in pipeline: errors there cost the sound only
    QPointer<CameraFeed> owner;
    quint64 generation = 0;
    qint64 cacheLimit = 0;
    std::atomic<bool> retired{false};
    std::atomic<bool> announced{false};
    std::atomic<qint64> lastDataMs{0};
    GstClockTime lastVideoPts = GST_CLOCK_TIME_NONE; // the picture thread's own

    QMutex mutex; // the sinks and the pictures since the last key frame
    std::vector<Sink> sinks;
    std::deque<GstSample *> sinceKeyframe;
    qint64 cachedBytes = 0;
    bool caching = false; // false until a key frame starts the cache (or after it overflowed)

    ~Session() { clear(); }

    // On a streaming thread: the camera announced a stream (rtspsrc "pad-added"); its
    // branch, ending in an appsink that delivers here, is added and linked.
    static void onStream(GstElement *, GstPad *pad, gpointer data)
    {
        auto *s = static_cast<Session *>(data);
        if (s->retired.load())
            return;
        GstCaps *caps = gst_pad_get_current_caps(pad);
        if (!caps)
            caps = gst_pad_query_caps(pad, nullptr);
        Track track = Track::Video;
        const QByteArray branch = caps && !gst_caps_is_empty(caps)
                                      ? branchFor(gst_caps_get_structure(caps, 0), &track)
                                      : QByteArray();
        gchar *text = caps ? gst_caps_to_string(caps) : nullptr;
        const QString described = QString::fromUtf8(text ? text : "");
        g_free(text);
        if (caps)
            gst_caps_unref(caps);
        if (branch.isEmpty()) {
            qCInfo(lcMedia).noquote() << "camera stream not taken:" << described;
            return;
        }
        GError *error = nullptr;
        GstElement *bin = gst_parse_bin_from_description(
            (branch + " ! appsink name=out sync=false async=false").constData(), TRUE, &error);
        if (!bin) {
            qCWarning(lcMedia) << "camera stream branch:" << (error ? error->message : "");
            g_clear_error(&error);
            return;
        }
        g_clear_error(&error);
        Gst::ElementPtr out(gst_bin_get_by_name(GST_BIN(bin), "out"));
        GstAppSinkCallbacks callbacks{};
        callbacks.new_sample = track == Track::Video ? &Session::onPicture : &Session::onSound;
        gst_app_sink_set_callbacks(GST_APP_SINK(out.get()), &callbacks, s, nullptr);
        if (track == Track::Audio)
            s->soundBranch.store(bin); // owned by the pipeline from here
        gst_bin_add(GST_BIN(s->root), bin);
        gst_element_sync_state_with_parent(bin);
        GstPad *sink = gst_element_get_static_pad(bin, "sink");
        if (gst_pad_link(pad, sink) != GST_PAD_LINK_OK)
            qCWarning(lcMedia).noquote() << "camera stream not linked:" << described;
        gst_object_unref(sink);
    }

    static GstFlowReturn onPicture(GstAppSink *appsink, gpointer data)
    {
        return pull(appsink, static_cast<Session *>(data), Track::Video);
    }
    static GstFlowReturn onSound(GstAppSink *appsink, gpointer data)
    {
        return pull(appsink, static_cast<Session *>(data), Track::Audio);
    }
    static GstFlowReturn pull(GstAppSink *appsink, Session *s, Track track)
    {
        if (GstSample *sample = gst_app_sink_pull_sample(appsink)) {
            if (!s->retired.load())
                s->deliver(track, sample);
            gst_sample_unref(sample);
        }
        return GST_FLOW_OK;
    }

    void dropCache()
    {
        for (GstSample *sample : sinceKeyframe)
            gst_sample_unref(sample);
        sinceKeyframe.clear();
        cachedBytes = 0;
    }

    void clear()
    {
        QMutexLocker lock(&mutex);
        for (const Sink &sink : sinks)
            gst_object_unref(sink.appsrc);
        sinks.clear();
        dropCache();
        caching = false;
    }

    // On a streaming thread: keeps what a late consumer needs and hands the sample on.
    void deliver(Track track, GstSample *sample)
    {
        lastDataMs.store(QDateTime::currentMSecsSinceEpoch());
        // A buffer without a time (header data a parser handed on apart from its picture)
        // gets its picture's time: recorders keep their groups of pictures in order
        // (splitmuxsink refuses untimed ones).
        GstSample *timed = nullptr;
        if (track == Track::Video) {
            GstBuffer *buffer = gst_sample_get_buffer(sample);
            if (buffer && GST_BUFFER_PTS_IS_VALID(buffer)) {
                lastVideoPts = GST_BUFFER_PTS(buffer);
            } else if (buffer && GST_CLOCK_TIME_IS_VALID(lastVideoPts)) {
                GstBuffer *copy = gst_buffer_copy(buffer); // the memory is shared, not copied
                GST_BUFFER_PTS(copy) = lastVideoPts;
                timed = gst_sample_new(copy, gst_sample_get_caps(sample),
                                       gst_sample_get_segment(sample), nullptr);
                gst_buffer_unref(copy);
                sample = timed;
            }
        }
        {
            QMutexLocker lock(&mutex);
            GstBuffer *buffer = gst_sample_get_buffer(sample);
            const bool keyframe =
                buffer && !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
            if (track == Track::Video) {
                const qint64 size = buffer ? qint64(gst_buffer_get_size(buffer)) : 0;
                if (keyframe) {
                    dropCache();
                    caching = true;
                }
                if (caching && cachedBytes + size > cacheLimit) {
                    dropCache(); // a group of pictures this long is not kept
                    caching = false;
                }
                if (caching) {
                    sinceKeyframe.push_back(gst_sample_ref(sample));
                    cachedBytes += size;
                }
            }
            for (Sink &sink : sinks) {
                if (sink.track != track)
                    continue;
                if (sink.waitingForKeyframe && !keyframe)
                    continue;
                sink.waitingForKeyframe = false;
                gst_app_src_push_sample(GST_APP_SRC(sink.appsrc), sample);
            }
        }
        if (timed)
            gst_sample_unref(timed);
        if (!announced.exchange(true)) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [owner = owner, generation = generation] {
                    if (owner)
                        owner->onFirstData(generation);
                },
                Qt::QueuedConnection);
        }
    }
};

CameraFeed::CameraFeed(const QUrl &url, QObject *parent)
    : CameraFeed(url, Options{}, parent)
{}

CameraFeed::CameraFeed(const QUrl &url, const Options &options, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_options(options)
    , m_backoffMs(options.firstBackoffMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CameraFeed::openPipeline);
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &CameraFeed::checkProgress);
    openPipeline();
}

CameraFeed::~CameraFeed()
{
    closePipeline();
}

std::shared_ptr<CameraFeed> CameraFeed::share(const QUrl &url, const Options &options)
{
    return std::shared_ptr<CameraFeed>(new CameraFeed(url, options), [](CameraFeed *feed) {
        feed->m_retry.stop();
        feed->m_watchdog.stop();
        feed->closePipeline();
        feed->disconnect();
        feed->deleteLater();
    });
}

std::shared_ptr<CameraFeed> CameraFeed::share(const QUrl &url)
{
    return share(url, Options{});
}

bool CameraFeed::canShare(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"rtsp"_s || url.scheme() == u"rtsps"_s);
}

void CameraFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CameraFeed::openPipeline()
{
    closePipeline();
    if (!Gst::ensureInitialized()) {
        m_lastError = tr("The media engine (GStreamer) is not available.");
        setState(State::Stopped);
        return;
    }
    if (!canShare(m_url)) {
        m_lastError = tr("This address is not a live camera (rtsp://): %1")
                          .arg(m_url.toString(QUrl::RemoveUserInfo));
        setState(State::Stopped);
        return;
    }
    setState(m_reconnects > 0 ? State::Reconnecting : State::Connecting);
    m_attemptStartedMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 generation = ++m_generation;
    m_watchdog.start();
    // A newer attempt or a stop meanwhile makes the parsed pipeline stale; it is then
    // released.
    Gst::parseInBackground(
        this, feedDescription(m_url, m_options),
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

void CameraFeed::attachPipeline(GstElement *built)
{
    if (!GST_IS_PIPELINE(built)) { // one element parses to itself: it goes into a pipeline
        GstElement *pipeline = gst_pipeline_new(nullptr);
        gst_bin_add(GST_BIN(pipeline), built);
        built = pipeline;
    }
    auto session = std::make_shared<Session>();
    session->pipeline = Gst::ElementPtr(built);
    session->root = built;
    session->owner = this;
    session->generation = m_generation.load();
    session->cacheLimit = m_options.keyframeCacheBytes;
    m_current = session;
    GstElement *pipeline = session->pipeline.get();
    Gst::ElementPtr camera(gst_bin_get_by_name(GST_BIN(pipeline), "camera"));
    g_signal_connect(camera.get(), "pad-added", G_CALLBACK(&Session::onStream), session.get());

    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) -> GstBusSyncReply {
            auto *s = static_cast<Session *>(data);
            if (s->retired.load())
                return GST_BUS_DROP;
            const GstMessageType type = GST_MESSAGE_TYPE(message);
            if (type != GST_MESSAGE_ERROR && type != GST_MESSAGE_EOS)
                return GST_BUS_DROP;
            GstElement *sound = s->soundBranch.load();
            const bool soundOnly =
                type == GST_MESSAGE_ERROR && sound &&
                (GST_MESSAGE_SRC(message) == GST_OBJECT(sound) ||
                 gst_object_has_as_ancestor(GST_MESSAGE_SRC(message), GST_OBJECT(sound)));
            const QString reason = type == GST_MESSAGE_ERROR ? Gst::errorText(message)
                                                             : CameraFeed::tr("the stream ended");
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [owner = s->owner, generation = s->generation, reason, soundOnly] {
                    CameraFeed *self = owner.data();
                    if (!self || generation != self->m_generation.load())
                        return;
                    if (soundOnly) {
                        // The picture goes on; the sound is said to be unusable.
                        self->m_soundProblem = reason;
                        qCInfo(lcMedia).noquote() << self->m_url.toString(QUrl::RemoveUserInfo)
                                                  << "sound unusable:" << reason;
                        return;
                    }
                    self->fail(reason);
                },
                Qt::QueuedConnection);
            return GST_BUS_DROP;
        },
        session.get(), nullptr);
    gst_object_unref(bus);

    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        fail(tr("The stream cannot start."));
}

void CameraFeed::closePipeline()
{
    ++m_generation; // late messages of this pipeline, or of one being built, are ignored
    if (!m_current)
        return;
    m_current->retired = true;
    m_current->clear();
    // Stopping can block (a camera that vanished mid-teardown): on a background thread,
    // which keeps the callbacks' data alive until the pipeline has stopped.
    Gst::ElementPtr pipeline = std::move(m_current->pipeline);
    Gst::retire(std::move(pipeline), m_current);
    m_current.reset();
}

void CameraFeed::onFirstData(quint64 generation)
{
    if (generation != m_generation.load() || !m_current)
        return;
    m_session = generation;
    m_backoffMs = m_options.firstBackoffMs;
    m_lastError.clear();
    setState(State::Playing);
    Q_EMIT sessionStarted();
}

void CameraFeed::fail(const QString &reason)
{
    closePipeline();
    m_watchdog.stop();
    m_lastError = reason;
    ++m_reconnects;
    Gst::logRetry(m_url, reason, m_state == State::Reconnecting, m_backoffMs);
    setState(State::Reconnecting);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    Q_EMIT sessionEnded(reason);
}

void CameraFeed::checkProgress()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 last = m_current ? m_current->lastDataMs.load() : 0;
    if (m_state == State::Playing && last > 0 && now - last > m_options.stallTimeoutMs)
        fail(tr("no data for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
    else if (m_state != State::Playing && last == 0 &&
             now - m_attemptStartedMs > m_options.connectTimeoutMs)
        fail(tr("the camera does not answer"));
}

bool CameraFeed::synchronize(GstElement *consumer) const
{
    if (m_state != State::Playing || !m_current || !m_current->pipeline ||
        !GST_IS_PIPELINE(consumer))
        return false;
    GstElement *pipeline = m_current->pipeline.get();
    GstClock *clock = gst_element_get_clock(pipeline);
    if (!clock)
        return false;
    // The same clock and base time: a buffer's time is the same running time in the
    // consumer as in the feed, so sinks that keep time (sound) and recordings that turn it
    // into wall-clock time read it right.
    gst_pipeline_use_clock(GST_PIPELINE(consumer), clock);
    gst_element_set_start_time(consumer, GST_CLOCK_TIME_NONE);
    gst_element_set_base_time(consumer, gst_element_get_base_time(pipeline));
    gst_object_unref(clock);
    return true;
}

bool CameraFeed::attach(Track track, GstElement *appsrc, quint64 session)
{
    if (!appsrc || !GST_IS_APP_SRC(appsrc) || session == 0 || session != this->session() ||
        !m_current)
        return false;
    QMutexLocker lock(&m_current->mutex);
    if (track == Track::Video) {
        for (GstSample *sample : m_current->sinceKeyframe)
            gst_app_src_push_sample(GST_APP_SRC(appsrc), sample);
    }
    // A consumer given the pictures since a key frame (or the sound, which has none) goes on
    // from here; otherwise it waits for the next key frame.
    const bool waiting = track == Track::Video && m_current->sinceKeyframe.empty();
    m_current->sinks.push_back({track, GST_ELEMENT(gst_object_ref(appsrc)), waiting});
    return true;
}

void CameraFeed::detach(GstElement *appsrc)
{
    if (!m_current || !appsrc)
        return;
    QMutexLocker lock(&m_current->mutex);
    auto &sinks = m_current->sinks;
    for (auto it = sinks.begin(); it != sinks.end();) {
        if (it->appsrc == appsrc) {
            gst_object_unref(it->appsrc);
            it = sinks.erase(it);
        } else {
            ++it;
        }
    }
}

int CameraFeed::picturesSinceKeyframe() const
{
    if (!m_current)
        return 0;
    QMutexLocker lock(&m_current->mutex);
    return int(m_current->sinceKeyframe.size());
}

int CameraFeed::consumers() const
{
    if (!m_current)
        return 0;
    QMutexLocker lock(&m_current->mutex);
    return int(m_current->sinks.size());
}

} // namespace Jiandu
