#include "chime.h"

#include "gstreamer.h"

#include <QLoggingCategory>
#include <gst/gst.h>
#include <pthread.h>
#include <system_error>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChime, "jiandu.media.chime")

namespace Jiandu {

namespace {

//! Plays the tone to its end (or until \a stop), then closes the output.
void playTone(const std::atomic_bool &stop)
{
    if (!Gst::ensureInitialized())
        return;
    auto pipeline = Gst::parsePipeline(u"audiotestsrc wave=sine freq=988 volume=0.4 num-buffers=9 "
                                       "samplesperbuffer=1024 ! audio/x-raw,rate=44100 ! "
                                       "audioconvert ! autoaudiosink"_s);
    if (!pipeline) {
        qCInfo(lcChime) << "no alert sound:" << pipeline.error().text();
        return;
    }
    if (gst_element_set_state(pipeline->get(), GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        qCInfo(lcChime) << "no alert sound: the sound output cannot be opened";
        gst_element_set_state(pipeline->get(), GST_STATE_NULL);
        return;
    }
    GstBus *bus = gst_element_get_bus(pipeline->get());
    // The tone lasts a fifth of a second; a stalled output is given two.
    for (int waited = 0; waited < 20 && !stop; ++waited) {
        GstMessage *done = gst_bus_timed_pop_filtered(
            bus, 100 * GST_MSECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        if (done) {
            gst_message_unref(done);
            break;
        }
    }
    gst_object_unref(bus);
    gst_element_set_state(pipeline->get(), GST_STATE_NULL);
}

} // namespace

Chime::Chime() = default;

Chime::~Chime()
{
    m_stop = true;
    join();
}

void Chime::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool Chime::isPlaying() const
{
    return m_playing;
}

void Chime::play()
{
    // One at a time, all of it off the calling thread: opening a sound device can take long.
    if (m_playing)
        return;
    join(); // the last tone's thread, finished: its last steps may still be running
    m_playing = true;
    try {
        m_thread = std::thread([this] {
            playTone(m_stop);
            m_playing = false;
        });
    } catch (const std::system_error &e) { // no thread to be had: silent, not stuck
        m_playing = false;
        qCWarning(lcChime) << "no alert sound:" << e.what();
        return;
    }
    ::pthread_setname_np(m_thread.native_handle(), "chime");
}

} // namespace Jiandu
