#include "clipexporter.h"

#include "clipassembly.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>
#include <QSysInfo>
#include <algorithm>
#include <core/boundedfile.h>
#include <core/filehash.h>
#include <limits>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

// HMAC-SHA256 of the manifest without its seal, in its compact form (keys sorted).
QString sealOf(QJsonObject manifest, const QByteArray &key)
{
    manifest.remove(u"seal"_s);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                         key, QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

using namespace ClipAssembly;

namespace {

QString timeText(qint64 ms, const QString &format = u"yyyy-MM-dd HH:mm:ss"_s)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(format);
}

const Frame *firstFrom(const QList<Frame> &frames, qint64 ns)
{
    for (const Frame &f : frames) {
        if (f.wallNs >= ns)
            return &f;
    }
    return nullptr;
}

const Frame *lastUpTo(const QList<Frame> &frames, qint64 ns)
{
    for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
        if (it->wallNs <= ns)
            return &*it;
    }
    return nullptr;
}

} // namespace

QString ClipExporter::manifestPath(const QString &clipPath)
{
    return clipPath + u".manifest.json"_s;
}

// Which pieces of which segments make up one range, so that the clip starts and ends where
// the mode says. Segments start on a keyframe (the recorder cuts them there).
static Result<QList<Piece>> planRange(const ClipExporter::Range &range,
                                      const ClipExporter::Options &options)
{
    QList<MediaSegment> segments;
    for (const MediaSegment &s : range.segments) {
        if (s.startMs <= range.toMs && s.endMs >= range.fromMs)
            segments.append(s);
    }
    std::sort(segments.begin(), segments.end(),
              [](const MediaSegment &a, const MediaSegment &b) { return a.startMs < b.startMs; });
    const qint64 fromNs = range.fromMs * kNsPerMs;
    const qint64 toNs = range.toMs * kNsPerMs + (kNsPerMs - 1);

    // The first and last frames inside the range, and the segments they are in.
    QList<Frame> head;
    const Frame *first = nullptr;
    while (!segments.isEmpty()) {
        auto frames = scanFrames(segments.constFirst());
        if (!frames)
            return Error{ClipExporter::tr("The recording %1 cannot be read.")
                             .arg(segments.constFirst().path),
                         frames.error().text()};
        head = std::move(frames).value();
        first = firstFrom(head, fromNs);
        if (first && first->wallNs <= toNs)
            break;
        first = nullptr;
        segments.removeFirst();
    }
    QList<Frame> tail;
    const Frame *last = nullptr;
    while (first && !segments.isEmpty()) {
        if (segments.size() == 1) {
            tail = head;
        } else {
            auto frames = scanFrames(segments.constLast());
            if (!frames)
                return Error{ClipExporter::tr("The recording %1 cannot be read.")
                                 .arg(segments.constLast().path),
                             frames.error().text()};
            tail = std::move(frames).value();
        }
        last = lastUpTo(tail, toNs);
        if (last && last->wallNs >= first->wallNs)
            break;
        last = nullptr;
        segments.removeLast();
    }
    if (!first || !last)
        return Error{ClipExporter::tr("There is no recording of this camera between %1 and %2.")
                         .arg(timeText(range.fromMs), timeText(range.toMs, u"HH:mm:ss"_s)),
                     {},
                     u"no-footage"_s};

    const qint64 firstNs = first->wallNs;
    const qint64 lastNs = last->wallNs;
    qint64 keyNs = keyframeBefore(head, firstNs);
    const bool exactStart = options.mode == ClipExporter::Mode::Exact;
    QList<Piece> pieces;
    const auto add = [&](const MediaSegment &s, qint64 start, qint64 from, qint64 to, bool re) {
        const qint64 segmentFrom = s.startMs * kNsPerMs;
        const qint64 segmentTo = (s.endMs + 1) * kNsPerMs;
        if (to >= from && to >= segmentFrom && from <= segmentTo)
            pieces.append({s, start, from, to, re});
    };

    if (!options.burnedWatermark.isEmpty()) { // every frame re-encoded
        const qint64 from = exactStart ? firstNs : keyNs;
        for (const MediaSegment &s : segments)
            add(s, keyNs, from, lastNs, true);
        return pieces;
    }
    if (!exactStart) { // copy from the keyframe at or before the first frame
        for (const MediaSegment &s : segments)
            add(s, keyNs, keyNs, lastNs, false);
        return pieces;
    }

    // Exact: re-encode the partial GOP at each end, copy whole GOPs in between.
    qint64 copyFrom = firstNs;
    qint64 copyTo = lastNs;
    const bool startsOnKeyframe = keyNs == firstNs;
    if (!startsOnKeyframe) {
        const Frame *nextKey = nullptr;
        for (const Frame &f : head) {
            if (f.wallNs > firstNs && f.keyframe) {
                nextKey = &f;
                break;
            }
        }
        // Without a keyframe after the first frame, the head runs to the segment's end.
        const qint64 headEnd = nextKey ? nextKey->wallNs - 1 : head.constLast().wallNs;
        add(segments.constFirst(), keyNs, firstNs, std::min(headEnd, lastNs), true);
        copyFrom = nextKey ? nextKey->wallNs : head.constLast().wallNs + 1;
    }
    if (lastNs >= copyFrom) {
        // Does the last frame end its GOP (the next frame is a keyframe or there is none)?
        const Frame *after = nullptr;
        for (const Frame &f : tail) {
            if (f.wallNs > lastNs) {
                after = &f;
                break;
            }
        }
        const bool endsGop = !after || after->keyframe;
        const qint64 tailKey = keyframeBefore(tail, lastNs);
        if (!endsGop) // tailKey >= copyFrom: copyFrom is a keyframe at or before lastNs
            copyTo = tailKey - 1;
        for (const MediaSegment &s : segments)
            add(s, copyFrom, copyFrom, copyTo, false);
        if (!endsGop)
            add(segments.constLast(), tailKey, tailKey, lastNs, true);
    }
    return pieces;
}

