#pragma once

#include "../reservation/reservation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! The reservations of the areas (场所预约) in the cache. A request or a decision made here
//! is checked by the same rules as the central service's, kept and queued for the service in
//! one transaction; the service's version replaces this one once nothing of it waits.
class ReservationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ReservationRepository)

public:
    explicit ReservationRepository(QSqlDatabase db);

    //! Keeps \a request (checked at \a nowMs) as asked by its requestedBy, and queues it.
    Result<CaseArea::Reservation> request(CaseArea::Reservation request, qint64 nowMs);
    //! \a action on reservation \a uid by \a actor in \a role, checked against the area's
    //! plans and the other reservations kept here, kept and queued.
    Result<CaseArea::Reservation> decide(const QString &uid, CaseArea::ReservationAction action,
                                         const QString &actor, const QString &role,
                                         const QString &note, const QStringList &rooms,
                                         qint64 nowMs);
    //! The reservations whose time overlaps [fromMs, toMs), earliest first.
    Result<QList<CaseArea::Reservation>> during(qint64 fromMs, qint64 toMs);
    Result<std::optional<CaseArea::Reservation>> find(const QString &uid);

    //! A reservation the central service shares (its body as the change log carries it).
    Result<void> applyRemote(const QJsonObject &body);

private:
    Result<QList<CaseArea::Reservation>> select(const QString &where, const QVariantList &values);
    Result<void> store(const CaseArea::Reservation &reservation, int version);
    QSqlDatabase m_db;
};

} // namespace Jiandu
