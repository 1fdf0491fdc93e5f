#pragma once

#include "instructionrepository.h"
#include "instructionsreplica.h"

#include <QImage>
#include <QObject>
#include <functional>

namespace Jiandu {

class CacheThread;
class IShell;

namespace CommandMap {

//! 指令下发 and 情况发布 on this workstation: instructions sent from the map, kept in the cache
//! and sent to the central service when there is one (shown as pending until it has them),
//! the recipients' answers as the service shares them or as recorded here, and cancellation
//! by whoever sent one. Published as an ISyncParticipant.
class DispatchService final : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread, or null (nothing can be sent).
    DispatchService(IShell &shell, CacheThread *data, QObject *parent = nullptr);

    bool isAvailable() const { return m_data; }
    QString operatorName() const;
    qint64 nowMs() const;

    //! The last day's instructions and every one still open, newest first.
    void load(QObject *context, std::function<void(Result<QList<KeptInstruction>>)> done);
    //! Sends a new instruction or briefing from the operator.
    void send(Instruction::Kind kind, const QString &title, const QString &body,
              const QStringList &recipients, const QString &incident, QObject *context,
              std::function<void(Result<Instruction>)> done);
    //! Records \a step of \a recipient (its actor says who reported it); its photos are files on
    //! this workstation, sealed into the cache's files and named by SHA-256 when kept.
    void record(const QString &uid, const QString &recipient, const Instruction::Step &step,
                QObject *context, std::function<void(Result<Instruction>)> done,
                InstructionRepository::Sharing sharing = InstructionRepository::Sharing::Send);
    //! The feedback's photos \a shas as pictures at most \a edge pixels wide and high (a photo
    //! still on its way from the central service is a null image).
    void loadPhotos(const QStringList &shas, int edge, QObject *context,
                    std::function<void(Result<QList<QImage>>)> done);
    //! The operator cancels instruction \a uid, saying why.
    void cancel(const QString &uid, const QString &reason, QObject *context,
                std::function<void(Result<Instruction>)> done);

    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    //! Instructions changed here or arrived from the central service.
    void instructionsChanged();

private:
    void keep(std::function<Result<Instruction>(QSqlDatabase &)> work, QObject *context,
              std::function<void(Result<Instruction>)> done);

    IShell &m_shell;
    CacheThread *m_data;
    const InstructionsReplica m_replica;
};

} // namespace CommandMap
} // namespace Jiandu
