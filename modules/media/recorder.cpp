#include "recorder.h"

#include "camerafeed.h"
#include "gstreamer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QStorageInfo>
#include <QThreadPool>
#include <gst/gst.h>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

using namespace Qt::StringLiterals;

namespace Jiandu {

struct Recorder::Pipeline
{
    Gst::ElementPtr pipeline;
};

namespace {

//! Frames that come this long without their time moving on make the stream unrecordable.
constexpr qint64 kTimelessMs = 3000;

QString elementMessageLocation(GstMessage *message)
{
    const GstStructure *s = gst_message_get_structure(message);
    const gchar *location = s ? gst_structure_get_string(s, "location") : nullptr;
    return QString::fromUtf8(location ? location : "");
}

// Wall-clock time (ms) of a fragment message's "running-time": the fragment's first or last
// frame, exact to the stream's timestamps rather than to when the message was handled.
qint64 fragmentWallMs(GstMessage *message, GstElement *pipeline)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    GstClockTime running = GST_CLOCK_TIME_NONE;
    const GstStructure *s = gst_message_get_structure(message);
    GstClock *clock = gst_element_get_clock(pipeline);
    if (!s || !clock || !gst_structure_get_clock_time(s, "running-time", &running)) {
        if (clock)
            gst_object_unref(clock);
        return nowMs;
    }
    const GstClockTime clockNow = gst_clock_get_time(clock);
    gst_object_unref(clock);
    const GstClockTime at = gst_element_get_base_time(pipeline) + running;
    return nowMs - qint64(GST_CLOCK_DIFF(at, clockNow) / GST_MSECOND);
}

bool isFragmentMessage(GstMessage *message, const char *name)
{
    const GstStructure *s = gst_message_get_structure(message);
    return GST_MESSAGE_TYPE(message) == GST_MESSAGE_ELEMENT && s && gst_structure_has_name(s, name);
}

// Writing the recording failed (disk full, file too large, no permission): retrying the
// camera would not help.
bool isWriteError(GstMessage *message)
{
    if (GST_MESSAGE_TYPE(message) != GST_MESSAGE_ERROR)
        return false;
    GError *error = nullptr;
    gst_message_parse_error(message, &error, nullptr);
    const bool write =
        error && error->domain == GST_RESOURCE_ERROR &&
        (error->code == GST_RESOURCE_ERROR_NO_SPACE_LEFT ||
         error->code == GST_RESOURCE_ERROR_WRITE || error->code == GST_RESOURCE_ERROR_OPEN_WRITE);
    g_clear_error(&error);
    return write;
}

// The muxer refused new caps: the camera changed resolution or codec settings mid-stream.
// A segment file holds one format, so the recording restarts in a new segment.
bool isFormatChange(GstMessage *message)
{
    GError *error = nullptr;
    gst_message_parse_error(message, &error, nullptr);
    const bool change =
        error && error->domain == GST_STREAM_ERROR &&
        (error->code == GST_STREAM_ERROR_MUX || error->code == GST_STREAM_ERROR_FORMAT);
    g_clear_error(&error);
    return change;
}

// Sends EOS, which makes splitmuxsink write the segment's index and close the file, and
// waits (up to 3 s) for it: the segments closed, with their wall-clock end.
QList<std::pair<QString, qint64>> finishSegments(GstElement *pipeline)
{
    QList<std::pair<QString, qint64>> closed;
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_element_send_event(pipeline, gst_event_new_eos());
    const auto types = GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR | GST_MESSAGE_ELEMENT);
    while (GstMessage *message = gst_bus_timed_pop_filtered(bus, 3 * GST_SECOND, types)) {
        const GstMessageType type = GST_MESSAGE_TYPE(message);
        if (isFragmentMessage(message, "splitmuxsink-fragment-closed"))
            closed.append({elementMessageLocation(message), fragmentWallMs(message, pipeline)});
        gst_message_unref(message);
        if (type == GST_MESSAGE_EOS || type == GST_MESSAGE_ERROR)
            break;
    }
    gst_object_unref(bus);
    return closed;
}

} // namespace

