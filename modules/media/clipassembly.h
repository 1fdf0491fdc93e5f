#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <core/mediasegment.h>
#include <core/result.h>
#include <functional>
#include <memory>

// The machinery under ClipExporter: where a segment's frames are, and a writer that joins
// pieces of segments (stream-copied or re-encoded) into one file. Times are wall-clock
// nanoseconds: a segment's first frame is at segment.startMs.
namespace Jiandu::ClipAssembly {

constexpr qint64 kNsPerMs = 1000000;

struct Frame
{
    qint64 wallNs = 0;
    bool keyframe = false;
};

//! Every frame of \a segment, in order, read without decoding.
Result<QList<Frame>> scanFrames(const MediaSegment &segment);

struct DecodedFrame
{
    QImage image;
    qint64 wallNs = 0;
};

//! The keyframe at or before \a atNs (the lowest possible value if there is none).
qint64 keyframeBefore(const QList<Frame> &frames, qint64 atNs);

//! Decodes \a segment from the keyframe \a startNs, delivering the frames from \a fromNs on
//! (RGBX, scaled to \a size unless it is invalid) until \a deliver returns false.
Result<void> decodeFrames(const MediaSegment &segment, qint64 startNs, qint64 fromNs, QSize size,
                          const std::function<bool(DecodedFrame &&)> &deliver);

//! The first frame of \a segment at or after \a atNs, decoded (from the keyframe before it).
Result<DecodedFrame> decodeFrame(const MediaSegment &segment, qint64 atNs);

//! One segment's share of a clip.
struct Piece
{
    MediaSegment segment;
    qint64 startNs = 0; //!< first access unit read: a keyframe at or before fromNs
    qint64 fromNs = 0;  //!< first frame written
    qint64 toNs = 0;    //!< last frame written (inclusive)
    bool reencode = false;
};

//! Writes H.264 access units (avc3: parameter sets in band, so re-encoded and copied
//! pieces can follow each other) into MP4 (.mp4) or Matroska (anything else).
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ClipAssembly::Writer)

public:
    using Progress = std::function<bool(qint64 wallNs)>; //!< false: cancel

    Writer();
    ~Writer();

    Result<void> open(const QString &path);
    //! The next piece starts a new stretch of the clip's time: it follows on one frame
    //! after what is written so far instead of keeping its wall-clock distance.
    void beginRange();
    //! Appends \a piece; \a overlay (if not empty) is drawn into re-encoded frames.
    Result<void> append(const Piece &piece, const QString &overlay, const Progress &progress);
    Result<void> finish();
    //! Stops and deletes what was written.
    void abort();

    qint64 firstWallNs() const;
    qint64 rangeFirstWallNs() const; //!< the first frame written since beginRange()
    qint64 lastWallNs() const;
    int frames() const;
    //! Footage asked for but not there, as (from, to) wall-clock ns: jumps between frames
    //! longer than half a second (or three frames), and those noted by noteMissing().
    QList<QPair<qint64, qint64>> missingWallNs() const;
    //! Notes a stretch of a range's ends that has no frames, if it is longer than a hole.
    void noteMissing(qint64 fromWallNs, qint64 toWallNs);
    static constexpr qint64 kMinHoleMs = 500;

private:
    qint64 holeNs() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Jiandu::ClipAssembly
