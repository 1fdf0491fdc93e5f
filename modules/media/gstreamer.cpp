#include "gstreamer.h"

#include <QLoggingCategory>
#include <QThreadPool>
#include <gst/gst.h>

Q_LOGGING_CATEGORY(lcMedia, "jiandu.media", QtInfoMsg)

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
        // autoaudiosink never tries JACK: on a computer without sound it is what is left
        // after PulseAudio and ALSA, and opening it can block for good (a lock left in
        // /dev/shm by a killed client). Command rooms have no JACK; the fake sink remains.
        if (GstPluginFeature *jack =
                gst_registry_lookup_feature(gst_registry_get(), "jackaudiosink")) {
            gst_plugin_feature_set_rank(jack, GST_RANK_NONE);
            gst_object_unref(jack);
        }
        return true;
    }();
    return ok;
}

QString errorText(GstMessage *message)
{
    GError *error = nullptr;
    gchar *debug = nullptr;
    gst_message_parse_error(message, &error, &debug);
    const QString text = QString::fromUtf8(error ? error->message : "unknown error");
    qCDebug(lcMedia) << "pipeline error:" << text << debug;
    g_clear_error(&error);
    g_free(debug);
    return text;
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
    // One thread, in order; its pool is waited for at exit (static destruction).
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    pool.setExpiryTimeout(-1);
    GstElement *element = pipeline.release();
    pool.start([element, keepAlive = std::move(keepAlive)]() mutable {
        gst_element_set_state(element, GST_STATE_NULL);
        gst_object_unref(element);
        keepAlive.reset();
    });
}

void ElementDeleter::operator()(GstElement *element) const
{
    if (element)
        gst_object_unref(element);
}

} // namespace Jiandu::Gst
