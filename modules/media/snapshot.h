#pragma once

#include "mediaexport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <core/mediasegment.h>
#include <core/result.h>

namespace Jiandu {

//! 抓拍: a still of a camera saved as PNG or JPEG with camera, capture time and operator in the
//! file's text metadata, so the picture stays evidence when it leaves Jiandu.
class JIANDU_MEDIA_EXPORT Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Snapshot)

public:
    struct Metadata
    {
        QString cameraId;
        QString cameraName;
        QString operatorName;
        qint64 timeMs = 0;
    };
    //! Saves \a frame under \a directory; returns the file's path.
    static Result<QString> save(const QImage &frame, const QString &directory,
                                const Metadata &metadata);
    //! Saves \a frame as \a path: JPEG for .jpg/.jpeg, PNG otherwise.
    static Result<void> saveAs(const QImage &frame, const QString &path, const Metadata &metadata);
    static Metadata read(const QString &path);

    struct RecordedFrame
    {
        QImage image;
        qint64 timeMs = 0; //!< the frame's own time (the first frame at or after the request)
    };
    //! 抓拍 from a recording: the frame at \a atMs of a camera's \a segments.
    static Result<RecordedFrame> fromRecording(const QList<MediaSegment> &segments, qint64 atMs);
};

} // namespace Jiandu
