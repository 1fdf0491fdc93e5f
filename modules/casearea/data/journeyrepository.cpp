#include "journeyrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>

using namespace Qt::StringLiterals;
using Jiandu::CaseArea::JourneyStep;

namespace Jiandu {

JourneyRepository::JourneyRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<void> JourneyRepository::add(const JourneyStep &step)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT INTO casearea_step (uid, stay_uid, kind, at_ms, operator, tag, body,"
                   " told) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s,
                   {step.uid, step.stayUid, step.kind, step.atMs, step.operatorName,
                    step.body.value(u"tag"_s).toString(),
                    QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Compact))}))
        return Error{tr("The step could not be kept in the cache; it was not recorded."),
                     q.lastError().text()};
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
    QSqlQuery q(m_db);
    if (!execBound(q, u"DELETE FROM casearea_step WHERE uid = ?"_s, {uid}))
        return Error{tr("The case area's records could not be updated in the cache."),
                     q.lastError().text()};
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
    if (!execBound(
            q,
            u"SELECT uid, stay_uid, kind, at_ms, operator, body FROM casearea_step s WHERE "_s +
                where + u" ORDER BY seq"_s,
            values))
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
