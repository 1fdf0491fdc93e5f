#pragma once

#include "mediaexport.h"

#include <QImage>
#include <cstdint>

namespace Jiandu {

//! A capture time drawn into a video frame as a row of black and white blocks (48 bits of
//! ms since the epoch, plus a start and a stop block), big enough to survive H.264. The
//! simulator writes it when a frame is made; whoever shows the frame reads it back, so
//! latency is measured at the display, after network, decoding and scaling.
class JIANDU_MEDIA_EXPORT FrameStamp
{
public:
    static constexpr int kBits = 48;
    static constexpr int kBlocks = kBits + 2;

    //! Writes \a timeMs into the luma plane of an I420/NV12 frame (8-bit Y first).
    static void write(uint8_t *luma, int stride, int width, int height, qint64 timeMs);
    //! The stamp in \a frame (any size: the code spans the frame's width), or -1 if none.
    static qint64 read(const QImage &frame);
};

} // namespace Jiandu
