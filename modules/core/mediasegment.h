#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Jiandu {

//! A recorded piece of one camera's stream: one file, its wall-clock range.
struct MediaSegment
{
    QString cameraId;
    qint64 startMs = 0; //!< wall clock of its first frame
    qint64 endMs = 0;   //!< wall clock of its last frame
    QString path;
    qint64 bytes = 0;
    bool complete = false; //!< false: cut short by a failure (still playable up to its end)
    //! Where its keyframes are, in ms after startMs (as they arrived): where playback and
    //! clips can start without decoding from further back.
    QList<qint32> keyframeOffsetsMs = {};

    friend bool operator==(const MediaSegment &, const MediaSegment &) = default;
};

} // namespace Jiandu

Q_DECLARE_METATYPE(Jiandu::MediaSegment)
