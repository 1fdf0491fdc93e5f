#pragma once

#include <QObject>
#include <casearea/data/planrepository.h>
#include <casearea/data/reservationsreplica.h>
#include <casearea/reservation/reservation.h>
#include <functional>

namespace Jiandu {

class CacheThread;
class IShell;

//! 场所预约统筹 on this workstation: the reservations of the unit's areas read from the cache,
//! requests and decisions kept there and sent to the central service, and those decided on
//! other workstations shown as they arrive (published as an ISyncParticipant). The operator
//! acts in the role of their central account; a standalone workstation records who acted at
//! each stage.
class Reservations final : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread, or null (nothing can be reserved).
    Reservations(IShell &shell, CacheThread *data, QObject *parent = nullptr);

    bool isAvailable() const { return m_data; }
    //! The operator, and their role as their central account says it (empty standalone).
    QString actor() const;
    QString role() const;
    //! The operator's unit: the one the areas watched here are of.
    QString unit() const;
    qint64 nowMs() const;

    //! The reservations overlapping [fromMs, toMs); \a done on \a context's thread.
    void load(qint64 fromMs, qint64 toMs, QObject *context,
              std::function<void(Result<QList<CaseArea::Reservation>>)> done);
    //! The areas whose plans this workstation holds (its own and those the unit shares).
    void loadAreas(QObject *context, std::function<void(Result<QList<StoredPlan>>)> done);
    void request(const CaseArea::Reservation &request, QObject *context,
                 std::function<void(Result<CaseArea::Reservation>)> done);
    void decide(const QString &uid, CaseArea::ReservationAction action, const QString &note,
                const QStringList &rooms, QObject *context,
                std::function<void(Result<CaseArea::Reservation>)> done);

    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    //! Reservations changed here or arrived from the central service.
    void reservationsChanged();

private:
    IShell &m_shell;
    CacheThread *m_data;
    const ReservationsReplica m_replica;
};

} // namespace Jiandu
