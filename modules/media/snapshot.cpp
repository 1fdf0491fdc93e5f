#include "snapshot.h"

#include <QDateTime>
#include <QDir>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>

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
    QImage tagged = frame;
    tagged.setText(u"Camera"_s, metadata.cameraId);
    tagged.setText(u"CameraName"_s, metadata.cameraName);
    tagged.setText(u"CaptureTime"_s,
                   time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs));
    tagged.setText(u"Operator"_s, metadata.operatorName);
    QImageWriter writer(path, "png");
    if (!writer.write(tagged))
        return Error{tr("The snapshot could not be saved (is the disk full?)."),
                     writer.errorString()};
    return path;
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
