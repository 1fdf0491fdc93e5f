#pragma once

#include "../journey/stay.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <storage/filecatalog.h>

namespace Jiandu {

//! The desk's steps in the cache, append only, in the order recorded; those of the unit's other
//! workstations arrive through the central service.
class JourneyRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::JourneyRepository)

public:
    //! \a area: the case-handling area whose steps are kept and read (steps kept before areas
    //! were recorded count as its own; an area without a name has only those, and shares
    //! nothing); none: every area's.
    explicit JourneyRepository(QSqlDatabase db, std::optional<QString> area = std::nullopt);
    //! Keeps \a step, not yet told to the rule engine (markTold once it is), and queues it for
    //! the central service with \a photos (sealed in the cache's files already), in one
    //! transaction.
    Result<void> add(const CaseArea::JourneyStep &step,
                     const QList<FileCatalog::Entry> &photos = {});
    //! The SHA-256 of the photos \a step carries ("photos": [{"sha256", "name"}]).
    static QStringList photosOf(const CaseArea::JourneyStep &step);
    //! A step the central service shares (its body as the change log carries it), kept not
    //! yet told; one already here stays as it is.
    Result<void> applyRemote(const QJsonObject &body);
    Result<void> markTold(const QStringList &uids);
    //! Takes back a kept step the book then refused (another step came first), and its
    //! operation if it is not sent yet.
    Result<void> remove(const QString &uid);
    //! The steps kept but never told to the rule engine, oldest first.
    Result<QList<CaseArea::JourneyStep>> untold();
    //! What the book needs to be as it is now: every step of the stays not deregistered, and
    //! the officers' cards still bound.
    Result<QList<CaseArea::JourneyStep>> current();
    //! Every step of one stay.
    Result<QList<CaseArea::JourneyStep>> stay(const QString &stayUid);
    //! Every step of the stays entered in [fromMs, toMs) or still open then (briefs, history).
    Result<QList<CaseArea::JourneyStep>> staysDuring(qint64 fromMs, qint64 toMs);

private:
    Result<QList<CaseArea::JourneyStep>> select(const QString &where, const QVariantList &values);
    QSqlDatabase m_db;
    std::optional<QString> m_area;
};

} // namespace Jiandu
