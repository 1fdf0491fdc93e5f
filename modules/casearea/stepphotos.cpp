#include "stepphotos.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>
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
        // A photo as a camera or a document scanner makes it, of a size a screen shows.
        QImageReader reader(source.filePath());
        const QByteArray format = reader.format();
        if (!reader.canRead() || (format != "jpeg" && format != "png" && format != "bmp"))
            return fail(
                Error{tr("%1 is not a JPEG, PNG or BMP picture.").arg(source.fileName()), {}});
        const QSize pixels = reader.size();
        if (!pixels.isValid() || qint64(pixels.width()) * pixels.height() > kMaxPixels)
            return fail(Error{
                tr("%1 is not a picture of at most 50 megapixels.").arg(source.fileName()), {}});
        const QString target =
            QDir(directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u'.' +
                                     source.suffix().toLower().left(8));
        const qint64 bytes = source.size();
        auto sha = SealedFile::sealCopy(source.filePath(), target, *secret);
        if (!sha) {
            QFile::remove(target);
            return fail(Error{
                tr("%1 could not be kept: %2").arg(source.fileName(), sha.error().message), {}});
        }
        // Written to while it was read (a camera still saving it): not the photo looked at.
        if (QFileInfo(source.filePath()).size() != bytes) {
            QFile::remove(target);
            return fail(Error{
                tr("%1 changed while it was kept; add it again.").arg(source.fileName()), {}});
        }
        // The same photo chosen twice is one photo.
        if (std::any_of(sealed.cbegin(), sealed.cend(),
                        [&](const FileCatalog::Entry &e) { return e.sha256 == *sha; })) {
            QFile::remove(target);
            continue;
        }
        sealed.append({*sha, target, bytes, 0, {}});
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
        // Decoded straight at the size shown, never whole.
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        QImage image;
        if (size.isValid() && qint64(size.width()) * size.height() <= kMaxPixels) {
            if (size.width() > edge || size.height() > edge)
                reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
            reader.read(&image);
        }
        images.append(image);
    }
    return images;
}

} // namespace Jiandu
