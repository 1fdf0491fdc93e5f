#pragma once

#include "mediaexport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! Stills of a camera or a recording for analysis (camera health, people counts): a frame
//! every intervalMs of the source's own time, scaled to at most maxWidth (aspect kept, square
//! pixels) as packed 8-bit BGR. Blocking: call it on a worker thread.
class JIANDU_MEDIA_EXPORT FrameSampler
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::FrameSampler)

public:
    struct Frame
    {
        QByteArray bgr; //!< width * height * 3 bytes, rows packed
        int width = 0;
        int height = 0;
        qint64 ptsMs = 0; //!< the frame's time in the source, from its first frame
    };
    struct Options
    {
        int count = 5;
        int intervalMs = 1000;
        int maxWidth = 640;
        int timeoutMs = 20000; //!< for the whole sampling
        //! Decode key frames only (a live camera: a few milliseconds a frame instead of
        //! decoding every one); the interval is then at least the stream's key-frame interval.
        bool keyframesOnly = false;
        std::function<bool()> cancelled;
    };
    struct Sampled
    {
        QList<Frame> frames;
        //! Why fewer frames than asked for came (the stream ended, failed or went silent);
        //! empty when all came.
        QString shortBecause;
        //! The source failed or ended (not only ran out of time) before all came.
        bool broke = false;
    };
    //! Frames of \a source (an rtsp://, http:// or file:// address, or a file's path). An error
    //! with the reason in words when not one frame came: the camera cannot be reached, the file
    //! is not a video, nothing came within the timeout, or it was cancelled.
    static Result<Sampled> sample(const QString &source, const Options &options);
};

} // namespace Jiandu
