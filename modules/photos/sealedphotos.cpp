#include "sealedphotos.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QUuid>
#include <algorithm>
#include <storage/cachethread.h>
#include <storage/sealedfile.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<QList<SealedPhoto>> SealedPhotos::seal(QSqlDatabase db, const QStringList &files,
                                              const QString &directory)
{
    QList<SealedPhoto> sealed;
    if (files.isEmpty())
        return sealed;
    const auto fail = [&sealed](Error error) -> Error {
        discard(sealed);
        return error;
    };
    const auto secret = SealedFile::secret(db);
    if (!secret)
        return secret.error();
    if (!QDir().mkpath(directory))
        return Error{tr("The photos cannot be kept in %1.").arg(directory), {}};
    for (const QString &file : files) {
        const QFileInfo source(file);
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
                        [&](const SealedPhoto &p) { return p.file.sha256 == *sha; })) {
            QFile::remove(target);
            continue;
        }
        // A photo the cache holds already (sent before, or fetched) is that one, not a copy.
        const auto known = FileCatalog(db).pathOf(*sha);
        if (!known) {
            QFile::remove(target);
            return fail(known.error());
        }
        if (!known->isEmpty()) {
            QFile::remove(target);
            sealed.append({{*sha, *known, bytes, 0, {}}, source.fileName(), false});
            continue;
        }
        sealed.append({{*sha, target, bytes, 0, {}}, source.fileName(), true});
    }
    return sealed;
}

void SealedPhotos::discard(const QList<SealedPhoto> &photos)
{
    for (const SealedPhoto &p : photos) {
        if (p.fresh)
            QFile::remove(p.file.path);
    }
}

Result<QList<QImage>> SealedPhotos::load(QSqlDatabase db, const QStringList &shas, int edge)
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
        const QByteArray format = reader.format();
        QImage image;
        // Only what seal() takes, whoever sealed it: another workstation's file is outside input.
        if ((format == "jpeg" || format == "png" || format == "bmp") && size.isValid() &&
            qint64(size.width()) * size.height() <= kMaxPixels) {
            if (size.width() > edge || size.height() > edge)
                reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
            reader.read(&image);
        }
        images.append(image);
    }
    return images;
}

void SealedPhotos::loadLater(CacheThread *data, const QStringList &shas, int edge, QObject *context,
                             std::function<void(Result<QList<QImage>>)> done)
{
    if (!data)
        return done(QList<QImage>{});
    data->run<QList<QImage>>(
        context, [shas, edge](QSqlDatabase &db) { return load(db, shas, edge); }, std::move(done));
}

} // namespace Jiandu
