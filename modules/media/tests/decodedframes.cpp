#include "decodedframes.h"

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <media/framestamp.h>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Testing {

QList<DecodedFrame> decodeAll(const QString &path, bool keepPictures)
{
    QList<DecodedFrame> frames;
    auto pipeline = Gst::parsePipeline(
        u"filesrc location=\"%1\" ! parsebin name=parse ! avdec_h264 ! videoconvert "
        "! video/x-raw,format=GRAY8 ! appsink name=sink sync=false"_s.arg(path));
    if (!pipeline)
        return frames;
    GstAppSink *sink = GST_APP_SINK(gst_bin_get_by_name(GST_BIN(pipeline->get()), "sink"));
    gst_element_set_state(pipeline->get(), GST_STATE_PLAYING);
    while (GstSample *sample = gst_app_sink_try_pull_sample(sink, 20 * GST_SECOND)) {
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstStructure *s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        int width = 0;
        int height = 0;
        gst_structure_get_int(s, "width", &width);
        gst_structure_get_int(s, "height", &height);
        GstMapInfo map;
        gst_buffer_map(buffer, &map, GST_MAP_READ);
        const QImage view(map.data, width, height, int(map.size) / height,
                          QImage::Format_Grayscale8);
        frames.append({qint64(GST_BUFFER_PTS(buffer)), FrameStamp::read(view),
                       !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT),
                       keepPictures ? view.copy() : QImage()});
        gst_buffer_unmap(buffer, &map);
        gst_sample_unref(sample);
    }
    gst_object_unref(sink);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
    return frames;
}

} // namespace Jiandu::Testing
