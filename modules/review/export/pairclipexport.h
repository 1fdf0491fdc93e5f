#pragma once

#include "../documents/transcript.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <core/result.h>
#include <functional>

namespace Jiandu::Review {

//! 截取: a stretch of an interrogation's recording (the pairs chosen, from the first's start
//! to the last's end) as an MP4 of its own, cut on exactly those frames, with what was said
//! as subtitles beside it (.srt) and, when asked, burned into the picture; a manifest beside
//! it (the same as every Jiandu export, so `jiandu-cli media verify` checks it) names the
//! original recording and its hash, the range, the pairs and who exported it. The original
//! is only read. Runs on the caller's thread (a worker's), with progress and cancel.
class PairClipExport
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::Review::PairClipExport)

public:
    struct Request
    {
        QString recording;       //!< the original file
        QString recordingSha256; //!< as it was added (the manifest names it)
        bool hasVideo = true;
        bool hasAudio = true;
        qint64 fromMs = 0; //!< into the recording
        qint64 toMs = 0;
        Transcript transcript; //!< its segments in the range become the subtitles
        bool burnSubtitles = false;
        QString outputPath; //!< .mp4
        QString operatorName;
        QJsonObject about; //!< what the manifest says of the review: interrogation, pairs …
        QByteArray sealKey;
        std::function<bool(double fraction)> progress; //!< false: cancel
    };
    struct Clip
    {
        QString path;
        QString subtitlesPath;
        QString manifestPath;
        QString sha256;
        qint64 durationMs = 0;
    };

    static Result<Clip> run(const Request &request);
    //! The segments of \a transcript within [fromMs, toMs), cut to it and moved to start at 0.
    static Transcript shifted(const Transcript &transcript, qint64 fromMs, qint64 toMs);
};

} // namespace Jiandu::Review
