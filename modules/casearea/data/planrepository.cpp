#include "planrepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;
using Jiandu::CaseArea::FloorPlan;

namespace Jiandu {

namespace {

QString shaOf(const FloorPlan &plan)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(PlanRepository::fingerprintOf(plan), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString PlanRepository::keyOf(const QString &unit, const FloorPlan &plan)
{
    return unit + u'/' + plan.area.simplified() + u'#' + QString::number(plan.floor);
}

QByteArray PlanRepository::fingerprintOf(const FloorPlan &plan)
{
    return QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
}

Result<StoredPlan> PlanRepository::save(const QString &unit, const FloorPlan &plan,
                                        const QString &actor, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    auto stored = store(unit, plan, actor, nowMs, {});
    if (stored && !transaction.commit())
        return Error{tr("The floor plan could not be saved."), describeSqlError(m_db.lastError())};
    return stored;
}

Result<StoredPlan> PlanRepository::takeInFile(const QString &unit, const FloorPlan &plan,
                                              const QString &actor, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    const QString key = keyOf(unit, plan);
    const QString sha = shaOf(plan);
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT file_sha256 FROM casearea_plan WHERE key = ?"_s, {key}))
        return Error{tr("The floor plans could not be read."), describeSqlError(q.lastError())};
    const bool held = q.next();
    const QString takenIn = held ? q.value(0).toString() : QString();
    q.finish();
    if (held && (takenIn == sha || takenIn.isEmpty())) {
        // The file unchanged since it was taken in; or the unit's plan came through the
        // central service before this file was ever read here: the shared plan stays, the
        // file is remembered, and only a later change of it is taken in.
        if (takenIn.isEmpty() &&
            !execBound(q, u"UPDATE casearea_plan SET file_sha256 = ? WHERE key = ?"_s, {sha, key}))
            return Error{tr("The floor plan could not be saved."), describeSqlError(q.lastError())};
        auto kept = find(key);
        if (!kept)
            return kept.error();
        if (*kept && transaction.commit())
            return **kept;
    }
    auto stored = store(unit, plan, actor, nowMs, sha);
    if (stored && !transaction.commit())
        return Error{tr("The floor plan could not be saved."), describeSqlError(m_db.lastError())};
    return stored;
}

Result<StoredPlan> PlanRepository::store(const QString &unit, const FloorPlan &plan,
                                         const QString &actor, qint64 nowMs,
                                         const QString &fileSha256)
{
    StoredPlan stored{keyOf(unit, plan), unit, plan, actor, nowMs, 0};
    stored.plan.area = plan.area.simplified();
    if (stored.plan.area.isEmpty())
        return Error{tr("The plan does not say which case-handling area it is of (\"area\")."), {}};
    QSqlQuery q(m_db);
    // Saved over the version this workstation knows: one saved elsewhere since wins.
    if (!execBound(q, u"SELECT version, file_sha256 FROM casearea_plan WHERE key = ?"_s,
                   {stored.key}))
        return Error{tr("The floor plan could not be saved."), describeSqlError(q.lastError())};
    QString sha = fileSha256;
    if (q.next()) {
        stored.version = q.value(0).toInt();
        if (sha.isEmpty())
            sha = q.value(1).toString();
    }
    q.finish();
    const QByteArray body = fingerprintOf(stored.plan);
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO casearea_plan (key, unit, area, floor, body, saved_by,"
                   " saved_ms, version, file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {stored.key, unit, stored.plan.area, stored.plan.floor, QString::fromUtf8(body),
                    actor, nowMs, stored.version, sha}))
        return Error{tr("The floor plan could not be saved."), describeSqlError(q.lastError())};
    // A save not sent yet is replaced by this one: both were made on the same version, and
    // the service is to have the last.
    if (auto superseded = Outbox(m_db).supersede(u"plan:"_s + stored.key, u"plan.save"_s);
        !superseded)
        return superseded.error();
    const QJsonObject op{{u"plan"_s, stored.plan.toJson()}, {u"baseVersion"_s, stored.version}};
    if (auto queued =
            Outbox(m_db).append(u"plan.save"_s, u"plan:"_s + stored.key, actor, op, nowMs);
        !queued)
        return queued.error();
    return stored;
}

Result<std::optional<StoredPlan>> PlanRepository::find(const QString &key)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const StoredPlan &p : *all)
        if (p.key == key)
            return std::optional<StoredPlan>(p);
    return std::optional<StoredPlan>();
}

Result<QList<StoredPlan>> PlanRepository::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, unit, body, saved_by, saved_ms, version FROM casearea_plan"
                " ORDER BY unit, area, floor"_s))
        return Error{tr("The floor plans could not be read."), describeSqlError(q.lastError())};
    QList<StoredPlan> plans;
    while (q.next()) {
        auto plan = FloorPlan::fromJson(q.value(2).toString().toUtf8());
        if (!plan) // kept only as the tracker accepts it: not expected, skipped with the reason
            return Error{tr("The floor plan %1 in the cache is not valid: %2")
                             .arg(q.value(0).toString(), plan.error().message),
                         {}};
        plans.append({q.value(0).toString(), q.value(1).toString(), std::move(plan).value(),
                      q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toInt()});
    }
    return plans;
}

Result<void> PlanRepository::applyRemote(const QJsonObject &body)
{
    const QString key = body.value(u"key"_s).toString();
    auto plan = FloorPlan::fromJson(QJsonDocument(body.value(u"plan"_s).toObject()).toJson());
    if (key.isEmpty() || !plan) {
        // The service checks a plan as the tracker does before it shares it; one that is not
        // valid here is left out rather than stopping every other record's sync.
        qWarning("casearea: a shared floor plan was left out: %s",
                 qPrintable(plan ? u"no key"_s : plan.error().message));
        return {};
    }
    const QVariantList values{
        QString::fromUtf8(fingerprintOf(*plan)), body.value(u"savedBy"_s).toString(),
        qint64(body.value(u"savedMs"_s).toDouble()), body.value(u"version"_s).toInt(), key};
    QSqlQuery q(m_db);
    // The plan file's fingerprint stays: a file unchanged is not taken in over the shared plan.
    if (!execBound(q,
                   u"UPDATE casearea_plan SET body = ?, saved_by = ?, saved_ms = ?, version = ?"
                   " WHERE key = ?"_s,
                   values))
        return Error{tr("The floor plan could not be stored."), describeSqlError(q.lastError())};
    if (q.numRowsAffected() > 0)
        return {};
    if (!execBound(q,
                   u"INSERT INTO casearea_plan (body, saved_by, saved_ms, version, key, unit, area,"
                   " floor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   values + QVariantList{body.value(u"unit"_s).toString(), plan->area.simplified(),
                                         plan->floor}))
        return Error{tr("The floor plan could not be stored."), describeSqlError(q.lastError())};
    return {};
}

Result<void> PlanRepository::removeRemote(const QString &key)
{
    QSqlQuery q(m_db);
    if (!execBound(q, u"DELETE FROM casearea_plan WHERE key = ?"_s, {key}))
        return Error{tr("The floor plan could not be removed."), describeSqlError(q.lastError())};
    return {};
}

} // namespace Jiandu
