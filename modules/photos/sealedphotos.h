#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSqlDatabase>
#include <core/result.h>
#include <functional>
#include <storage/filecatalog.h>

namespace Jiandu {

class CacheThread;

//! A photo kept in the cache's files, and the name it had on the workstation.
struct SealedPhoto
{
    FileCatalog::Entry file;
    QString name;
    bool fresh = true; //!< sealed now (not a photo the cache held already)
};

//! Photos attached to records (a step's 伤情照片, an instruction's feedback) in the cache's
//! files: sealed under the cache's file key and known by their SHA-256, so they travel with
//! the record to the unit's other workstations and nobody reads them without the cache's
//! password. On the database thread.
class SealedPhotos
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::SealedPhotos)

public:
    static constexpr qint64 kMaxBytes = 20 << 20;
    static constexpr qint64 kMaxPixels = 50'000'000;

    //! Seals \a files (pictures on this workstation) into \a directory, in order, the same
    //! photo chosen twice once; what to record in the file catalogue with the record. A file
    //! that is not a readable JPEG, PNG or BMP of a sane size is refused by name; on any error
    //! nothing is left behind.
    static Result<QList<SealedPhoto>> seal(QSqlDatabase db, const QStringList &files,
                                           const QString &directory);
    //! Removes what seal() wrote (the record naming them could not be kept); photos the cache
    //! held before stay.
    static void discard(const QList<SealedPhoto> &photos);
    //! The photos \a shas as pictures at most \a edge pixels wide and high; a photo not here
    //! yet (still on its way from the central service) is a null image.
    static Result<QList<QImage>> load(QSqlDatabase db, const QStringList &shas, int edge);
    //! load() on \a data's thread, \a done on \a context's (no cache: no photos).
    static void loadLater(CacheThread *data, const QStringList &shas, int edge, QObject *context,
                          std::function<void(Result<QList<QImage>>)> done);
};

} // namespace Jiandu
