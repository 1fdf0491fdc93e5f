#pragma once

#include <QObject>
#include <casearea/data/planrepository.h>
#include <casearea/data/plansreplica.h>
#include <casearea/tracking/floorplan.h>
#include <functional>

namespace Jiandu {

class CacheThread;
class IShell;
class LivePlace;

//! The area's floor plan as the unit shares it: kept in the cache, saved there by the plan
//! editor and sent to the central service, and replaced on the live plan when another
//! workstation of the unit saves it (published as an ISyncParticipant). The plan file of the
//! site is taken in at start when it is new or changed; otherwise the cache's plan — edited or
//! shared since — is the one shown. Without a cache, the editor saves to a file.
class PlanLibrary final : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread, or null; \a fileWithoutCache: where the editor
    //! saves when there is no cache.
    PlanLibrary(IShell &shell, LivePlace &place, CacheThread *data, QString fileWithoutCache,
                QObject *parent = nullptr);

    //! Saves \a plan (checked already) as the live plan; \a done hears whether it was kept.
    void save(const CaseArea::FloorPlan &plan, QObject *context,
              std::function<void(Result<void>)> done);
    //! Who saved the plan shown last, and when (ms since the epoch); empty for the file's.
    const QString &savedBy() const { return m_savedBy; }
    qint64 savedMs() const { return m_savedMs; }

    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    //! The plan shown was replaced by one saved elsewhere.
    void sharedPlanShown();

private:
    void takeInFile();
    void show(const StoredPlan &stored, bool fromElsewhere);

    IShell &m_shell;
    LivePlace &m_place;
    CacheThread *m_data;
    QString m_fileWithoutCache;
    const PlansReplica m_replica;
    QString m_key;
    QString m_savedBy;
    qint64 m_savedMs = 0;
};

} // namespace Jiandu
