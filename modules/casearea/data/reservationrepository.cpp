#include "reservationrepository.h"

#include "planrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
const QString kEntity = u"reservation:"_s;
} // namespace

ReservationRepository::ReservationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Reservation> ReservationRepository::request(Reservation request, qint64 nowMs)
{
    request.requestedMs = nowMs;
    request.state = ReservationState::Requested;
    request.rooms.clear();
    request.decisions.clear();
    if (auto checked = Reservation::checkRequest(request, nowMs); !checked)
        return checked.error();
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    if (auto stored = store(request, 0); !stored)
        return stored.error();
    if (auto queued =
            Outbox(m_db).append(u"reservation.request"_s, kEntity + request.uid,
                                request.requestedBy, {{u"reservation"_s, request.toJson()}}, nowMs);
        !queued)
        return queued.error();
    if (!transaction.commit())
        return Error{tr("The reservation could not be kept."), describeSqlError(m_db.lastError())};
    return request;
}

Result<Reservation> ReservationRepository::decide(const QString &uid, ReservationAction action,
                                                  const QString &actor, const QString &role,
                                                  const QString &note, const QStringList &rooms,
                                                  qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    auto current = find(uid);
    if (!current)
        return current.error();
    if (!*current)
        return Error{tr("The reservation is no longer here."), {}};
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT version FROM casearea_reservation WHERE uid = ?"_s, {uid}) ||
        !q.next())
        return Error{tr("The reservation could not be read."), describeSqlError(q.lastError())};
    const int version = q.value(0).toInt();
    q.finish();
    std::optional<FloorPlan> plan;
    QList<Reservation> others;
    if (action == ReservationAction::LegalApprove) {
        auto plans = PlanRepository(m_db).list();
        if (!plans)
            return plans.error();
        QList<FloorPlan> floors;
        for (const StoredPlan &p : *plans)
            if (p.unit == (*current)->areaUnit && p.plan.area == (*current)->area)
                floors.append(p.plan);
        if (!floors.isEmpty())
            plan = Reservation::roomsOf(floors);
        auto overlapping = during((*current)->fromMs, (*current)->toMs);
        if (!overlapping)
            return overlapping.error();
        others = *overlapping;
    }
    auto next = Reservation::decide(**current, action, actor, role, note, rooms,
                                    plan ? &*plan : nullptr, others, nowMs);
    if (!next)
        return next.error();
    if (auto stored = store(*next, version); !stored)
        return stored.error();
    if (auto queued = Outbox(m_db).append(u"reservation.decide"_s, kEntity + uid, actor,
                                          {{u"uid"_s, uid},
                                           {u"action"_s, Reservation::actionKey(action)},
                                           {u"note"_s, note},
                                           {u"rooms"_s, QJsonArray::fromStringList(rooms)}},
                                          nowMs);
        !queued)
        return queued.error();
    if (!transaction.commit())
        return Error{tr("The decision could not be kept."), describeSqlError(m_db.lastError())};
    return next;
}

Result<QList<Reservation>> ReservationRepository::during(qint64 fromMs, qint64 toMs)
{
    return select(u"from_ms < ? AND to_ms > ?"_s, {toMs, fromMs});
}

Result<std::optional<Reservation>> ReservationRepository::find(const QString &uid)
{
    auto found = select(u"uid = ?"_s, {uid});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Reservation>() : std::optional(found->first());
}

Result<QList<Reservation>> ReservationRepository::select(const QString &where,
                                                         const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q,
                   u"SELECT body FROM casearea_reservation WHERE "_s + where +
                       u" ORDER BY from_ms, uid"_s,
                   values))
        return Error{tr("The reservations could not be read."), describeSqlError(q.lastError())};
    QList<Reservation> all;
    while (q.next()) {
        auto r = Reservation::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (r)
            all.append(r.value());
    }
    return all;
}

Result<void> ReservationRepository::store(const Reservation &r, int version)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO casearea_reservation (uid, area, from_ms, to_ms, state,"
                   " body, version) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                   {r.uid, r.area, r.fromMs, r.toMs, Reservation::stateKey(r.state),
                    QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)),
                    version}))
        return Error{tr("The reservation could not be kept."), describeSqlError(q.lastError())};
    return {};
}

Result<void> ReservationRepository::applyRemote(const QJsonObject &body)
{
    auto r = Reservation::fromJson(body);
    if (!r) {
        // The service checks a reservation by the same rules before it shares it.
        qWarning("casearea: a shared reservation was left out: %s", qPrintable(r.error().message));
        return {};
    }
    return store(r.value(), body.value(u"version"_s).toInt());
}

} // namespace Jiandu
