#pragma once

#include "mediaexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <core/mediasegment.h>
#include <core/result.h>

namespace Jiandu {

//! 截取视频: one file of a camera's footage from `fromMs` to `toMs`, across segment
//! boundaries, without re-encoding (fast mode: it starts at the keyframe at or before
//! `fromMs`). Every clip gets a manifest beside it (`<clip>.manifest.json`) with its SHA-256,
//! camera, requested and actual range, operator and time, which `verify()` checks.
class JIANDU_MEDIA_EXPORT ClipExporter
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ClipExporter)

public:
    struct Clip
    {
        QString path;
        QString manifestPath;
        qint64 actualStartMs = 0;
        qint64 actualEndMs = 0;
        QString sha256;
    };

    //! \a segments: the camera's segments overlapping the range, oldest first.
    static Result<Clip> exportRange(const QList<MediaSegment> &segments, qint64 fromMs, qint64 toMs,
                                    const QString &outputPath, const QString &operatorName);
    //! Checks the clip at \a clipPath against its manifest.
    static Result<QJsonObject> verify(const QString &clipPath);
    static QString manifestPath(const QString &clipPath);
};

} // namespace Jiandu