Result<ClipExporter::Clip> ClipExporter::exportRange(const QList<MediaSegment> &segments,
                                                     qint64 fromMs, qint64 toMs,
                                                     const QString &outputPath,
                                                     const Options &options)
{
    return concatenate({Range{segments, fromMs, toMs}}, outputPath, options);
}

Result<ClipExporter::Clip> ClipExporter::concatenate(QList<Range> ranges, const QString &outputPath,
                                                     const Options &options)
{
    if (ranges.isEmpty())
        return Error{tr("Nothing to export: no time range was given."), {}};
    for (const Range &range : ranges) {
        if (range.toMs <= range.fromMs)
            return Error{tr("The end of the clip must come after its start."), {}};
    }
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Range &a, const Range &b) { return a.fromMs < b.fromMs; });

    QList<QList<Piece>> plans;
    qint64 totalNs = 0;
    for (const Range &range : ranges) {
        auto plan = planRange(range, options);
        if (!plan)
            return plan.error();
        plans.append(std::move(plan).value());
        totalNs += (range.toMs - range.fromMs) * kNsPerMs;
    }

    Writer writer;
    if (auto opened = writer.open(outputPath); !opened)
        return opened.error();
    QJsonArray rangeReport;
    qint64 doneNs = 0;
    for (int i = 0; i < ranges.size(); ++i) {
        const Range &range = ranges[i];
        writer.beginRange();
        const auto progress = [&](qint64 wallNs) {
            if (!options.progress)
                return true;
            const qint64 inRange = std::clamp<qint64>(wallNs - range.fromMs * kNsPerMs, 0,
                                                      (range.toMs - range.fromMs) * kNsPerMs);
            return options.progress(int((doneNs + inRange) * 100 / std::max<qint64>(1, totalNs)));
        };
        for (const Piece &piece : plans[i]) {
            if (auto appended = writer.append(piece, options.burnedWatermark, progress);
                !appended) {
                writer.abort();
                return appended.error();
            }
        }
        doneNs += (range.toMs - range.fromMs) * kNsPerMs;
        // A range whose footage begins late or ends early (fast mode may begin before it).
        if (writer.rangeFirstWallNs() >= 0) {
            writer.noteMissing(range.fromMs * kNsPerMs, writer.rangeFirstWallNs());
            writer.noteMissing(writer.lastWallNs(), range.toMs * kNsPerMs);
        }
        rangeReport.append(QJsonObject{
            {u"camera"_s, plans[i].isEmpty() ? QString() : plans[i].constFirst().segment.cameraId},
            {u"requestedFromMs"_s, range.fromMs},
            {u"requestedToMs"_s, range.toMs},
            {u"fromMs"_s, writer.rangeFirstWallNs() / kNsPerMs},
            {u"toMs"_s, writer.lastWallNs() / kNsPerMs}});
    }
    const int frames = writer.frames();
    const qint64 firstWallNs = writer.firstWallNs();
    const qint64 lastWallNs = writer.lastWallNs();
    if (auto finished = writer.finish(); !finished)
        return finished.error();

    Clip clip;
    clip.path = outputPath;
    clip.manifestPath = manifestPath(outputPath);
    clip.actualStartMs = firstWallNs / kNsPerMs;
    clip.actualEndMs = lastWallNs / kNsPerMs;
    clip.frames = frames;
    const QJsonObject firstRange = rangeReport.at(0).toObject();
    QJsonObject manifest{
        {u"camera"_s, firstRange.value(u"camera"_s)},
        {u"requestedFromMs"_s, firstRange.value(u"requestedFromMs"_s)},
        {u"requestedToMs"_s, rangeReport.last().toObject().value(u"requestedToMs"_s)},
        {u"fromMs"_s, clip.actualStartMs},
        {u"toMs"_s, clip.actualEndMs},
        {u"frames"_s, frames},
        {u"mode"_s, options.mode == Mode::Exact ? u"exact"_s : u"fast"_s},
        {u"watermark"_s,
         options.burnedWatermark.isEmpty() ? QJsonValue() : QJsonValue(options.burnedWatermark)},
        {u"operator"_s, options.operatorName}};
    if (ranges.size() > 1)
        manifest.insert(u"ranges"_s, rangeReport);
    QJsonArray missing;
    for (const auto &[fromNs, toNs] : writer.missingWallNs()) {
        clip.missingMs.append({fromNs / kNsPerMs, toNs / kNsPerMs});
        missing.append(QJsonObject{{u"fromMs"_s, fromNs / kNsPerMs}, {u"toMs"_s, toNs / kNsPerMs}});
    }
    manifest.insert(u"missing"_s, missing);
    auto written = writeManifest(outputPath, manifest, options.sealKey);
    if (!written)
        return written.error();
    clip.sha256 = *written;
    return clip;
}

