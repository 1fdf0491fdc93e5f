#include "chime.h"

#include "gstreamer.h"

#include <QLoggingCategory>
#include <QThread>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChime, "jiandu.media.chime")

namespace Jiandu {

void Chime::play()
{
    if (!Gst::ensureInitialized())
        return;
    // Two tones, 0.2 s each; the pipeline ends by itself and is dropped in the background.
    auto pipeline = Gst::parsePipeline(
        u"audiotestsrc wave=sine freq=988 volume=0.4 num-buffers=9 samplesperbuffer=1024 ! "
        "audio/x-raw,rate=44100 ! audioconvert ! autoaudiosink"_s);
    if (!pipeline) {
        qCInfo(lcChime) << "no alert sound:" << pipeline.error().text();
        return;
    }
    if (gst_element_set_state(pipeline->get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        qCInfo(lcChime) << "no alert sound: the sound output cannot be opened";
    auto *thread = QThread::create(
        [p = std::make_shared<Gst::ElementPtr>(std::move(pipeline).value())]() mutable {
            GstBus *bus = gst_element_get_bus(p->get());
            GstMessage *done = gst_bus_timed_pop_filtered(
                bus, 2 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
            if (done)
                gst_message_unref(done);
            gst_object_unref(bus);
            Gst::retire(std::move(*p));
        });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Jiandu
