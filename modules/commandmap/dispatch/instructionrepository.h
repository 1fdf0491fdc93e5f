#pragma once

#include "instruction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>
#include <functional>
#include <optional>
#include <storage/filecatalog.h>

namespace Jiandu::CommandMap {

//! An instruction as this workstation holds it: \c pending while what was done here has not
//! yet reached the central service (offline, or before the next sync).
struct KeptInstruction
{
    Instruction instruction;
    bool pending = false;
};

//! The instructions in the cache. Whatever is done here (sent, a recipient's answer recorded,
//! cancelled) is kept and queued for the central service in one transaction; the service's
//! version replaces this one once nothing of it waits.
class InstructionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CommandMap::InstructionRepository)

public:
    explicit InstructionRepository(QSqlDatabase db);

    //! Keeps \a instruction (made by Instruction::create) and queues it.
    Result<Instruction> send(const Instruction &instruction, qint64 nowMs);
    enum class Sharing {
        Send,    //!< recorded here: queued for the central service
        KeepHere //!< came from elsewhere (the demo's simulated terminals): only kept
    };
    //! Records \a step of \a recipient on instruction \a uid, as the workflow allows; \a photos:
    //! the files its photos (by SHA-256) were sealed into here, recorded to travel with it.
    Result<Instruction> advance(const QString &uid, const QString &recipient,
                                const Instruction::Step &step, Sharing sharing = Sharing::Send,
                                const QList<FileCatalog::Entry> &photos = {});
    //! \a actor (who sent it) cancels instruction \a uid for everyone not finished.
    Result<Instruction> cancel(const QString &uid, const QString &actor, const QString &reason,
                               qint64 nowMs);
    //! The instructions sent at or after \a sinceMs (and every one still open), newest first.
    Result<QList<KeptInstruction>> recent(qint64 sinceMs, int limit);
    Result<std::optional<Instruction>> find(const QString &uid);

    //! An instruction the central service shares (its body as the change log carries it).
    Result<void> applyRemote(const QJsonObject &body);
    Result<void> remove(const QString &uid);

private:
    //! What goes to the central service with a change.
    struct Operation
    {
        QString type;
        QString actor;
        QJsonObject fields;
        qint64 atMs = 0;
    };
    //! Applies \a edit to instruction \a uid, keeps it and queues \a operation, all or nothing.
    Result<Instruction> change(const QString &uid,
                               const std::function<Result<void>(Instruction &)> &edit,
                               const std::optional<Operation> &operation, const QString &failure,
                               const QList<FileCatalog::Entry> &files = {});
    Result<std::optional<std::pair<Instruction, int>>> load(const QString &uid);
    Result<void> store(const Instruction &instruction, int version);
    QSqlDatabase m_db;
};

} // namespace Jiandu::CommandMap
