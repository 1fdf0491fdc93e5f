#pragma once

#include "mediaexport.h"

#include <atomic>
#include <thread>

namespace Jiandu {

//! A short attention tone on the default sound output (alerts). play() returns at once: the
//! tone is played on a thread of the chime's own, one at a time; a workstation without a sound
//! device stays silent and says so in the log. Destroying the chime stops a tone still
//! playing and joins its thread (a system thread, joined to its end, not only to the end of its
//! work), so nothing of the sound output outlives its owner (a
//! sound library's threads still running while the process exits crash it).
class JIANDU_MEDIA_EXPORT Chime
{
public:
    Chime();
    ~Chime();
    Chime(const Chime &) = delete;
    Chime &operator=(const Chime &) = delete;

    //! From the thread that owns the chime (the notifier's), never from several at once.
    void play();
    //! Whether a tone is being played (or its output opened).
    bool isPlaying() const;

private:
    void join();

    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_playing{false};
};

} // namespace Jiandu
