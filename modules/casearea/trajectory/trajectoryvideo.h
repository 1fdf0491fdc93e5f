#pragma once

#include <QCoreApplication>
#include <casearea/tracking/floorplan.h>
#include <casearea/tracking/staytrajectory.h>
#include <core/mediasegment.h>
#include <media/clipexporter.h>

namespace Jiandu::CaseArea {

//! 视频刻录 of a stay: each room the subject was in, filmed by that room's camera, one stretch
//! after another in time order in one file (the media engine's concatenation, stream copy),
//! with a caption per stretch (room, time, subject) as subtitles beside it (`<video>.srt`) so
//! the footage is not re-encoded. Rooms without a camera, and stretches with no recording,
//! are named in the outcome, not skipped in silence.
class TrajectoryVideo
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseArea::TrajectoryVideo)

public:
    struct Subject
    {
        QString name;
        QString personId;
        QString caseNo;
    };
    struct Part
    {
        QString roomId;
        QString roomName;
        QString cameraId;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    struct Outcome
    {
        ClipExporter::Clip clip;
        QString captionsPath;
        QList<Part> parts;           //!< as they are in the video
        QList<RoomStretch> unfilmed; //!< stretches in rooms no camera watches
        QList<Part> unrecorded;      //!< stretches whose camera recorded nothing then
    };
    //! A camera's recorded segments overlapping [fromMs, toMs).
    using Footage = std::function<Result<QList<MediaSegment>>(const QString &cameraId,
                                                              qint64 fromMs, qint64 toMs)>;

    //! Which camera films each stretch (the room's first camera); shorter than a second:
    //! left out (a walk through a doorway).
    static QList<Part> parts(const FloorPlan &plan, const QList<RoomStretch> &stretches,
                             QList<RoomStretch> *unfilmed = nullptr);
    static Result<Outcome> make(const FloorPlan &plan, const QList<RoomStretch> &stretches,
                                const Subject &subject, const Footage &footage,
                                const QString &outputPath, const ClipExporter::Options &options);
    //! SubRip captions for \a parts as the video has them (\a manifest: the clip's, whose
    //! ranges say where each part's footage really begins and ends).
    static QString captions(const QList<Part> &parts, const QJsonObject &manifest,
                            const Subject &subject);
};

} // namespace Jiandu::CaseArea
