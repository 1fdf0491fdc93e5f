#include "gstreamer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>

Q_LOGGING_CATEGORY(lcMedia, "jiandu.media", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu::Gst {

bool ensureInitialized()
{
    static const bool ok = [] {
        GError *error = nullptr;
        if (!gst_init_check(nullptr, nullptr, &error)) {
            qCCritical(lcMedia) << "GStreamer cannot start:" << (error ? error->message : "");
            g_clear_error(&error);
            return false;
        }
        qCInfo(lcMedia) << "media engine:" << gst_version_string();
        // autoaudiosink never tries JACK or OpenAL: on a computer without sound they are
        // what is left after PulseAudio and ALSA. Opening JACK can block for good (a lock left
        // in /dev/shm by a killed client); with OpenAL, alert tones opened and closed in turn
        // left the heap corrupted (found by a pipeline thread's exit) and its mixer thread
        // could outlive the pipeline at exit. Command
        // rooms sound through PulseAudio (or PipeWire) or ALSA; without them the tone is
        // silent.
        for (const char *sink : {"jackaudiosink", "openalsink"}) {
            if (GstPluginFeature *feature = gst_registry_lookup_feature(gst_registry_get(), sink)) {
                gst_plugin_feature_set_rank(feature, GST_RANK_NONE);
                gst_object_unref(feature);
            }
        }
        return true;
    }();
    return ok;
}

QString reasonFor(quint32 domain, int code, const QString &raw)
{
    // The errors cameras and disks give (rtspsrc, decoders, sinks), in the operator's words.
    if (domain == GST_RESOURCE_ERROR) {
        switch (code) {
        case GST_RESOURCE_ERROR_NOT_FOUND:
            return QCoreApplication::translate("Jiandu::Gst",
                                               "the camera has no stream at this address");
        case GST_RESOURCE_ERROR_OPEN_READ:
        case GST_RESOURCE_ERROR_OPEN_READ_WRITE:
            return QCoreApplication::translate("Jiandu::Gst", "the camera cannot be reached");
        case GST_RESOURCE_ERROR_NOT_AUTHORIZED:
            return QCoreApplication::translate("Jiandu::Gst",
                                               "the camera refused the user name or password");
        case GST_RESOURCE_ERROR_READ:
        case GST_RESOURCE_ERROR_SEEK:
        case GST_RESOURCE_ERROR_SYNC:
        case GST_RESOURCE_ERROR_BUSY:
            return QCoreApplication::translate("Jiandu::Gst", "the connection to the camera broke");
        case GST_RESOURCE_ERROR_NO_SPACE_LEFT:
            return QCoreApplication::translate("Jiandu::Gst", "the disk is full");
        case GST_RESOURCE_ERROR_WRITE:
        case GST_RESOURCE_ERROR_OPEN_WRITE:
        case GST_RESOURCE_ERROR_CLOSE:
            return QCoreApplication::translate("Jiandu::Gst", "the file cannot be written");
        default:
            break;
        }
    } else if (domain == GST_STREAM_ERROR) {
        switch (code) {
        case GST_STREAM_ERROR_CODEC_NOT_FOUND:
        case GST_STREAM_ERROR_DECODE:
        case GST_STREAM_ERROR_DEMUX:
        case GST_STREAM_ERROR_FORMAT:
        case GST_STREAM_ERROR_WRONG_TYPE:
        case GST_STREAM_ERROR_TYPE_NOT_FOUND:
        case GST_STREAM_ERROR_NOT_IMPLEMENTED:
            return QCoreApplication::translate("Jiandu::Gst",
                                               "the camera's picture or sound cannot be decoded");
        case GST_STREAM_ERROR_FAILED:
            return QCoreApplication::translate("Jiandu::Gst", "the camera stopped sending");
        default:
            break;
        }
    } else if (domain == GST_CORE_ERROR && code == GST_CORE_ERROR_MISSING_PLUGIN) {
        return QCoreApplication::translate(
            "Jiandu::Gst", "a part of the media engine is missing; reinstall Jiandu");
    }
    return raw.isEmpty()
               ? QCoreApplication::translate("Jiandu::Gst", "the media engine reported an error")
               : raw;
}

QString errorText(GstMessage *message)
{
    GError *error = nullptr;
    gchar *debug = nullptr;
    gst_message_parse_error(message, &error, &debug);
    const QString raw = QString::fromUtf8(error ? error->message : "unknown error");
    const QString reason =
        error ? reasonFor(quint32(error->domain), error->code, raw) : reasonFor(0, 0, raw);
    // GStreamer's own words stay in the log, with the element that said them.
    qCInfo(lcMedia).noquote() << "pipeline error:" << reason << "|" << raw << "|"
                              << (debug ? debug : "");
    g_clear_error(&error);
    g_free(debug);
    return reason;
}

Result<ElementPtr> parsePipeline(const QString &description)
{
    GError *error = nullptr;
    ElementPtr pipeline(gst_parse_launch(description.toUtf8().constData(), &error));
    if (!pipeline || error) {
        const QString reason = QString::fromUtf8(error ? error->message : "unknown error");
        g_clear_error(&error);
        return Error{reason, description};
    }
    return pipeline;
}

void retire(ElementPtr pipeline, std::shared_ptr<void> keepAlive)
{
    if (!pipeline)
        return;
    GstElement *element = pipeline.release();
    auto stop = [element, keepAlive = std::move(keepAlive)]() mutable {
        gst_element_set_state(element, GST_STATE_NULL);
        gst_object_unref(element);
        keepAlive.reset();
    };
    // On the application's pool, which the application waits for when it ends: a pipeline
    // stopped at quit (a camera still connecting) is torn down while logging and everything
    // it reaches still exist, never during static destruction.
    if (QCoreApplication::instance())
        QThreadPool::globalInstance()->start(std::move(stop));
    else
        stop();
}

void ElementDeleter::operator()(GstElement *element) const
{
    if (element)
        gst_object_unref(element);
}

void setCreationTime(GstElement *pipeline, const char *muxer, const QDateTime &at)
{
    GstElement *mux = gst_bin_get_by_name(GST_BIN(pipeline), muxer);
    if (!mux)
        return;
    GDateTime *when = g_date_time_new_from_unix_utc(at.toSecsSinceEpoch());
    g_object_set(mux, "creation-time", when, nullptr);
    g_date_time_unref(when);
    gst_object_unref(mux);
}

Result<void> runToEnd(const QString &description, int timeoutSeconds,
                      const std::function<void(GstElement *)> &prepare)
{
    if (!ensureInitialized())
        return Error{QCoreApplication::translate("Jiandu::Gst",
                                                 "The media engine (GStreamer) is not available."),
                     {}};
    auto pipeline = parsePipeline(description);
    if (!pipeline)
        return pipeline.error();
    if (prepare)
        prepare(pipeline->get());
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline->get());
    GstMessage *message =
        gst_bus_timed_pop_filtered(bus, GstClockTime(timeoutSeconds) * GST_SECOND,
                                   GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    Result<void> result;
    if (!message)
        result =
            Error{QCoreApplication::translate("Jiandu::Gst", "The media engine took too long."),
                  description};
    else if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR)
        result = Error{errorText(message), description};
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    return result;
}

void parseInBackground(QObject *context, const QString &description,
                       std::function<void(Result<ElementPtr>)> done)
{
    QThreadPool::globalInstance()->start(
        [context = QPointer<QObject>(context), description, done = std::move(done)] {
            auto parsed = std::make_shared<Result<ElementPtr>>(parsePipeline(description));
            QCoreApplication *app = QCoreApplication::instance();
            if (!app)
                return; // the application is ending: the pipeline is released here
            QMetaObject::invokeMethod(
                app,
                [context, done, parsed] {
                    if (context)
                        done(std::move(*parsed));
                },
                Qt::QueuedConnection);
        });
}

void logRetry(const QUrl &url, const QString &reason, bool again, int backoffMs)
{
    const QString where = url.toString(QUrl::RemoveUserInfo);
    if (again)
        qCInfo(lcMedia).noquote() << where << "failed again:" << reason << "- retrying in"
                                  << backoffMs << "ms";
    else
        qCWarning(lcMedia).noquote()
            << where << "failed:" << reason << "- retrying in" << backoffMs << "ms";
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString pendingError(GstElement *pipeline)
{
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *message = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
    QString error;
    if (message) {
        error = errorText(message);
        gst_message_unref(message);
    }
    gst_object_unref(bus);
    return error;
}

GstSample *pullSample(GstElement *pipeline, GstAppSink *sink, QString *error)
{
    for (int waited = 0; waited < 300; ++waited) {
        if (GstSample *sample = gst_app_sink_try_pull_sample(sink, 100 * GST_MSECOND))
            return sample;
        *error = pendingError(pipeline);
        if (!error->isEmpty() || gst_app_sink_is_eos(sink))
            return nullptr;
    }
    *error = u"stalled: nothing decoded for 30 s"_s;
    return nullptr;
}

} // namespace Jiandu::Gst