Recorder::Recorder(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Pipeline>())
{
    qRegisterMetaType<MediaSegment>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Recorder::openPipeline);
    // A camera that vanishes does not always say so: watch the data instead.
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 last = std::max(m_lastDataMs.load(), m_attemptStartedMs);
        const qint64 stuck = m_timeStuckSinceMs.load();
        if (d->pipeline && now - last > m_options.stallTimeoutMs)
            fail(tr("no data for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
        else if (d->pipeline && stuck > 0 && now - stuck > kTimelessMs)
            fail(tr("the camera's frames carry no time that advances (they all have the same "
                    "timestamp), so they cannot be recorded as a playable segment; check the "
                    "camera's encoder settings"));
        else if (m_running && now - m_lastSpaceCheckMs > 5000) {
            m_lastSpaceCheckMs = now;
            if (!enoughFreeSpace())
                stopForStorage(tr("less than %1 MB free").arg(m_options.minFreeBytes >> 20));
        }
    });
}

Recorder::~Recorder()
{
    stop();
}

void Recorder::start(std::shared_ptr<CameraFeed> feed, const Options &options)
{
    stop();
    if (!feed)
        return;
    m_feed = std::move(feed);
    connect(m_feed.get(), &CameraFeed::sessionStarted, this, [this] {
        if (m_running && !d->pipeline)
            openPipeline();
    });
    connect(m_feed.get(), &CameraFeed::sessionEnded, this, [this](const QString &reason) {
        if (!m_running)
            return;
        m_retry.stop();
        m_watchdog.stop();
        closePipeline(false); // what was written stays; the outage shows as a gap
        m_lastError = reason;
        Q_EMIT failed(reason);
    });
    begin(m_feed->url(), options);
}

void Recorder::start(const QUrl &url, const Options &options)
{
    stop();
    begin(url, options);
}

void Recorder::begin(const QUrl &url, const Options &options)
{
    m_url = url;
    m_options = options;
    m_backoffMs = options.firstBackoffMs;
    m_running = true;
    m_lastSpaceCheckMs = QDateTime::currentMSecsSinceEpoch();
    if (!QDir().mkpath(QDir(options.directory).filePath(options.cameraId))) {
        stopForStorage(tr("the folder %1 cannot be created").arg(options.directory));
        return;
    }
    if (!enoughFreeSpace()) {
        stopForStorage(tr("less than %1 MB free").arg(options.minFreeBytes >> 20));
        return;
    }
    openPipeline();
}

void Recorder::stop()
{
    m_retry.stop();
    m_watchdog.stop();
    if (d->pipeline)
        closePipeline(true);
    m_running = false;
    releaseFeed();
}

void Recorder::releaseFeed()
{
    if (!m_feed)
        return;
    if (d->pipeline) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "feed"));
        m_feed->detach(source.get());
    }
    disconnect(m_feed.get(), nullptr, this, nullptr);
    m_feed.reset();
}

void Recorder::stopInBackground()
{
    m_retry.stop();
    m_watchdog.stop();
    m_running = false;
    releaseFeed();
    if (!d->pipeline) {
        Q_EMIT stopped();
        return;
    }
    ++m_generation;
    GstElement *pipeline = d->pipeline.release();
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
    const bool finalize = !m_open.isEmpty();
    QPointer<Recorder> self(this);
    // One thread for every recorder's teardown, in order; waited for at exit.
    static QThreadPool teardown;
    teardown.setMaxThreadCount(1);
    teardown.setExpiryTimeout(-1);
    teardown.start([pipeline, finalize, self] {
        const QList<std::pair<QString, qint64>> closed =
            finalize ? finishSegments(pipeline) : QList<std::pair<QString, qint64>>();
        gst_element_set_state(pipeline, GST_STATE_NULL);
        gst_object_unref(pipeline);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, closed] {
                if (!self)
                    return;
                for (const auto &[path, endMs] : closed)
                    self->onFragmentClosed(path, endMs, true);
                // Whatever was not closed cleanly is kept, marked incomplete.
                const qint64 lastData = self->m_lastDataMs.load();
                for (const QString &path : self->m_open.keys())
                    self->onFragmentClosed(
                        path, lastData > 0 ? lastData : QDateTime::currentMSecsSinceEpoch(), false);
                Q_EMIT self->stopped();
            },
            Qt::QueuedConnection);
    });
}

