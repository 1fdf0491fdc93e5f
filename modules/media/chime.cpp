#include "chime.h"

#include "gstreamer.h"

#include <QLoggingCategory>
#include <QThread>
#include <atomic>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChime, "jiandu.media.chime")

namespace Jiandu {

namespace {

std::atomic_bool playing{false};

} // namespace

void Chime::play()
{
    // One at a time, all of it off the calling thread: opening a sound device can take long.
    if (playing.exchange(true))
        return;
    auto *thread = QThread::create([] {
        if (Gst::ensureInitialized()) {
            auto pipeline = Gst::parsePipeline(
                u"audiotestsrc wave=sine freq=988 volume=0.4 num-buffers=9 "
                "samplesperbuffer=1024 ! audio/x-raw,rate=44100 ! audioconvert ! "
                "autoaudiosink"_s);
            if (!pipeline) {
                qCInfo(lcChime) << "no alert sound:" << pipeline.error().text();
            } else if (gst_element_set_state(pipeline->get(), GST_STATE_PLAYING) ==
                       GST_STATE_CHANGE_FAILURE) {
                qCInfo(lcChime) << "no alert sound: the sound output cannot be opened";
                gst_element_set_state(pipeline->get(), GST_STATE_NULL);
            } else {
                GstBus *bus = gst_element_get_bus(pipeline->get());
                GstMessage *done = gst_bus_timed_pop_filtered(
                    bus, 2 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
                if (done)
                    gst_message_unref(done);
                gst_object_unref(bus);
                gst_element_set_state(pipeline->get(), GST_STATE_NULL);
            }
        }
        playing = false;
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Jiandu
