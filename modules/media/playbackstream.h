#pragma once

#include "mediaexport.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <core/mediasegment.h>
#include <memory>
#include <optional>

namespace Jiandu {

//! 回放: one camera's recorded segments as one continuous timeline. A reader thread decodes
//! ahead from the position asked for (frame-accurate: from the keyframe before it, showing
//! from the first frame at or after it) across segment boundaries into a short queue; the
//! UI takes the frame that is due at the playback clock's position. Gaps between segments
//! stay gaps: no frame is due there. A damaged segment is skipped, not fatal.
class JIANDU_MEDIA_EXPORT PlaybackStream
{
public:
    struct Frame
    {
        QImage image;
        qint64 timeMs = 0; //!< wall clock of the frame
    };

    PlaybackStream();
    ~PlaybackStream();
    PlaybackStream(const PlaybackStream &) = delete;
    PlaybackStream &operator=(const PlaybackStream &) = delete;

    //! \a segments: the camera's recording, any order.
    void setSegments(QList<MediaSegment> segments);
    const QList<MediaSegment> &segments() const { return m_segments; }
    void setFrameSize(QSize size) { m_frameSize = size; } //!< invalid: as recorded
    //! Starts reading at \a atMs (the first frame at or after it).
    void seek(qint64 atMs);
    void stop();

    //! The newest decoded frame at or before \a atMs; older ones are dropped. Empty if
    //! none is due yet (still decoding, or a gap).
    std::optional<Frame> takeFrame(qint64 atMs);
    //! Time of the next decoded frame, or -1 if none is queued.
    qint64 nextFrameMs() const;
    //! Time of the last frame decoded ahead, or -1 if none is queued: how far the reader is.
    qint64 decodedUntilMs() const;
    //! The reader reached the end of the recording and every frame was taken.
    bool atEnd() const;
    //! Segments that could not be read (skipped), for the operator.
    QStringList damagedSegments() const;

private:
    struct Reader;
    std::shared_ptr<Reader> m_reader;
    QList<MediaSegment> m_segments;
    QSize m_frameSize;
};

} // namespace Jiandu
