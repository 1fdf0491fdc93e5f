#include "fileplayer.h"

#include "gstreamer.h"

#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QUrl>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
constexpr qint64 kNsPerMs = 1000000;
}

//! The pipeline and what its threads share with the player: a guarded pointer back, and the
//! newest picture waiting for the UI (one at a time: a busy UI skips, it never queues up).
struct FilePlayer::Pipeline
{
    Gst::ElementPtr playbin;
    QMutex mutex;
    QPointer<FilePlayer> owner;
    std::weak_ptr<Pipeline> self;
    bool framePosted = false;
    QImage frame;
    qint64 frameMs = -1;

    void post(std::function<void(FilePlayer *)> call)
    {
        QMutexLocker lock(&mutex);
        if (!owner)
            return;
        QPointer<FilePlayer> target = owner;
        QMetaObject::invokeMethod(
            owner.data(),
            [target, call] {
                if (target)
                    call(target.data());
            },
            Qt::QueuedConnection);
    }
};

namespace {

//! What an error of a file's playback means, in the reviewer's words (GStreamer's own words
//! go to the log through Gst::errorText).
QString fileErrorText(GstMessage *message)
{
    const QString logged = Gst::errorText(message);
    GError *error = nullptr;
    gst_message_parse_error(message, &error, nullptr);
    QString reason = logged;
    if (error && error->domain == GST_STREAM_ERROR)
        reason = FilePlayer::tr("the recording is damaged or in a format that cannot be played");
    else if (error && error->domain == GST_RESOURCE_ERROR)
        reason = FilePlayer::tr("the file cannot be read");
    if (error)
        g_error_free(error);
    return reason;
}

GstFlowReturn takeSample(GstAppSink *sink, gpointer data, bool preroll)
{
    auto *p = static_cast<FilePlayer::Pipeline *>(data);
    GstSample *sample = preroll ? gst_app_sink_pull_preroll(sink) : gst_app_sink_pull_sample(sink);
    if (!sample)
        return GST_FLOW_OK;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
    int width = 0, height = 0;
    gst_structure_get_int(s, "width", &width);
    gst_structure_get_int(s, "height", &height);
    GstMapInfo map;
    if (width > 0 && height > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        const int stride = int(map.size) / height;
        QImage image = QImage(map.data, width, height, stride, QImage::Format_RGBX8888).copy();
        gst_buffer_unmap(buffer, &map);
        const GstSegment *segment = gst_sample_get_segment(sample);
        const guint64 streamTime =
            gst_segment_to_stream_time(segment, GST_FORMAT_TIME, GST_BUFFER_PTS(buffer));
        const qint64 atMs =
            GST_CLOCK_TIME_IS_VALID(streamTime) ? qint64(streamTime / kNsPerMs) : -1;
        bool post = false;
        {
            QMutexLocker lock(&p->mutex);
            p->frame = std::move(image);
            p->frameMs = atMs;
            post = !p->framePosted && p->owner;
            p->framePosted = true;
        }
        if (post)
            // The pipeline may be retired (freed) before this runs: only a live one is read.
            p->post([weak = p->self](FilePlayer *player) {
                const std::shared_ptr<FilePlayer::Pipeline> alive = weak.lock();
                if (!alive)
                    return;
                QImage image;
                qint64 at = -1;
                {
                    QMutexLocker lock(&alive->mutex);
                    image = std::move(alive->frame);
                    at = alive->frameMs;
                    alive->frame = QImage();
                    alive->framePosted = false;
                }
                if (!image.isNull())
                    Q_EMIT player->frame(image, at);
            });
    }
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

} // namespace

FilePlayer::FilePlayer(QObject *parent)
    : QObject(parent)
{}

FilePlayer::~FilePlayer()
{
    close();
}

void FilePlayer::close()
{
    if (!d)
        return;
    {
        QMutexLocker lock(&d->mutex);
        d->owner = nullptr;
    }
    GstBus *bus = gst_element_get_bus(d->playbin.get());
    gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
    gst_object_unref(bus);
    Gst::retire(std::move(d->playbin), d);
    d.reset();
    m_ready = false;
    m_playing = false;
    m_durationMs = -1;
    Q_EMIT stateChanged();
}

void FilePlayer::open(const QString &path, const Options &options)
{
    close();
    m_path = path;
    m_rate = 1.0;
    m_pendingSeekMs = -1;
    m_lastSeekMs = 0;
    m_recordedAt = {};
    if (!QFileInfo(path).isFile()) {
        QMetaObject::invokeMethod(
            this, [this, path] { onError(tr("%1 is not there or is not a file.").arg(path)); },
            Qt::QueuedConnection);
        return;
    }
    if (!Gst::ensureInitialized()) {
        QMetaObject::invokeMethod(
            this, [this] { onError(tr("The media engine (GStreamer) is not available.")); },
            Qt::QueuedConnection);
        return;
    }
    auto playbin = Gst::ElementPtr(gst_element_factory_make("playbin", nullptr));
    QString videoCaps = u"video/x-raw,format=RGBx"_s;
    if (options.frameSize.isValid())
        videoCaps +=
            u",width=%1,height=%2"_s.arg(options.frameSize.width()).arg(options.frameSize.height());
    GError *error = nullptr;
    GstElement *videoSink = gst_parse_bin_from_description(
        u"videoconvert ! videoscale ! %1 ! appsink name=frames max-buffers=2 drop=true"_s
            .arg(videoCaps)
            .toUtf8()
            .constData(),
        TRUE, &error);
    GstElement *audioSink =
        error
            ? nullptr
            : gst_parse_bin_from_description(options.audioSink.toUtf8().constData(), TRUE, &error);
    GstElement *tempo = gst_element_factory_make("scaletempo", nullptr);
    if (!playbin || !videoSink || !audioSink || !tempo) {
        const QString why = error ? QString::fromUtf8(error->message) : u"missing elements"_s;
        if (error)
            g_error_free(error);
        for (GstElement *e : {videoSink, audioSink, tempo})
            if (e)
                gst_object_unref(e);
        QMetaObject::invokeMethod(
            this, [this, why] { onError(tr("The player cannot be set up: %1").arg(why)); },
            Qt::QueuedConnection);
        return;
    }
    d = std::make_shared<Pipeline>();
    d->self = d;
    d->owner = this;
    g_object_set(playbin.get(), "uri", QUrl::fromLocalFile(path).toEncoded().constData(),
                 "video-sink", videoSink, "audio-sink", audioSink, "audio-filter", tempo, "mute",
                 m_muted ? TRUE : FALSE, nullptr);
    GstElement *frames = gst_bin_get_by_name(GST_BIN(videoSink), "frames");
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = [](GstAppSink *sink, gpointer data) {
        return takeSample(sink, data, false);
    };
    callbacks.new_preroll = [](GstAppSink *sink, gpointer data) {
        return takeSample(sink, data, true);
    };
    gst_app_sink_set_callbacks(GST_APP_SINK(frames), &callbacks, d.get(), nullptr);
    gst_object_unref(frames);

    GstBus *bus = gst_element_get_bus(playbin.get());
    gst_bus_set_sync_handler(
        bus,
        [](GstBus *, GstMessage *message, gpointer data) -> GstBusSyncReply {
            auto *p = static_cast<Pipeline *>(data);
            switch (GST_MESSAGE_TYPE(message)) {
            case GST_MESSAGE_ASYNC_DONE:
                p->post([](FilePlayer *player) { player->onAsyncDone(); });
                break;
            case GST_MESSAGE_EOS:
                p->post([](FilePlayer *player) { player->onEos(); });
                break;
            case GST_MESSAGE_TAG: {
                GstTagList *tags = nullptr;
                gst_message_parse_tag(message, &tags);
                GstDateTime *when = nullptr;
                if (tags && gst_tag_list_get_date_time(tags, GST_TAG_DATE_TIME, &when) && when) {
                    if (gst_date_time_has_second(when)) {
                        GDateTime *g = gst_date_time_to_g_date_time(when);
                        const QDateTime at =
                            g ? QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(g)) : QDateTime();
                        if (g)
                            g_date_time_unref(g);
                        if (at.isValid())
                            p->post([at](FilePlayer *player) { player->onRecordedAt(at); });
                    }
                    gst_date_time_unref(when);
                }
                if (tags)
                    gst_tag_list_unref(tags);
                break;
            }
            case GST_MESSAGE_ERROR: {
                const QString reason = fileErrorText(message);
                p->post([reason](FilePlayer *player) { player->onError(reason); });
                break;
            }
            default:
                break;
            }
            gst_message_unref(message);
            return GST_BUS_DROP;
        },
        d.get(), nullptr);
    gst_object_unref(bus);
    d->playbin = std::move(playbin);
    gst_element_set_state(d->playbin.get(), GST_STATE_PAUSED);
    Q_EMIT stateChanged();
}

