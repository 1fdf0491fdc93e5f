#pragma once

#include "mediaexport.h"

#include <QCoreApplication>
#include <QImage>
#include <core/result.h>

namespace Jiandu {

//! 抓拍: a still of a camera saved as PNG with camera, capture time and operator in the
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
    static Metadata read(const QString &path);
};

} // namespace Jiandu
