#pragma once

#include "mediaexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <core/mediasegment.h>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! 截取视频: one MP4 (.mp4) or Matroska (other names) file of recorded footage, across
//! segment boundaries.
//! - Fast mode copies the stream from the keyframe at or before the start.
//! - Exact mode starts and ends on exactly the requested frames: only the partial GOP at
//!   each end is decoded and re-encoded, the rest is copied.
//! - A burned watermark is drawn into every frame (the whole clip is re-encoded).
//! Every clip gets a manifest beside it (`<clip>.manifest.json`) with its SHA-256, cameras,
//! requested and actual ranges, mode, operator and time, which `verify()` checks.
class JIANDU_MEDIA_EXPORT ClipExporter
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ClipExporter)

public:
    enum class Mode { Fast, Exact };

    struct Options
    {
        Mode mode = Mode::Fast;
        QString operatorName;
        QString burnedWatermark; //!< not empty: drawn into every frame of the clip
        //! Called now and then with 0–100; return false to cancel (no file is left behind).
        std::function<bool(int percent)> progress;
        //! Not empty: the manifest is sealed with this key (HMAC-SHA256), so the workstation
        //! holding it can later tell its own exports from altered ones.
        QByteArray sealKey;
    };

    //! The purpose under which a workstation keeps its seal key (LocalCache::secret()).
    static constexpr char kSealPurpose[] = "clip-manifest";
    //! What a manifest's seal says, checked with a workstation's key.
    enum class Seal { Invalid = 0, Absent, Matches, Broken };

    //! A camera's footage from `fromMs` to `toMs`; `segments`: its segments overlapping it.
    struct Range
    {
        QList<MediaSegment> segments;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    struct Clip
    {
        QString path;
        QString manifestPath;
        qint64 actualStartMs = 0;
        qint64 actualEndMs = 0;
        int frames = 0;
        QString sha256;
        //! Stretches of the requested time with no footage (gaps, truncated segments), ms.
        QList<QPair<qint64, qint64>> missingMs;
    };

    static Result<Clip> exportRange(const QList<MediaSegment> &segments, qint64 fromMs, qint64 toMs,
                                    const QString &outputPath, const Options &options);
    //! 视频刻录: several ranges (of one or more cameras) one after another in time order,
    //! in one file; each range follows on from the previous one without a pause.
    static Result<Clip> concatenate(QList<Range> ranges, const QString &outputPath,
                                    const Options &options);
    static constexpr qint64 kMaxManifestBytes = 1 << 20;
    //! Writes the manifest of the file at \a clipPath: \a fields with the format, the file's
    //! name, size and SHA-256, the workstation and the time added, sealed with \a sealKey when
    //! it is not empty. The same for every export, so verify() checks them all. Returns the
    //! file's SHA-256.
    static Result<QString> writeManifest(const QString &clipPath, QJsonObject fields,
                                         const QByteArray &sealKey);
    //! Checks the clip at \a clipPath against its manifest: the manifest names this file, its
    //! size and its SHA-256. Integrity only: whoever changes the clip can write a new
    //! manifest, so this does not prove who exported it.
    static Result<QJsonObject> verify(const QString &clipPath);
    //! Whether \a manifest (as verify() returned it) was sealed with \a key: Matches means
    //! it was written by a workstation holding the key and not changed since.
    static Seal checkSeal(const QJsonObject &manifest, const QByteArray &key);
    static QString manifestPath(const QString &clipPath);
};

} // namespace Jiandu
