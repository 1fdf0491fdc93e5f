#include "journeyrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;
using Jiandu::CaseArea::JourneyStep;

namespace Jiandu {

namespace {
//! A stay's steps are one record for the sync, so they reach the service in the order the desk
//! took them, whichever officer recorded each; an officer's card is a record of its own.
QString entityOf(const JourneyStep &step)
{
    return step.stayUid.isEmpty() ? u"areacard:"_s + step.body.value(u"tag"_s).toString()
                                  : u"areastay:"_s + step.stayUid;
}

//! The step's operation is known by the step: taken back, it is found again.
QString operationOf(const QString &stepUid)
{
    return u"step-"_s + stepUid;
}
} // namespace

JourneyRepository::JourneyRepository(QSqlDatabase db, std::optional<QString> area)
    : m_db(db)
    , m_area(area ? std::optional(area->simplified()) : std::nullopt)
{}

QStringList JourneyRepository::photosOf(const JourneyStep &step)
{
    QStringList shas;
    for (const QJsonValue &photo : step.body.value(u"photos"_s).toArray())
        if (const QString sha = photo[u"sha256"_s].toString(); FileCatalog::isSha256(sha))
            shas.append(sha);
    return shas;
}

Result<void> JourneyRepository::add(const JourneyStep &step,
                                    const QList<FileCatalog::Entry> &photos)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The step could not be kept in the cache; it was not recorded."),
                     m_db.lastError().text()};
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT INTO casearea_step (uid, stay_uid, kind, at_ms, operator, tag, body,"
                   " told, area) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                   {step.uid, step.stayUid, step.kind, step.atMs, step.operatorName,
                    step.body.value(u"tag"_s).toString(),
                    QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Compact)),
                    m_area.value_or(QString())}))
        return Error{tr("The step could not be kept in the cache; it was not recorded."),
                     q.lastError().text()};
    // The photos travel with the step; both kept, or neither.
    for (const FileCatalog::Entry &photo : photos)
        if (auto shared = FileCatalog(m_db).share(photo.sha256, photo.path, photo.bytes); !shared)
            return shared.error();
    // Shared with the unit's other workstations (the command room's plan, the legal officer's
    // history) in the same transaction: kept and queued, or neither.
    if (m_area && !m_area->isEmpty()) {
        if (auto queued = Outbox(m_db).append(u"area.step"_s, entityOf(step), step.operatorName,
                                              {{u"id"_s, operationOf(step.uid)},
                                               {u"area"_s, *m_area},
                                               {u"step"_s, step.toJson()},
                                               {u"timeMs"_s, step.atMs}},
                                              step.atMs);
            !queued)
            return queued.error();
    }
    if (!transaction.commit())
        return Error{tr("The step could not be kept in the cache; it was not recorded."),
                     m_db.lastError().text()};
    return {};
}

Result<void> JourneyRepository::applyRemote(const QJsonObject &body)
{
    const JourneyStep step = JourneyStep::fromJson(body);
    if (step.uid.isEmpty() || step.kind.isEmpty()) {
        // The service checks a step before it shares it; one without its id or kind is left
        // out rather than stopping every other record's sync.
        qWarning("casearea: a shared step without its id or kind was left out");
        return {};
    }
    // Not told yet: this workstation's book and rule engine take it in when it is shown. A
    // step already here (this workstation's own, come back) stays as it is.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR IGNORE INTO casearea_step (uid, stay_uid, kind, at_ms, operator,"
                   " tag, body, told, area) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                   {step.uid, step.stayUid, step.kind, step.atMs, step.operatorName,
                    step.body.value(u"tag"_s).toString(),
                    QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Compact)),
                    body.value(u"area"_s).toString().simplified()}))
        return Error{tr("A step shared by the central service could not be kept."),
                     q.lastError().text()};
    // Its photos are fetched from the service unless they are here.
    for (const QString &sha : photosOf(step))
        if (auto wanted = FileCatalog(m_db).want(sha, 0); !wanted)
            return wanted.error();
    return {};
}

Result<void> JourneyRepository::markTold(const QStringList &uids)
{
    QSqlQuery q(m_db);
    for (const QString &uid : uids) {
        if (!execBound(q, u"UPDATE casearea_step SET told = 1 WHERE uid = ?"_s, {uid}))
            return Error{tr("The case area's records could not be updated in the cache."),
                         q.lastError().text()};
    }
    return {};
}

Result<void> JourneyRepository::remove(const QString &uid)
{
    SqlTransaction transaction(m_db);
    QSqlQuery q(m_db);
    if (!transaction.isOpen() || !execBound(q, u"DELETE FROM casearea_step WHERE uid = ?"_s, {uid}))
        return Error{tr("The case area's records could not be updated in the cache."),
                     q.lastError().text()};
    if (auto withdrawn = Outbox(m_db).remove(operationOf(uid)); !withdrawn)
        return withdrawn.error();
    if (!transaction.commit())
        return Error{tr("The case area's records could not be updated in the cache."),
                     m_db.lastError().text()};
    return {};
}

Result<QList<JourneyStep>> JourneyRepository::untold()
{
    return select(u"told = 0"_s, {});
}

Result<QList<JourneyStep>> JourneyRepository::select(const QString &where,
                                                     const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql =
        u"SELECT uid, stay_uid, kind, at_ms, operator, body FROM casearea_step s WHERE ("_s +
        where + u')';
    QVariantList bound = values;
    if (m_area) {
        sql += u" AND s.area IN ('', ?)"_s;
        bound.append(*m_area);
    }
    if (!execBound(q, sql + u" ORDER BY seq"_s, bound))
        return Error{tr("The case area's records could not be read from the cache."),
                     q.lastError().text()};
    QList<JourneyStep> steps;
    while (q.next()) {
        steps.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toString(),
                      QJsonDocument::fromJson(q.value(5).toByteArray()).object()});
    }
    return steps;
}

Result<QList<JourneyStep>> JourneyRepository::current()
{
    return select(
        u"(stay_uid != '' AND stay_uid NOT IN"
        "   (SELECT stay_uid FROM casearea_step WHERE kind = 'area.left'))"
        " OR (kind = 'officer.card-bound' AND NOT EXISTS (SELECT 1 FROM casearea_step u"
        "   WHERE u.kind = 'officer.card-unbound' AND u.tag = s.tag AND u.seq > s.seq))"_s,
        {});
}

Result<QList<JourneyStep>> JourneyRepository::stay(const QString &stayUid)
{
    return select(u"stay_uid = ?"_s, {stayUid});
}

Result<QList<JourneyStep>> JourneyRepository::staysDuring(qint64 fromMs, qint64 toMs)
{
    // A stay overlaps when it was entered before the end and not left before the start.
    return select(
        u"stay_uid IN (SELECT e.stay_uid FROM casearea_step e WHERE e.kind = 'area.entered'"
        "   AND e.at_ms < ? AND NOT EXISTS (SELECT 1 FROM casearea_step l"
        "     WHERE l.stay_uid = e.stay_uid AND l.kind = 'area.left' AND l.at_ms < ?))"_s,
        {toMs, fromMs});
}

} // namespace Jiandu
