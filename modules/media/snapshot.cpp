#include "snapshot.h"

#include "clipassembly.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<QString> Snapshot::save(const QImage &frame, const QString &directory,
                               const Metadata &metadata)
{
    if (frame.isNull())
        return Error{tr("There is no picture to save yet."), {}};
    if (!QDir().mkpath(directory))
        return Error{
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory)), {}};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(metadata.timeMs);
    QString safeId = metadata.cameraId;
    safeId.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    const QString path = QDir(directory).filePath(
        u"%1-%2.png"_s.arg(safeId, time.toString(u"yyyyMMdd-HHmmss-zzz"_s)));
    if (auto saved = saveAs(frame, path, metadata); !saved)
        return saved.error();
    return path;
}

Result<void> Snapshot::saveAs(const QImage &frame, const QString &path, const Metadata &metadata)
{
    if (frame.isNull())
        return Error{tr("There is no picture to save yet."), {}};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(metadata.timeMs);
    QImage tagged = frame;
    tagged.setText(u"Camera"_s, metadata.cameraId);
    tagged.setText(u"CameraName"_s, metadata.cameraName);
    tagged.setText(u"CaptureTime"_s,
                   time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs));
    tagged.setText(u"Operator"_s, metadata.operatorName);
    const QFileInfo file(path);
    const QString suffix = file.suffix().toLower();
    const bool jpeg = suffix == u"jpg" || suffix == u"jpeg";
    // The name says what the file is: never a PNG under another name.
    if (!jpeg && suffix != u"png")
        return Error{tr("A snapshot is saved as .jpg or .png, not as \"%1\".").arg(file.fileName()),
                     {},
                     u"format"_s};
    if (!file.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(file.absolutePath()), {}};
    // Written whole or not at all: a reader (the evidence list, a test, a crash) never sees
    // half a picture under its name.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("The snapshot could not be saved to %1: %2.").arg(path, out.errorString()),
                     {}};
    QImageWriter writer(&out, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(92);
    if (!writer.write(tagged) || !out.commit())
        return Error{tr("The snapshot could not be saved to %1: %2.")
                         .arg(path, writer.error() != QImageWriter::UnknownError
                                        ? writer.errorString()
                                        : out.errorString()),
                     {}};
    return {};
}

Result<Snapshot::RecordedFrame> Snapshot::fromRecording(const QList<MediaSegment> &segments,
                                                        qint64 atMs)
{
    for (const MediaSegment &segment : segments) {
        if (atMs < segment.startMs || atMs > segment.endMs)
            continue;
        auto frame = ClipAssembly::decodeFrame(segment, atMs * ClipAssembly::kNsPerMs);
        if (!frame)
            return Error{tr("The recording %1 cannot be read.").arg(segment.path),
                         frame.error().text()};
        return RecordedFrame{frame->image, frame->wallNs / ClipAssembly::kNsPerMs};
    }
    return Error{tr("There is no recording of this camera at %1.")
                     .arg(QDateTime::fromMSecsSinceEpoch(atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                 {},
                 u"no-footage"_s};
}

Snapshot::Metadata Snapshot::read(const QString &path)
{
    QImageReader reader(path);
    Metadata m;
    m.cameraId = reader.text(u"Camera"_s);
    m.cameraName = reader.text(u"CameraName"_s);
    m.operatorName = reader.text(u"Operator"_s);
    m.timeMs =
        QDateTime::fromString(reader.text(u"CaptureTime"_s), Qt::ISODateWithMs).toMSecsSinceEpoch();
    return m;
}

} // namespace Jiandu