Result<QString> ClipExporter::writeManifest(const QString &clipPath, QJsonObject fields,
                                            const QByteArray &sealKey)
{
    const QString sha256 = fileSha256(clipPath);
    if (sha256.isEmpty())
        return Error{tr("The exported file %1 cannot be read back.").arg(clipPath), {}};
    fields.insert(u"format"_s, u"jiandu-clip/1"_s);
    fields.insert(u"file"_s, QFileInfo(clipPath).fileName());
    fields.insert(u"sha256"_s, sha256);
    fields.insert(u"bytes"_s, QFileInfo(clipPath).size());
    fields.insert(u"workstation"_s, QSysInfo::machineHostName());
    fields.insert(u"exportedMs"_s, QDateTime::currentMSecsSinceEpoch());
    fields.remove(u"seal"_s);
    if (!sealKey.isEmpty())
        fields.insert(u"seal"_s, sealOf(fields, sealKey));
    QSaveFile out(manifestPath(clipPath));
    const QByteArray json = QJsonDocument(fields).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return Error{tr("The clip's manifest could not be written."), out.errorString()};
    return sha256;
}

ClipExporter::Seal ClipExporter::checkSeal(const QJsonObject &manifest, const QByteArray &key)
{
    const QString seal = manifest.value(u"seal"_s).toString();
    if (seal.isEmpty())
        return Seal::Absent;
    return !key.isEmpty() && seal == sealOf(manifest, key) ? Seal::Matches : Seal::Broken;
}

Result<QJsonObject> ClipExporter::verify(const QString &clipPath)
{
    const QFileInfo clip(clipPath);
    if (!clip.exists())
        return Error{tr("%1 does not exist.").arg(clipPath), {}};
    if (!clip.isFile())
        return Error{tr("%1 is not a clip file (a folder, a device or a pipe).").arg(clipPath), {}};
    if (!QFileInfo::exists(manifestPath(clipPath)))
        return Error{tr("%1 has no manifest (%2).").arg(clipPath, manifestPath(clipPath)), {}};
    const auto text = BoundedFile::read(manifestPath(clipPath), kMaxManifestBytes);
    if (!text)
        return Error{
            tr("The manifest of %1 cannot be used: %2").arg(clipPath, text.error().message), {}};
    const QJsonObject manifest = QJsonDocument::fromJson(*text).object();
    if (manifest.value(u"format"_s).toString() != u"jiandu-clip/1"_s ||
        !manifest.value(u"sha256"_s).isString() || !manifest.value(u"bytes"_s).isDouble())
        return Error{tr("The manifest of %1 is damaged.").arg(clipPath), {}};
    // The manifest speaks of one file: this one, at this size (checked before reading it).
    if (manifest.value(u"file"_s).toString() != clip.fileName())
        return Error{tr("The manifest beside %1 is that of another file (%2).")
                         .arg(clipPath, manifest.value(u"file"_s).toString()),
                     {}};
    if (clip.size() == 0 || clip.size() != manifest.value(u"bytes"_s).toInteger())
        return Error{tr("%1 does not match its manifest: it has %2 bytes, the manifest says %3; "
                        "it was changed after export.")
                         .arg(clipPath)
                         .arg(clip.size())
                         .arg(manifest.value(u"bytes"_s).toInteger()),
                     {}};
    const QString actual = fileSha256(clipPath);
    if (actual.isEmpty())
        return Error{tr("%1 cannot be read.").arg(clipPath), {}};
    if (actual != manifest.value(u"sha256"_s).toString())
        return Error{
            tr("%1 does not match its manifest: it was changed after export.").arg(clipPath),
            actual};
    return manifest;
}

} // namespace Jiandu
