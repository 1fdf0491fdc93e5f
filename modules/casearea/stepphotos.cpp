#include "stepphotos.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QUuid>
#include <storage/sealedfile.h>

using namespace Qt::StringLiterals;
using Jiandu::CaseArea::JourneyStep;

namespace Jiandu {

Result<QList<FileCatalog::Entry>> StepPhotos::seal(QSqlDatabase db, JourneyStep &step,
                                                   const QString &directory)
{
    const QJsonArray files = step.body.take(u"photoFiles"_s).toArray();
    QList<FileCatalog::Entry> sealed;
    if (files.isEmpty())
        return sealed;
    const auto fail = [&sealed](Error error) -> Error {
        for (const FileCatalog::Entry &e : std::as_const(sealed))
            QFile::remove(e.path);
        return error;
    };
    const auto secret = SealedFile::secret(db);
    if (!secret)
        return secret.error();
    if (!QDir().mkpath(directory))
        return Error{tr("The photos cannot be kept in %1.").arg(directory), {}};
    QJsonArray photos;
    for (const QJsonValue &value : files) {
        const QFileInfo source(value.toString());
        // A picture, from a regular file of a sane size: not a device, a pipe or a folder.
        if (!source.isFile() || !source.isReadable())
            return fail(
                Error{tr("%1 cannot be read; choose another photo.").arg(source.filePath()), {}});
        if (source.size() > kMaxBytes)
            return fail(Error{
                tr("%1 is larger than 20 MB; choose a smaller photo.").arg(source.fileName()), {}});
        QImageReader reader(source.filePath());
        if (!reader.canRead())
            return fail(Error{
                tr("%1 is not a picture this workstation can read.").arg(source.fileName()), {}});
        const QString target =
            QDir(directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u'.' +
                                     source.suffix().toLower().left(8));
        auto sha = SealedFile::sealCopy(source.filePath(), target, *secret);
        if (!sha)
            return fail(Error{
                tr("%1 could not be kept: %2").arg(source.fileName(), sha.error().message), {}});
        sealed.append({*sha, target, source.size(), 0, {}});
        photos.append(QJsonObject{{u"sha256"_s, *sha}, {u"name"_s, source.fileName()}});
    }
    step.body.insert(u"photos"_s, photos);
    return sealed;
}

Result<QList<QImage>> StepPhotos::load(QSqlDatabase db, const QStringList &shas, int edge)
{
    const auto secret = SealedFile::secret(db);
    if (!secret)
        return secret.error();
    QList<QImage> images;
    for (const QString &sha : shas) {
        auto path = FileCatalog(db).pathOf(sha);
        if (!path)
            return path.error();
        QByteArray bytes;
        if (!path->isEmpty()) {
            auto read = SealedFile::read(*path, *secret, [&bytes](QByteArrayView chunk) {
                bytes += chunk;
                return bytes.size() <= kMaxBytes;
            });
            if (!read)
                bytes.clear();
        }
        QImage image = QImage::fromData(bytes);
        if (!image.isNull() && (image.width() > edge || image.height() > edge))
            image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        images.append(image);
    }
    return images;
}

} // namespace Jiandu
