#pragma once

#include "mediaexport.h"

#include <QCoreApplication>
#include <QString>
#include <core/result.h>
#include <functional>

namespace Jiandu {

//! The sound of a recording as speech recognisers take it: 16 kHz, mono, 16-bit PCM in a WAV
//! file. Any container and codec GStreamer decodes; the first audio stream is used. Runs on
//! the caller's thread (a worker's): it reports progress and stops when told to.
class JIANDU_MEDIA_EXPORT AudioExtraction
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::AudioExtraction)

public:
    static constexpr int kSampleRate = 16000;

    struct Audio
    {
        QString path;
        qint64 durationMs = 0;
        qint64 samples = 0;
    };
    //! \a fraction is 0–1, or −1 while the length is not known; returns false to cancel.
    using Progress = std::function<bool(double fraction)>;

    //! Writes \a wavPath (whole or not at all); code "cancelled", "no-audio", "unreadable" or
    //! "unwritable" when it cannot.
    static Result<Audio> toWav(const QString &mediaPath, const QString &wavPath,
                               const Progress &progress = {});

    //! The PCM samples of a WAV this class wrote (its 44-byte header skipped).
    static Result<QByteArray> pcmOf(const QString &wavPath);
};

} // namespace Jiandu
