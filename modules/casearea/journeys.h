#pragma once

#include "data/linksearch.h"
#include "data/stepsreplica.h"
#include "journey/journeybook.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <functional>

namespace Jiandu {

class CacheThread;
class IShell;
class LivePlace;

//! The desk's side of the area: each step of a stay (入区登记 … 注销) checked by the book,
//! kept in the cache, and only then told to the live place (whose band is whose) and through
//! it to the rule engine, and marked told. At start the book is what the cache kept; the
//! engine is told what it never heard (a step kept just before the client stopped or crashed)
//! and nothing it heard before. The desk takes no step until the book is read. Steps are shared
//! with the unit's other workstations through the central service (published as an
//! ISyncParticipant): those recorded at another desk of this area enter the book and the rule
//! engine here as they arrive, so the command room's plan names the subjects the desk registered.
class Journeys : public QObject, public Sync::ISyncParticipant
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::Sync::ISyncParticipant)

public:
    //! \a data: the module's database thread, or null without a cache.
    Journeys(IShell &shell, LivePlace &place, CacheThread *data, QObject *parent = nullptr);
    ~Journeys() override;

    const CaseArea::JourneyBook &book() const { return m_book; }
    //! The database thread is ending (the shell is closing): nothing more is kept or read.
    void closeCache() { m_data = nullptr; }
    //! A step of \a kind for \a stayUid, stamped with the shell's time and the operator.
    CaseArea::JourneyStep newStep(const QString &kind, const QString &stayUid,
                                  const QJsonObject &body) const;
    //! Records \a step: \a done hears on \a context's thread (not at all once \a context is
    //! gone) whether it was refused (in words), could not be kept, or is recorded.
    void record(const CaseArea::JourneyStep &step, QObject *context,
                std::function<void(Result<void>)> done);
    bool isRestored() const { return m_restored; }
    //! A step of the demo's simulated day: checked and told, not kept.
    void simulate(const CaseArea::JourneyStep &step);
    //! Every step of one stay, from the cache (history, documents).
    void loadStay(const QString &stayUid, QObject *context,
                  std::function<void(Result<QList<CaseArea::JourneyStep>>)> done);
    //! The photos \a shas of the stays' steps, at most \a edge pixels (null: not here yet).
    void loadPhotos(const QStringList &shas, int edge, QObject *context,
                    std::function<void(Result<QList<QImage>>)> done);
    //! 人案关联: the incidents and cases of the cache mentioning \a text.
    void searchLinks(const QString &text, QObject *context,
                     std::function<void(Result<QList<LinkCandidate>>)> done);
    //! The stays entered in [fromMs, toMs) or open then, from the cache (briefs).
    void loadStaysDuring(qint64 fromMs, qint64 toMs, QObject *context,
                         std::function<void(Result<QList<CaseArea::JourneyStep>>)> done);

    QStringList kinds() const override { return m_replica.kinds(); }
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override
    {
        return m_replica.apply(db, change);
    }
    void changed(const QStringList &kinds) override;

signals:
    //! The stays changed: a step recorded here or taken from the unit's other workstations.
    void bookChanged();
    //! A step was kept in the cache (the kept records changed; simulated steps are not kept).
    void kept();
    //! The book as the cache kept it is loaded (or could not be: \a error says why).
    void restored(const QString &error);

private:
    void restore();
    void markTold(const QStringList &uids);
    //! Takes the steps shared since into the book and the rule engine.
    void takeShared();

    IShell &m_shell;
    LivePlace &m_place;
    CaseArea::JourneyBook m_book;
    CacheThread *m_data;
    const QString m_area;           //!< the area whose steps make the book
    const QString m_photoDirectory; //!< where the steps' photos are sealed
    const StepsReplica m_replica;
    QSet<QString> m_applied; //!< the steps the book has taken
    bool m_restored = false;
    bool m_sharedWhileRestoring = false;
};

} // namespace Jiandu
