#include "reservations.h"

#include <QUuid>
#include <casearea/data/reservationrepository.h>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

namespace Jiandu {

namespace {
Error noCache()
{
    return Error{QCoreApplication::translate("Jiandu::Reservations",
                                             "This workstation has no local cache to keep "
                                             "reservations in."),
                 {}};
}
} // namespace

Reservations::Reservations(IShell &shell, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(data)
{}

QString Reservations::actor() const
{
    return m_shell.context().userName;
}

QString Reservations::role() const
{
    return m_shell.context().role;
}

QString Reservations::unit() const
{
    return m_shell.context().unit;
}

qint64 Reservations::nowMs() const
{
    return m_shell.clock().nowMs();
}

void Reservations::load(qint64 fromMs, qint64 toMs, QObject *context,
                        std::function<void(Result<QList<Reservation>>)> done)
{
    if (!m_data)
        return done(QList<Reservation>{});
    m_data->run<QList<Reservation>>(
        context,
        [fromMs, toMs](QSqlDatabase &db) { return ReservationRepository(db).during(fromMs, toMs); },
        std::move(done));
}

void Reservations::loadAreas(QObject *context, std::function<void(Result<QList<StoredPlan>>)> done)
{
    if (!m_data)
        return done(QList<StoredPlan>{});
    m_data->run<QList<StoredPlan>>(
        context, [](QSqlDatabase &db) { return PlanRepository(db).list(); }, std::move(done));
}

void Reservations::request(const Reservation &request, QObject *context,
                           std::function<void(Result<Reservation>)> done)
{
    if (!m_data)
        return done(noCache());
    Reservation r = request;
    if (r.uid.isEmpty())
        r.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.unit = m_shell.context().unit;
    r.requestedBy = actor();
    m_data->run<Reservation>(
        this,
        [r, now = nowMs()](QSqlDatabase &db) { return ReservationRepository(db).request(r, now); },
        [this, asker = QPointer<QObject>(context),
         done = std::move(done)](Result<Reservation> kept) {
            if (kept)
                emit reservationsChanged();
            if (asker)
                done(std::move(kept));
        });
}

void Reservations::decide(const QString &uid, ReservationAction action, const QString &note,
                          const QStringList &rooms, QObject *context,
                          std::function<void(Result<Reservation>)> done)
{
    if (!m_data)
        return done(noCache());
    m_data->run<Reservation>(
        this,
        [uid, action, note, rooms, actor = actor(), role = role(),
         now = nowMs()](QSqlDatabase &db) {
            return ReservationRepository(db).decide(uid, action, actor, role, note, rooms, now);
        },
        [this, asker = QPointer<QObject>(context),
         done = std::move(done)](Result<Reservation> kept) {
            if (kept)
                emit reservationsChanged();
            if (asker)
                done(std::move(kept));
        });
}

void Reservations::changed(const QStringList &kinds)
{
    if (kinds.contains(u"reservation"_s) || kinds.contains(u"plan"_s))
        emit reservationsChanged();
}

} // namespace Jiandu
