#include "framestamp.h"

#include <algorithm>

namespace Jiandu {

namespace {
// The code spans the full width: block width = width / kBlocks, height = one block width.
constexpr uint8_t kDark = 16;
constexpr uint8_t kLight = 235;
} // namespace

void FrameStamp::write(uint8_t *luma, int stride, int width, int height, qint64 timeMs)
{
    const int rows = width / kBlocks;
    if (rows < 2 || height < rows)
        return;
    for (int b = 0; b < kBlocks; ++b) {
        // Block b spans [b·w/n, (b+1)·w/n): the code covers the whole width at any scale.
        const int left = b * width / kBlocks;
        const int right = (b + 1) * width / kBlocks;
        bool light;
        if (b == 0)
            light = true; // start
        else if (b == kBlocks - 1)
            light = false; // stop
        else
            light = (timeMs >> (kBits - b)) & 1;
        for (int y = 0; y < rows; ++y)
            std::fill_n(luma + y * stride + left, right - left, light ? kLight : kDark);
    }
}

qint64 FrameStamp::read(const QImage &frame)
{
    if (frame.isNull())
        return -1;
    const double block = double(frame.width()) / kBlocks;
    if (block < 1.5)
        return -1;
    const auto bright = [&](int b) {
        const QRgb p = frame.pixel(int((b + 0.5) * block), int(block / 2));
        return qGray(p) > 128;
    };
    if (!bright(0) || bright(kBlocks - 1))
        return -1;
    qint64 value = 0;
    for (int b = 1; b <= kBits; ++b)
        value = (value << 1) | (bright(b) ? 1 : 0);
    return value;
}

} // namespace Jiandu
