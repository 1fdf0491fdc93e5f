#include "eventintake.h"

#include "../db/connectionpool.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <rules/eventfeed.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

// One statement for the whole batch; the queue row goes in with the event, and the engine's
// instance is woken.
const char *const kInsert =
    "WITH added AS (INSERT INTO event (id, type, time_ms, subject, source) "
    "SELECT i, t, m, s, $5 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[]) "
    "AS x(i, t, m, s) ON CONFLICT (id) DO NOTHING RETURNING seq), "
    "queued AS (INSERT INTO event_queue SELECT seq FROM added RETURNING 1) "
    "SELECT count(*) FROM queued";

} // namespace

EventIntake::Outcome EventIntake::submit(const QByteArray &lines, const QString &source,
                                         qint64 nowMs)
{
    Outcome outcome;
    QList<QByteArray> ids, types, subjects;
    QList<qint64> times;
    int number = 0;
    qsizetype from = 0;
    while (from <= lines.size()) {
        qsizetype to = lines.indexOf('\n', from);
        if (to < 0)
            to = lines.size();
        const QByteArray line = lines.mid(from, to - from).trimmed();
        from = to + 1;
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            outcome.refused.append({number, u"not a JSON object"_s});
            continue;
        }
        const QJsonObject object = document.object();
        const QJsonValue id = object.value(u"id"_s);
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > kMaxIdLength) {
            outcome.refused.append(
                {number, u"no \"id\" (a string of 1…%1 characters)"_s.arg(kMaxIdLength)});
            continue;
        }
        QString why;
        const auto event = EventFeed::fromObject(object, &why);
        if (!event) {
            outcome.refused.append({number, why});
            continue;
        }
        if (event->timeMs > nowMs + kFutureToleranceMs) {
            outcome.refused.append(
                {number, u"dated later than now: check the clock of the system that sent it"_s});
            continue;
        }
        ids.append(id.toString().toUtf8());
        types.append(event->type.toUtf8());
        times.append(event->timeMs);
        subjects.append(QJsonDocument(event->subject).toJson(QJsonDocument::Compact));
    }
    if (ids.isEmpty())
        return outcome;
    const qint64 added = m_pool.run([&](PgConnection &c) {
        PgTransaction transaction(c);
        const qint64 n = c.execPrepared("intake", kInsert,
                                        {pgArray(ids), pgArray(types), pgArray(times),
                                         pgArray(subjects), pgText(source)})
                             .number(0, 0);
        if (n > 0)
            c.execPrepared("intake_notify", "SELECT pg_notify('jiandu_events', '')", {});
        transaction.commit();
        return n;
    });
    outcome.accepted = int(added);
    for (const QByteArray &id : std::as_const(ids))
        outcome.stored.append(QString::fromUtf8(id));
    outcome.duplicates = int(ids.size() - added);
    return outcome;
}

} // namespace Jiandu::Central
