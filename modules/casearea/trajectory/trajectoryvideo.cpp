#include "trajectoryvideo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Jiandu::CaseArea {

namespace {
constexpr qint64 kShortestPartMs = 1000;

QString srtTime(qint64 ms)
{
    return u"%1:%2:%3,%4"_s.arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}
} // namespace

QList<TrajectoryVideo::Part> TrajectoryVideo::parts(const FloorPlan &plan,
                                                    const QList<RoomStretch> &stretches,
                                                    QList<RoomStretch> *unfilmed)
{
    QList<Part> parts;
    for (const RoomStretch &s : stretches) {
        if (s.toMs - s.fromMs < kShortestPartMs)
            continue;
        const Room *room = plan.room(s.roomId);
        if (!room || room->cameras.isEmpty()) {
            if (unfilmed)
                unfilmed->append(s);
            continue;
        }
        // The same camera on and on (two rooms one camera watches): one part.
        if (!parts.isEmpty() && parts.constLast().cameraId == room->cameras.first() &&
            parts.constLast().toMs == s.fromMs) {
            parts.last().toMs = s.toMs;
            continue;
        }
        parts.append({room->id, room->name, room->cameras.first(), s.fromMs, s.toMs});
    }
    return parts;
}

QString TrajectoryVideo::captions(const QList<Part> &parts, const QJsonObject &manifest,
                                  const Subject &subject)
{
    // One range a part; a video of one part has its range at the manifest's top.
    QJsonArray ranges = manifest.value(u"ranges"_s).toArray();
    if (ranges.isEmpty())
        ranges.append(manifest);
    QString srt;
    qint64 at = 0; // where the part begins in the video
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part &part = parts[i];
        const QJsonObject range = ranges.at(i).toObject();
        // A part with no footage at all is not in the video.
        const qint64 from = range.value(u"fromMs"_s).toInteger(part.fromMs);
        const qint64 to = range.value(u"toMs"_s).toInteger(part.toMs);
        if (to <= from)
            continue;
        const qint64 length = to - from;
        srt += u"%1\n%2 --> %3\n%4　%5–%6\n%7%8\n\n"_s.arg(i + 1).arg(
            srtTime(at), srtTime(at + length), part.roomName,
            QDateTime::fromMSecsSinceEpoch(from).toString(u"yyyy-MM-dd HH:mm:ss"_s),
            QDateTime::fromMSecsSinceEpoch(to).toString(u"HH:mm:ss"_s), subject.name,
            subject.caseNo.isEmpty() ? QString() : u"　"_s + subject.caseNo);
        at += length;
    }
    return srt;
}

Result<TrajectoryVideo::Outcome>
TrajectoryVideo::make(const FloorPlan &plan, const QList<RoomStretch> &stretches,
                      const Subject &subject, const Footage &footage, const QString &outputPath,
                      const ClipExporter::Options &options)
{
    Outcome outcome;
    outcome.parts = parts(plan, stretches, &outcome.unfilmed);
    if (outcome.parts.isEmpty())
        return Error{tr("%1 was in no room a camera watches in this time.").arg(subject.name),
                     {},
                     u"no-footage"_s};
    // A stretch whose camera recorded nothing then is named, not a reason to make no video.
    QList<ClipExporter::Range> ranges;
    QList<Part> recorded;
    for (const Part &part : std::as_const(outcome.parts)) {
        auto segments = footage(part.cameraId, part.fromMs, part.toMs);
        if (!segments)
            return segments.error();
        const bool any =
            std::any_of(segments->cbegin(), segments->cend(), [&](const MediaSegment &m) {
                return m.startMs < part.toMs && m.endMs > part.fromMs;
            });
        if (!any) {
            outcome.unrecorded.append(part);
            continue;
        }
        ranges.append({segments.value(), part.fromMs, part.toMs});
        recorded.append(part);
    }
    outcome.parts = recorded;
    if (ranges.isEmpty())
        return Error{tr("No camera recorded %1 in this time: the rooms' recordings are missing.")
                         .arg(subject.name),
                     {},
                     u"no-footage"_s};
    auto clip = ClipExporter::concatenate(ranges, outputPath, options);
    if (!clip)
        return clip.error();
    outcome.clip = clip.value();
    const auto manifest = ClipExporter::verify(outcome.clip.path);
    if (!manifest)
        return manifest.error();
    outcome.captionsPath = outputPath + u".srt"_s;
    QSaveFile srt(outcome.captionsPath);
    if (!srt.open(QIODevice::WriteOnly) ||
        srt.write(captions(outcome.parts, manifest.value(), subject).toUtf8()) < 0 || !srt.commit())
        return Error{tr("The captions could not be written beside the video."), srt.errorString()};
    return outcome;
}

} // namespace Jiandu::CaseArea