bool FilePlayer::isOpen() const
{
    return d && m_ready;
}

void FilePlayer::onAsyncDone()
{
    if (!d)
        return;
    if (!m_ready) {
        gint64 duration = -1;
        if (gst_element_query_duration(d->playbin.get(), GST_FORMAT_TIME, &duration))
            m_durationMs = duration / kNsPerMs;
        gint videos = 0, audios = 0;
        g_object_get(d->playbin.get(), "n-video", &videos, "n-audio", &audios, nullptr);
        m_hasVideo = videos > 0;
        m_hasAudio = audios > 0;
        m_ready = true;
        if (!m_hasVideo && !m_hasAudio) {
            onError(tr("%1 holds neither picture nor sound.").arg(QFileInfo(m_path).fileName()));
            return;
        }
        Q_EMIT opened();
        Q_EMIT stateChanged();
    }
    if (m_pendingSeekMs >= 0) {
        const qint64 ms = m_pendingSeekMs;
        m_pendingSeekMs = -1;
        applySeek(ms);
    }
}

void FilePlayer::onError(const QString &reason)
{
    if (d)
        close();
    Q_EMIT failed(tr("%1: %2").arg(QFileInfo(m_path).fileName(), reason));
}

void FilePlayer::onRecordedAt(const QDateTime &at)
{
    if (m_recordedAt == at)
        return;
    m_recordedAt = at;
    Q_EMIT stateChanged();
}

