#pragma once

#include "../tracking/floorplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! A floor plan as the cache keeps it: who saved it last, when, and on which of the central
//! service's versions (0: the service has none yet).
struct StoredPlan
{
    QString key;
    QString unit;
    CaseArea::FloorPlan plan;
    QString savedBy;
    qint64 savedMs = 0;
    int version = 0;
};

//! The floor plans in the cache (办案区平面图), one per floor of the unit's areas. A plan
//! saved here is queued for the central service in the same transaction; one the service
//! shares replaces what is here (unless a save of it still waits to be sent).
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::PlanRepository)

public:
    explicit PlanRepository(QSqlDatabase db);

    //! The key of \a plan's floor in \a unit, as the central service keys it.
    static QString keyOf(const QString &unit, const CaseArea::FloorPlan &plan);
    //! The plan's content, independent of how its file was written (spacing, key order).
    static QByteArray fingerprintOf(const CaseArea::FloorPlan &plan);

    //! Keeps \a plan as \a actor saved it, on the version this cache knows, and queues it.
    Result<StoredPlan> save(const QString &unit, const CaseArea::FloorPlan &plan,
                            const QString &actor, qint64 nowMs);
    //! The plan file's \a plan, taken in as a save when the file is new or changed since it
    //! was last taken in; otherwise what the cache holds for its floor (edited or shared
    //! since) stays.
    Result<StoredPlan> takeInFile(const QString &unit, const CaseArea::FloorPlan &plan,
                                  const QString &actor, qint64 nowMs);
    //! The plan kept under \a key, or nullopt.
    Result<std::optional<StoredPlan>> find(const QString &key);
    Result<QList<StoredPlan>> list();

    //! A plan the central service shares (its body as the change log carries it).
    Result<void> applyRemote(const QJsonObject &body);
    Result<void> removeRemote(const QString &key);

private:
    Result<StoredPlan> store(const QString &unit, const CaseArea::FloorPlan &plan,
                             const QString &actor, qint64 nowMs, const QString &fileSha256);
    QSqlDatabase m_db;
};

} // namespace Jiandu