void Recorder::openPipeline()
{
    if (!Gst::ensureInitialized()) {
        fail(tr("The media engine (GStreamer) is not available."));
        return;
    }
    if (m_feed && m_feed->state() != CameraFeed::State::Playing)
        return; // the shared connection is being made: recording starts when it delivers
    const quint64 feedSession = m_feed ? m_feed->session() : 0;
    const QString splitter =
        u"splitmuxsink name=mux muxer-factory=matroskamux max-size-time=%1"_s.arg(
            qint64(m_options.segmentSeconds) * 1000000000LL);
    // From a feed: its parsed pictures as they come (bounded, should the disk fall behind).
    const QString description =
        m_feed
            ? u"appsrc name=feed is-live=true format=time do-timestamp=false "
              "max-bytes=67108864 leaky-type=downstream ! identity name=parse ! %1"_s.arg(splitter)
            : u"rtspsrc location=\"%1\" latency=%2 protocols=tcp tcp-timeout=5000000 ! "
              "application/x-rtp,media=video ! rtph264depay ! "
              "h264parse name=parse config-interval=-1 ! %3"_s
                  .arg(m_url.toString(QUrl::FullyEncoded).replace(u'"', u"%22"_s))
                  .arg(m_options.latencyMs)
                  .arg(splitter);
    auto parsed = Gst::parsePipeline(description);
    if (!parsed) {
        fail(tr("The recording cannot be set up: %1").arg(parsed.error().message));
        return;
    }
    d->pipeline = std::move(parsed).value();
    GstElement *pipeline = d->pipeline.get();
    m_attemptStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_lastDataMs.store(0);
    m_lastPtsNs.store(-1);
    m_timeStuckSinceMs.store(0);
    Gst::ElementPtr mux(gst_bin_get_by_name(GST_BIN(pipeline), "mux"));
    Gst::ElementPtr parse(gst_bin_get_by_name(GST_BIN(pipeline), "parse"));
    GstPad *parsedOut = gst_element_get_static_pad(parse.get(), "src");
    gst_pad_add_probe(
        parsedOut, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) {
            auto *self = static_cast<Recorder *>(data);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            self->m_lastDataMs.store(now);
            GstBuffer *buffer = gst_pad_probe_info_get_buffer(info);
            const GstClockTime time =
                GST_BUFFER_DTS_IS_VALID(buffer) ? GST_BUFFER_DTS(buffer) : GST_BUFFER_PTS(buffer);
            if (GST_CLOCK_TIME_IS_VALID(time) && qint64(time) > self->m_lastPtsNs.load()) {
                self->m_lastPtsNs.store(qint64(time));
                self->m_timeStuckSinceMs.store(0);
            } else if (self->m_timeStuckSinceMs.load() == 0) {
                self->m_timeStuckSinceMs.store(now);
            }
            if (!GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT)) {
                QMutexLocker lock(&self->m_keyframesMutex);
                self->m_keyframes.append(now);
            }
            return GST_PAD_PROBE_OK;
        },
        this, nullptr);
    gst_object_unref(parsedOut);
    // Each segment is named after the wall-clock time it starts.
    g_signal_connect(mux.get(), "format-location",
                     G_CALLBACK(+[](GstElement *, guint, gpointer data) -> gchar * {
                         auto *self = static_cast<Recorder *>(data);
                         const QString name =
                             QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s) +
                             u".mkv"_s;
                         return g_strdup(QDir(self->m_options.directory)
                                             .filePath(self->m_options.cameraId + u'/' + name)
                                             .toUtf8()
                                             .constData());
                     }),
                     this);

    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) -> GstBusSyncReply {
            auto *self = static_cast<Recorder *>(data);
            const quint64 generation = self->m_generation.load();
            GstElement *pipeline = self->d->pipeline.get();
            if (isFragmentMessage(message, "splitmuxsink-fragment-opened")) {
                const QString path = elementMessageLocation(message);
                const qint64 at = fragmentWallMs(message, pipeline);
                QMetaObject::invokeMethod(self, [self, generation, path, at] {
                    if (generation == self->m_generation.load())
                        self->onFragmentOpened(path, at);
                });
            } else if (isFragmentMessage(message, "splitmuxsink-fragment-closed")) {
                const QString path = elementMessageLocation(message);
                const qint64 at = fragmentWallMs(message, pipeline);
                QMetaObject::invokeMethod(self, [self, generation, path, at] {
                    if (generation == self->m_generation.load())
                        self->onFragmentClosed(path, at, true);
                });
            } else if (isWriteError(message)) {
                const QString reason = Gst::errorText(message);
                QMetaObject::invokeMethod(self, [self, generation, reason] {
                    if (generation == self->m_generation.load())
                        self->stopForStorage(reason);
                });
            } else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR ||
                       GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS) {
                const QString reason =
                    GST_MESSAGE_TYPE(message) != GST_MESSAGE_ERROR
                        ? Recorder::tr("the stream ended")
                    : isFormatChange(message)
                        ? Recorder::tr("the camera changed its picture format (e.g. its "
                                       "resolution); recording goes on in a new segment")
                        : Gst::errorText(message);
                QMetaObject::invokeMethod(self, [self, generation, reason] {
                    if (generation == self->m_generation.load())
                        self->fail(reason);
                });
            }
            return GST_BUS_DROP;
        },
        this, nullptr);
    gst_object_unref(bus);
    if (m_feed && !m_feed->synchronize(pipeline)) {
        closePipeline(false); // the feed's session ended meanwhile: sessionStarted reopens
        return;
    }
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        fail(tr("The recording cannot start."));
        return;
    }
    if (m_feed) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(pipeline), "feed"));
        // From the last key frame: the recording begins up to a group of pictures before it
        // was asked for, with a picture that decodes on its own.
        if (!m_feed->attach(CameraFeed::Track::Video, source.get(), feedSession)) {
            closePipeline(false);
            return;
        }
    }
    m_watchdog.start();
}

