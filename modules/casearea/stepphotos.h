#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSqlDatabase>
#include <casearea/journey/stay.h>
#include <core/result.h>
#include <storage/filecatalog.h>

namespace Jiandu {

//! The photos of a step (伤情照片, 物品照片) in the cache's files: sealed under the cache's
//! file key and known by their SHA-256, so they travel with the step to the unit's other
//! workstations and nobody reads them without the cache's password. On the database thread.
class StepPhotos
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::StepPhotos)

public:
    static constexpr qint64 kMaxBytes = 20 << 20;
    static constexpr qint64 kMaxPixels = 50'000'000;

    //! Seals the files \a step's body names ("photoFiles") into \a directory and names them in
    //! the body by SHA-256 instead ("photos": [{"sha256", "name"}]); what to record in the
    //! file catalogue with the step. A file that is not a readable picture is refused by name;
    //! on any error nothing is left behind.
    static Result<QList<FileCatalog::Entry>> seal(QSqlDatabase db, CaseArea::JourneyStep &step,
                                                  const QString &directory);
    //! The photos \a shas as pictures at most \a edge pixels wide and high; a photo not here
    //! yet (still on its way from the central service) is a null image.
    static Result<QList<QImage>> load(QSqlDatabase db, const QStringList &shas, int edge);
};

} // namespace Jiandu