void FilePlayer::onEos()
{
    m_playing = false;
    if (d)
        gst_element_set_state(d->playbin.get(), GST_STATE_PAUSED);
    Q_EMIT finished();
    Q_EMIT stateChanged();
}

void FilePlayer::play()
{
    if (!d)
        return;
    m_playing = true;
    gst_element_set_state(d->playbin.get(), GST_STATE_PLAYING);
    Q_EMIT stateChanged();
}

void FilePlayer::pause()
{
    if (!d)
        return;
    m_playing = false;
    gst_element_set_state(d->playbin.get(), GST_STATE_PAUSED);
    Q_EMIT stateChanged();
}

void FilePlayer::seek(qint64 ms)
{
    if (!d)
        return;
    ms = std::max<qint64>(0, m_durationMs > 0 ? std::min(ms, m_durationMs) : ms);
    m_lastSeekMs = ms;
    if (!m_ready) {
        m_pendingSeekMs = ms; // once it has opened
        return;
    }
    applySeek(ms);
}

void FilePlayer::applySeek(qint64 ms)
{
    // ACCURATE: to the frame asked for; FLUSH: at once, from wherever it was.
    gst_element_seek(d->playbin.get(), m_rate, GST_FORMAT_TIME,
                     GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE), GST_SEEK_TYPE_SET,
                     ms * kNsPerMs, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
}

void FilePlayer::setRate(double rate)
{
    m_rate = std::clamp(rate, kMinRate, kMaxRate);
    if (d && m_ready)
        applySeek(positionMs());
    Q_EMIT stateChanged();
}

void FilePlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (d)
        g_object_set(d->playbin.get(), "mute", muted ? TRUE : FALSE, nullptr);
}

qint64 FilePlayer::positionMs() const
{
    if (!d || !m_ready)
        return m_lastSeekMs;
    gint64 position = -1;
    if (gst_element_query_position(d->playbin.get(), GST_FORMAT_TIME, &position) && position >= 0)
        return position / kNsPerMs;
    return m_lastSeekMs;
}

} // namespace Jiandu