void Recorder::closePipeline(bool finalize)
{
    if (!d->pipeline)
        return;
    ++m_generation;
    GstElement *pipeline = d->pipeline.get();
    if (m_feed) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(pipeline), "feed"));
        m_feed->detach(source.get());
    }
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    if (finalize && !m_open.isEmpty()) {
        for (const auto &[path, endMs] : finishSegments(pipeline))
            onFragmentClosed(path, endMs, true);
    }
    gst_element_set_state(pipeline, GST_STATE_NULL);
    // Whatever was not closed cleanly is kept, marked incomplete, ending at its last data.
    const qint64 lastData = m_lastDataMs.load();
    for (const QString &path : m_open.keys())
        onFragmentClosed(path, lastData > 0 ? lastData : QDateTime::currentMSecsSinceEpoch(),
                         false);
    gst_object_unref(bus);
    d->pipeline.reset();
}

void Recorder::onFragmentOpened(const QString &path, qint64 startMs)
{
    m_open.insert(path, startMs);
    m_backoffMs = m_options.firstBackoffMs;
}

void Recorder::onFragmentClosed(const QString &path, qint64 endMs, bool complete)
{
    if (!m_open.contains(path))
        return;
    const qint64 startMs = m_open.take(path);
    // Its keyframes: those that arrived from its start until the one that began the next
    // segment (segments are cut at keyframes).
    QList<qint32> keyframes;
    {
        QMutexLocker lock(&m_keyframesMutex);
        for (qint64 at : std::as_const(m_keyframes)) {
            if (at >= startMs - 100 && at < endMs - 20)
                keyframes.append(qint32(std::max<qint64>(0, at - startMs)));
        }
        m_keyframes.removeIf([&](qint64 at) { return at < endMs - 20; });
    }
    // Complete only if its footage has a length and its time moved on to the end: frames
    // that all carry one time make a file no player can seek in.
    const bool playable =
        complete && endMs > startMs && !keyframes.isEmpty() && m_timeStuckSinceMs.load() == 0;
    Q_EMIT segmentClosed({m_options.cameraId, startMs, std::max(startMs, endMs), path,
                          QFileInfo(path).size(), playable, keyframes});
}

void Recorder::stopForStorage(const QString &reason)
{
    m_watchdog.stop();
    m_retry.stop();
    closePipeline(false); // nothing more can be written; what was written stays
    m_running = false;
    m_lastError = tr("Recording stopped: the disk for recordings is full or cannot be written "
                     "(%1). Free space or change the recordings folder, then record again.")
                      .arg(reason);
    qCWarning(lcMedia).noquote() << "recording" << m_options.cameraId << "stopped:" << reason;
    Q_EMIT failed(m_lastError);
    Q_EMIT storageFailed(m_lastError);
}

bool Recorder::enoughFreeSpace()
{
    if (m_options.minFreeBytes <= 0)
        return true;
    const QStorageInfo volume(m_options.directory);
    return !volume.isValid() || volume.bytesAvailable() >= m_options.minFreeBytes;
}

void Recorder::fail(const QString &reason)
{
    m_watchdog.stop();
    closePipeline(false); // keeps what was written of the segment in progress
    m_lastError = reason;
    Q_EMIT failed(reason);
    if (!m_running)
        return;
    qCInfo(lcMedia).noquote() << "recording" << m_options.cameraId << "interrupted:" << reason
                              << "- retrying in" << m_backoffMs << "ms";
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
}

} // namespace Jiandu
