#include "gstreamer.h"

#include <QLoggingCategory>
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
        return true;
    }();
    return ok;
}

void ElementDeleter::operator()(GstElement *element) const
{
    if (element)
        gst_object_unref(element);
}

} // namespace Jiandu::Gst
