#include "instructionrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>
#include <storage/outbox.h>
#include <storage/sqlerror.h>
#include <storage/sqltransaction.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
const QString kEntity = u"instruction:"_s;

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}
} // namespace

InstructionRepository::InstructionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Instruction> InstructionRepository::send(const Instruction &instruction, qint64 nowMs)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    if (auto existing = load(instruction.uid); !existing)
        return existing.error();
    else if (*existing)
        return Error{tr("This instruction was sent already."), {}};
    if (auto stored = store(instruction, 0); !stored)
        return stored.error();
    if (auto queued = Outbox(m_db).append(u"instruction.send"_s, kEntity + instruction.uid,
                                          instruction.issuedBy,
                                          {{u"instruction"_s, instruction.toJson()}}, nowMs);
        !queued)
        return queued.error();
    if (!transaction.commit())
        return Error{tr("The instruction could not be kept."), describeSqlError(m_db.lastError())};
    return instruction;
}

Result<Instruction> InstructionRepository::advance(const QString &uid, const QString &recipient,
                                                   const Instruction::Step &step, Sharing sharing,
                                                   const QList<FileCatalog::Entry> &photos)
{
    return change(
        uid, [&](Instruction &i) { return i.advance(recipient, step); },
        sharing == Sharing::KeepHere
            ? std::nullopt
            : std::optional(Operation{u"instruction.step"_s,
                                      step.actor,
                                      {{u"uid"_s, uid},
                                       {u"recipient"_s, recipient},
                                       {u"step"_s, Instruction::stepToJson(step)}},
                                      step.atMs}),
        tr("The answer could not be kept."),
        sharing == Sharing::KeepHere ? QList<FileCatalog::Entry>{} : photos);
}

Result<Instruction> InstructionRepository::cancel(const QString &uid, const QString &actor,
                                                  const QString &reason, qint64 nowMs)
{
    return change(
        uid, [&](Instruction &i) { return i.cancel(actor, nowMs, reason); },
        Operation{u"instruction.cancel"_s,
                  actor,
                  {{u"uid"_s, uid}, {u"reason"_s, reason}, {u"atMs"_s, nowMs}},
                  nowMs},
        tr("The cancellation could not be kept."));
}

Result<Instruction>
InstructionRepository::change(const QString &uid,
                              const std::function<Result<void>(Instruction &)> &edit,
                              const std::optional<Operation> &operation, const QString &failure,
                              const QList<FileCatalog::Entry> &files)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return Error{tr("The cache is busy; try again."), describeSqlError(m_db.lastError())};
    auto current = load(uid);
    if (!current)
        return current.error();
    if (!*current)
        return Error{tr("The instruction is no longer here."), {}};
    auto [instruction, version] = **current;
    if (auto edited = edit(instruction); !edited)
        return edited.error();
    if (auto stored = store(instruction, version); !stored)
        return stored.error();
    if (operation) {
        if (auto queued = Outbox(m_db).append(operation->type, kEntity + uid, operation->actor,
                                              operation->fields, operation->atMs);
            !queued)
            return queued.error();
    }
    // The photos go to the central service with the answer naming them.
    for (const FileCatalog::Entry &file : files) {
        if (auto shared = FileCatalog(m_db).share(file.sha256, file.path, file.bytes); !shared)
            return shared.error();
    }
    if (!transaction.commit())
        return Error{failure, describeSqlError(m_db.lastError())};
    return instruction;
}

Result<QList<KeptInstruction>> InstructionRepository::recent(qint64 sinceMs, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q,
                   u"SELECT body FROM commandmap_instruction WHERE issued_ms >= ? OR closed = 0"
                   " ORDER BY issued_ms DESC, uid LIMIT ?"_s,
                   {sinceMs, limit}))
        return Error{tr("The instructions could not be read."), describeSqlError(q.lastError())};
    QList<KeptInstruction> all;
    while (q.next()) {
        auto i = Instruction::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (i)
            all.append({std::move(i).value(), false});
    }
    q.finish();
    Outbox outbox(m_db);
    for (KeptInstruction &kept : all) {
        auto waiting = outbox.holds(kEntity + kept.instruction.uid);
        if (!waiting)
            return waiting.error();
        kept.pending = *waiting;
    }
    return all;
}

Result<std::optional<Instruction>> InstructionRepository::find(const QString &uid)
{
    auto found = load(uid);
    if (!found)
        return found.error();
    return *found ? std::optional((*found)->first) : std::nullopt;
}

Result<std::optional<std::pair<Instruction, int>>> InstructionRepository::load(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!execBound(q, u"SELECT body, version FROM commandmap_instruction WHERE uid = ?"_s, {uid}))
        return Error{tr("The instruction could not be read."), describeSqlError(q.lastError())};
    if (!q.next())
        return std::optional<std::pair<Instruction, int>>();
    auto i = Instruction::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!i)
        return i.error();
    return std::optional(std::pair{std::move(i).value(), q.value(1).toInt()});
}

Result<void> InstructionRepository::store(const Instruction &i, int version)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   u"INSERT OR REPLACE INTO commandmap_instruction (uid, issued_ms, closed, body,"
                   " version) VALUES (?, ?, ?, ?, ?)"_s,
                   {i.uid, i.issuedMs, i.isClosed() ? 1 : 0, compact(i.toJson()), version}))
        return Error{tr("The instruction could not be kept."), describeSqlError(q.lastError())};
    return {};
}

Result<void> InstructionRepository::applyRemote(const QJsonObject &body)
{
    auto i = Instruction::fromJson(body);
    if (!i) {
        // The service replays every step through the same workflow before it shares one.
        qWarning("commandmap: a shared instruction was left out: %s",
                 qPrintable(i.error().message));
        return {};
    }
    // The feedback's photos are fetched from the service (those here already stay).
    for (const Instruction::Track &track : std::as_const(i->tracks)) {
        for (const Instruction::Step &step : track.steps) {
            for (const QString &sha : step.photos) {
                if (auto wanted = FileCatalog(m_db).want(sha, 0); !wanted)
                    return wanted.error();
            }
        }
    }
    return store(i.value(), body.value(u"version"_s).toInt());
}

Result<void> InstructionRepository::remove(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!execBound(q, u"DELETE FROM commandmap_instruction WHERE uid = ?"_s, {uid}))
        return Error{tr("The instruction could not be removed."), describeSqlError(q.lastError())};
    return {};
}

} // namespace Jiandu::CommandMap
