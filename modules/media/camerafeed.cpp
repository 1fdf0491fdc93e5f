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
    GstElement *soundBranch = nullptr; // inside pipeline: errors there cost the sound only
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
        // parsebin hands a key frame's trailing header data on as a buffer of its own without
        // a time; it belongs to that picture. Given the picture's time, recorders keep their
        // groups of pictures in order (splitmuxsink refuses untimed ones).
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

namespace {

QString feedDescription(const QUrl &url, const CameraFeed::Options &o)
{
    // Parsed, never decoded here: each consumer decodes (or writes) what it needs. TCP:
    // loss-free through firewalls and NAT; the jitter buffer is kept short.
    return u"rtspsrc name=camera location=%1 latency=%2 protocols=tcp tcp-timeout=5000000 "
           "camera. ! application/x-rtp,media=video ! parsebin ! "
           "appsink name=picture sync=false async=false "
           "camera. ! application/x-rtp,media=audio ! parsebin name=soundparse ! "
           "appsink name=sound sync=false async=false"_s.arg(
               Gst::quoted(url.toString(QUrl::FullyEncoded)), QString::number(o.latencyMs));
}

} // namespace

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
    auto session = std::make_shared<Session>();
    session->pipeline = Gst::ElementPtr(built);
    session->owner = this;
    session->generation = m_generation.load();
    session->cacheLimit = m_options.keyframeCacheBytes;
    m_current = session;
    GstElement *pipeline = session->pipeline.get();
    {
        Gst::ElementPtr branch(gst_bin_get_by_name(GST_BIN(pipeline), "soundparse"));
        session->soundBranch = branch.get(); // owned by the pipeline
    }

    const auto connectSink = [&](const char *name,
                                 GstFlowReturn (*onSample)(GstAppSink *, gpointer)) {
        Gst::ElementPtr sink(gst_bin_get_by_name(GST_BIN(pipeline), name));
        GstAppSinkCallbacks callbacks{};
        callbacks.new_sample = onSample;
        gst_app_sink_set_callbacks(GST_APP_SINK(sink.get()), &callbacks, session.get(), nullptr);
    };
    connectSink("picture", [](GstAppSink *appsink, gpointer data) -> GstFlowReturn {
        auto *s = static_cast<Session *>(data);
        if (GstSample *sample = gst_app_sink_pull_sample(appsink)) {
            if (!s->retired.load())
                s->deliver(Track::Video, sample);
            gst_sample_unref(sample);
        }
        return GST_FLOW_OK;
    });
    connectSink("sound", [](GstAppSink *appsink, gpointer data) -> GstFlowReturn {
        auto *s = static_cast<Session *>(data);
        if (GstSample *sample = gst_app_sink_pull_sample(appsink)) {
            if (!s->retired.load())
                s->deliver(Track::Audio, sample);
            gst_sample_unref(sample);
        }
        return GST_FLOW_OK;
    });

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
            const bool soundOnly =
                type == GST_MESSAGE_ERROR && s->soundBranch &&
                (GST_MESSAGE_SRC(message) == GST_OBJECT(s->soundBranch) ||
                 gst_object_has_as_ancestor(GST_MESSAGE_SRC(message), GST_OBJECT(s->soundBranch)));
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

bool CameraFeed::attach(Track track, GstElement *appsrc, quint64 session, Start start)
{
    if (!appsrc || !GST_IS_APP_SRC(appsrc) || session == 0 || session != this->session() ||
        !m_current)
        return false;
    QMutexLocker lock(&m_current->mutex);
    const bool fromCache = track == Track::Video && start == Start::LastKeyframe;
    if (fromCache) {
        for (GstSample *sample : m_current->sinceKeyframe)
            gst_app_src_push_sample(GST_APP_SRC(appsrc), sample);
    }
    // A consumer given the cache (or the sound, which has no key frames) goes on from here;
    // otherwise it waits for a key frame.
    const bool waiting = track == Track::Video && !(fromCache && !m_current->sinceKeyframe.empty());
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
