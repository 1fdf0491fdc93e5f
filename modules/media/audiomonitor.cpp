#include "audiomonitor.h"

#include "camerafeed.h"
#include "gstreamer.h"

#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

struct AudioMonitor::Pipeline
{
    Gst::ElementPtr pipeline;
};

AudioMonitor::AudioMonitor(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Pipeline>())
{
    m_noSound.setSingleShot(true);
    connect(&m_noSound, &QTimer::timeout, this, [this] {
        if (m_heard)
            return;
        if (m_feed && !m_feed->soundProblem().isEmpty())
            fail(tr("This camera's sound cannot be played here (%1).").arg(m_feed->soundProblem()));
        else
            fail(tr("This camera sends no sound."));
    });
}

AudioMonitor::~AudioMonitor()
{
    stop();
}

void AudioMonitor::start(const QUrl &url, const Options &options)
{
    if (!begin(options))
        return;
    if (url.scheme() != u"rtsp" && url.scheme() != u"rtsps") {
        fail(tr("Sound can only be monitored from a live camera."));
        return;
    }
    openPipeline(u"rtspsrc location=\"%1\" latency=%2 protocols=tcp tcp-timeout=5000000 "
                 "! application/x-rtp,media=audio"_s
                     .arg(url.toString(QUrl::FullyEncoded).replace(u'"', u"%22"_s))
                     .arg(options.latencyMs));
}

void AudioMonitor::start(std::shared_ptr<CameraFeed> feed, const Options &options)
{
    if (!feed || !begin(options))
        return;
    m_feed = std::move(feed);
    m_running = true;
    connect(m_feed.get(), &CameraFeed::sessionStarted, this, &AudioMonitor::openFromFeed);
    // The camera dropped: silent until the feed is back (the picture says why).
    connect(m_feed.get(), &CameraFeed::sessionEnded, this, [this] {
        m_noSound.stop();
        closePipeline();
    });
    openFromFeed();
}

bool AudioMonitor::begin(const Options &options)
{
    stop();
    m_options = options;
    m_lastError.clear();
    m_heard = false;
    if (Gst::ensureInitialized())
        return true;
    fail(tr("The media engine (GStreamer) is not available."));
    return false;
}

void AudioMonitor::openFromFeed()
{
    if (!m_feed || m_feed->state() != CameraFeed::State::Playing)
        return; // sessionStarted opens it
    // The sound sink keeps time: the feed's latency, and some for decoding, is allowed.
    openPipeline(u"appsrc name=feed is-live=true format=time do-timestamp=false "
                 "max-bytes=1048576 leaky-type=downstream min-latency=%1"_s.arg(
                     qint64(m_feed->options().latencyMs + 100) * 1000000));
    if (!d->pipeline)
        return;
    Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "feed"));
    if (!m_feed->attach(CameraFeed::Track::Audio, source.get(), m_feed->session()))
        closePipeline();
}

void AudioMonitor::openPipeline(const QString &head)
{
    closePipeline();
    const QString description = u"%1 ! decodebin ! audioconvert ! audioresample "
                                "! level name=level interval=100000000 post-messages=true "
                                "! volume name=volume mute=%2 ! %3"_s.arg(
                                    head, m_muted ? u"true"_s : u"false"_s, m_options.sink);
    auto parsed = Gst::parsePipeline(description);
    if (!parsed) {
        fail(tr("Sound cannot be set up: %1").arg(parsed.error().message));
        return;
    }
    d->pipeline = std::move(parsed).value();
    const quint64 generation = ++m_generation;
    GstBus *bus = gst_element_get_bus(d->pipeline.get());
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) -> GstBusSyncReply {
            auto *self = static_cast<AudioMonitor *>(data);
            const quint64 generation = self->m_generation.load();
            const GstStructure *s = gst_message_get_structure(message);
            if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ELEMENT && s &&
                gst_structure_has_name(s, "level")) {
                const GValue *peaks = gst_structure_get_value(s, "peak");
                double peak = -100;
                if (peaks && GST_VALUE_HOLDS_ARRAY(peaks) && gst_value_array_get_size(peaks) > 0)
                    peak = g_value_get_double(gst_value_array_get_value(peaks, 0));
                else if (peaks && G_VALUE_HOLDS(peaks, G_TYPE_VALUE_ARRAY)) {
                    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
                    auto *array = static_cast<GValueArray *>(g_value_get_boxed(peaks));
                    if (array && array->n_values > 0)
                        peak = g_value_get_double(g_value_array_get_nth(array, 0));
                    G_GNUC_END_IGNORE_DEPRECATIONS
                }
                QMetaObject::invokeMethod(self, [self, generation, peak] {
                    if (generation == self->m_generation.load())
                        self->onLevel(peak);
                });
            } else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
                const QString reason = Gst::errorText(message);
                QMetaObject::invokeMethod(self, [self, generation, reason] {
                    if (generation != self->m_generation.load())
                        return;
                    self->fail(self->m_heard ? reason
                                             : tr("This camera sends no sound, or cannot be "
                                                  "reached (%1).")
                                                   .arg(reason));
                });
            }
            return GST_BUS_DROP;
        },
        this, nullptr);
    gst_object_unref(bus);
    m_running = true;
    if (m_feed && !m_feed->synchronize(d->pipeline.get())) {
        closePipeline(); // the feed's session ended meanwhile: sessionStarted reopens
        return;
    }
    if (gst_element_set_state(d->pipeline.get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        fail(tr("No sound output is available on this workstation."));
        return;
    }
    if (!m_heard)
        m_noSound.start(m_options.noSoundTimeoutMs);
    (void)generation;
}

void AudioMonitor::closePipeline()
{
    ++m_generation;
    if (!d->pipeline)
        return;
    if (m_feed) {
        Gst::ElementPtr source(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "feed"));
        m_feed->detach(source.get());
    }
    GstBus *bus = gst_element_get_bus(d->pipeline.get());
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
    gst_element_set_state(d->pipeline.get(), GST_STATE_NULL);
    d->pipeline.reset();
}

void AudioMonitor::stop()
{
    m_noSound.stop();
    closePipeline();
    if (m_feed) {
        disconnect(m_feed.get(), nullptr, this, nullptr);
        m_feed.reset();
    }
    m_running = false;
}

void AudioMonitor::setMuted(bool muted)
{
    m_muted = muted;
    if (!d->pipeline)
        return;
    Gst::ElementPtr volume(gst_bin_get_by_name(GST_BIN(d->pipeline.get()), "volume"));
    if (volume)
        g_object_set(volume.get(), "mute", muted ? TRUE : FALSE, nullptr);
}

void AudioMonitor::onLevel(double peakDb)
{
    m_heard = true;
    Q_EMIT levelChanged(peakDb);
}

void AudioMonitor::fail(const QString &reason)
{
    stop();
    m_lastError = reason;
    Q_EMIT failed(reason);
}

} // namespace Jiandu
