#include "dispatchservice.h"

#include <QPointer>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <photos/sealedphotos.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kMaxShown = 500;

Error noCache()
{
    return Error{QCoreApplication::translate("Jiandu::CommandMap::DispatchService",
                                             "This workstation has no local cache to keep "
                                             "instructions in."),
                 {}};
}
} // namespace

DispatchService::DispatchService(IShell &shell, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(data)
{}

QString DispatchService::operatorName() const
{
    return m_shell.context().userName;
}

qint64 DispatchService::nowMs() const
{
    return m_shell.clock().nowMs();
}

void DispatchService::load(QObject *context,
                           std::function<void(Result<QList<KeptInstruction>>)> done)
{
    if (!m_data)
        return done(QList<KeptInstruction>{});
    m_data->run<QList<KeptInstruction>>(
        context,
        [since = nowMs() - kDayMs](QSqlDatabase &db) {
            return InstructionRepository(db).recent(since, kMaxShown);
        },
        std::move(done));
}

void DispatchService::send(Instruction::Kind kind, const QString &title, const QString &body,
                           const QStringList &recipients, const QString &incident, QObject *context,
                           std::function<void(Result<Instruction>)> done)
{
    auto made =
        Instruction::create(kind, title, body, recipients, operatorName(), nowMs(), incident);
    if (!made)
        return done(made.error());
    Instruction instruction = std::move(made).value();
    instruction.unit = m_shell.context().unit;
    keep([instruction, now = nowMs()](
             QSqlDatabase &db) { return InstructionRepository(db).send(instruction, now); },
         context, std::move(done));
}

void DispatchService::record(const QString &uid, const QString &recipient,
                             const Instruction::Step &step, QObject *context,
                             std::function<void(Result<Instruction>)> done,
                             InstructionRepository::Sharing sharing)
{
    keep(
        [uid, recipient, step, sharing,
         directory = m_shell.context().dataDirectory +
                     u"/commandmap/photos"_s](QSqlDatabase &db) -> Result<Instruction> {
            // The photos (files on this workstation) sealed into the cache's files first, then
            // named by SHA-256 in the answer, kept with it in one go.
            auto sealed = SealedPhotos::seal(db, step.photos, directory);
            if (!sealed)
                return sealed.error();
            Instruction::Step named = step;
            named.photos.clear();
            QList<FileCatalog::Entry> files;
            for (const SealedPhoto &photo : std::as_const(*sealed)) {
                named.photos.append(photo.file.sha256);
                files.append(photo.file);
            }
            auto kept = InstructionRepository(db).advance(uid, recipient, named, sharing, files);
            if (!kept)
                SealedPhotos::discard(*sealed);
            return kept;
        },
        context, std::move(done));
}

void DispatchService::loadPhotos(const QStringList &shas, int edge, QObject *context,
                                 std::function<void(Result<QList<QImage>>)> done)
{
    SealedPhotos::loadLater(m_data, shas, edge, context, std::move(done));
}

void DispatchService::cancel(const QString &uid, const QString &reason, QObject *context,
                             std::function<void(Result<Instruction>)> done)
{
    keep(
        [uid, reason, actor = operatorName(), now = nowMs()](QSqlDatabase &db) {
            return InstructionRepository(db).cancel(uid, actor, reason, now);
        },
        context, std::move(done));
}

void DispatchService::keep(std::function<Result<Instruction>(QSqlDatabase &)> work,
                           QObject *context, std::function<void(Result<Instruction>)> done)
{
    if (!m_data)
        return done(noCache());
    m_data->run<Instruction>(this, std::move(work),
                             [this, asker = QPointer<QObject>(context),
                              done = std::move(done)](Result<Instruction> kept) {
                                 if (kept)
                                     emit instructionsChanged();
                                 if (asker)
                                     done(std::move(kept));
                             });
}

void DispatchService::changed(const QStringList &kinds)
{
    if (kinds.contains(u"instruction"_s))
        emit instructionsChanged();
}

} // namespace Jiandu::CommandMap
