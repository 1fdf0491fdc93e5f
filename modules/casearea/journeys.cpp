#include "journeys.h"

#include "data/journeyrepository.h"
#include "liveplace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>
#include <core/clock.h>
#include <moduleapi/ishell.h>
#include <photos/sealedphotos.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::CaseArea;

Q_LOGGING_CATEGORY(lcJourneys, "jiandu.casearea.journey")

namespace Jiandu {

Journeys::Journeys(IShell &shell, LivePlace &place, CacheThread *data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_place(place)
    , m_data(data)
    , m_area(place.tracker().plan().area.simplified())
    , m_photoDirectory(shell.context().dataDirectory + u"/casearea/photos"_s)
{
    if (m_data)
        restore();
}

Journeys::~Journeys() = default;

JourneyStep Journeys::newStep(const QString &kind, const QString &stayUid,
                              const QJsonObject &body) const
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            stayUid,
            kind,
            m_shell.clock().nowMs(),
            m_shell.context().userName,
            body};
}

void Journeys::restore()
{
    struct Kept
    {
        QList<JourneyStep> current;                     //!< the book as it is now
        QList<JourneyStep> untold;                      //!< steps the rule engine never heard
        QHash<QString, QList<JourneyStep>> untoldStays; //!< all steps of their stays
    };
    m_data->run<Kept>(
        this,
        [area = m_area](QSqlDatabase &db) -> Result<Kept> {
            JourneyRepository repository(db, area);
            Kept kept;
            auto current = repository.current();
            auto untold = current ? repository.untold() : current;
            if (!untold)
                return untold.error();
            kept.current = current.value();
            kept.untold = untold.value();
            for (const JourneyStep &step : std::as_const(kept.untold)) {
                if (step.stayUid.isEmpty() || kept.untoldStays.contains(step.stayUid))
                    continue;
                auto steps = repository.stay(step.stayUid);
                if (!steps)
                    return steps.error();
                kept.untoldStays.insert(step.stayUid, steps.value());
            }
            return kept;
        },
        [this](Result<Kept> kept) {
            if (!kept) {
                qCWarning(lcJourneys) << kept.error().text();
                emit restored(kept.error().message);
                return;
            }
            QList<RuleEvent> known;
            for (const JourneyStep &step : kept->current) {
                m_applied.insert(step.uid);
                auto events = m_book.apply(step);
                if (events)
                    known += events.value();
                else
                    qCWarning(lcJourneys)
                        << "kept step" << step.uid << "no longer applies:" << events.error().text();
            }
            m_place.restoreJourney(known);
            // What the engine never heard, as the step's stay made it then.
            QSet<QString> untold;
            for (const JourneyStep &step : kept->untold)
                untold.insert(step.uid);
            QList<RuleEvent> missed;
            JourneyBook replay;
            QHash<QString, QList<JourneyStep>> stays = kept->untoldStays;
            for (const JourneyStep &step : kept->untold) {
                // Each stay replayed once (its first untold step takes it).
                const QList<JourneyStep> steps =
                    step.stayUid.isEmpty() ? QList<JourneyStep>{step} : stays.take(step.stayUid);
                for (const JourneyStep &s : steps) {
                    auto events = replay.apply(s);
                    if (events && untold.contains(s.uid))
                        missed += events.value();
                }
            }
            if (!missed.isEmpty())
                m_place.tell(missed);
            markTold(untold.values());
            m_restored = true;
            emit restored({});
            emit bookChanged();
            if (std::exchange(m_sharedWhileRestoring, false))
                takeShared();
        });
}

void Journeys::changed(const QStringList &kinds)
{
    if (!m_data || !kinds.contains(u"areastep"_s))
        return;
    if (!m_restored) {
        m_sharedWhileRestoring = true; // taken once the book is read
        return;
    }
    takeShared();
}

void Journeys::takeShared()
{
    m_data->run<QList<JourneyStep>>(
        this, [area = m_area](QSqlDatabase &db) { return JourneyRepository(db, area).untold(); },
        [this](Result<QList<JourneyStep>> untold) {
            if (!untold) {
                qCWarning(lcJourneys) << untold.error().text();
                return;
            }
            QStringList told;
            // A step that does not apply may wait for an earlier step of its stay that arrived
            // after it: passes go on while one takes something in; what is left waits for the
            // next steps to arrive (and the next start).
            QList<JourneyStep> waiting = *untold;
            for (bool progress = true; progress;) {
                progress = false;
                for (auto it = waiting.begin(); it != waiting.end();) {
                    // This desk's own steps are the record()'s to tell.
                    if (m_applied.contains(it->uid)) {
                        it = waiting.erase(it);
                        continue;
                    }
                    auto events = m_book.apply(*it);
                    if (!events) {
                        ++it;
                        continue;
                    }
                    m_applied.insert(it->uid);
                    told.append(it->uid);
                    m_place.journey(events.value());
                    progress = true;
                    it = waiting.erase(it);
                }
            }
            for (const JourneyStep &step : std::as_const(waiting))
                qCInfo(lcJourneys) << "shared step" << step.uid << "does not apply here yet";
            const bool taken = !told.isEmpty();
            markTold(told);
            if (taken) {
                emit bookChanged();
                emit kept();
            }
        });
}

void Journeys::markTold(const QStringList &uids)
{
    if (!m_data || uids.isEmpty())
        return;
    m_data->run<bool>(
        this,
        [uids](QSqlDatabase &db) -> Result<bool> {
            if (auto marked = JourneyRepository(db).markTold(uids); !marked)
                return marked.error();
            return true;
        },
        [](Result<bool> marked) {
            // Told again at the next start: the engine deduplicates by rule and subject.
            if (!marked)
                qCWarning(lcJourneys) << marked.error().text();
        });
}

void Journeys::record(const JourneyStep &step, QObject *context,
                      std::function<void(Result<void>)> done)
{
    if (!m_data)
        return done(Error{tr("This workstation has no local cache to keep the area's records "
                             "in; sign in with the cache to use the desk."),
                          {}});
    if (!m_restored)
        return done(Error{tr("The area's records are still being read; try again in a moment."),
                          {},
                          u"not-ready"_s});
    // A band or card handed out is one of the area's, in service (设备管理).
    const QString tag = step.body.value(u"tag"_s).toString().trimmed();
    if (step.kind == u"area.entered"_s || step.kind == u"officer.card-bound"_s) {
        if (auto known = m_place.tracker().plan().checkTag(tag, step.kind == u"area.entered"_s
                                                                    ? DeviceKind::Wristband
                                                                    : DeviceKind::OfficerCard);
            !known)
            return done(known.error());
    }
    // Checked on a copy first: the book changes only once the cache holds the step.
    JourneyBook probe = m_book;
    auto checked = probe.apply(step);
    if (!checked)
        return done(checked.error());
    m_applied.insert(step.uid);
    m_data->run<JourneyStep>(
        this,
        [step, area = m_area, photos = m_photoDirectory](QSqlDatabase &db) -> Result<JourneyStep> {
            // Its photos sealed into the cache's files first, then kept with it in one go.
            JourneyStep kept = step;
            QStringList files;
            for (const QJsonValue &file : kept.body.take(u"photoFiles"_s).toArray())
                files << file.toString();
            auto sealed = SealedPhotos::seal(db, files, photos);
            if (!sealed)
                return sealed.error();
            // Named in the step by SHA-256, with the names they had here.
            QList<FileCatalog::Entry> entries;
            QJsonArray named;
            for (const SealedPhoto &photo : std::as_const(*sealed)) {
                entries.append(photo.file);
                named.append(
                    QJsonObject{{u"sha256"_s, photo.file.sha256}, {u"name"_s, photo.name}});
            }
            if (!files.isEmpty())
                kept.body.insert(u"photos"_s, named);
            if (auto added = JourneyRepository(db, area).add(kept, entries); !added) {
                SealedPhotos::discard(*sealed);
                return added.error();
            }
            return kept;
        },
        [this, done, context = QPointer<QObject>(context)](Result<JourneyStep> stored) {
            const auto answer = [&](Result<void> outcome) {
                if (context)
                    done(outcome);
            };
            if (!stored)
                return answer(stored.error());
            const JourneyStep &step = *stored;
            auto events = m_book.apply(step);
            if (!events) {
                // Another step came first (the simulated day, a second desk window): the kept
                // step is taken back, so the cache never holds what the book refused.
                qCWarning(lcJourneys)
                    << "kept step" << step.uid << "refused after keeping:" << events.error().text();
                if (m_data)
                    m_data->run<bool>(
                        this,
                        [uid = step.uid](QSqlDatabase &db) -> Result<bool> {
                            if (auto removed = JourneyRepository(db).remove(uid); !removed)
                                return removed.error();
                            return true;
                        },
                        [](Result<bool>) {});
                return answer(events.error());
            }
            m_place.journey(events.value());
            markTold({step.uid});
            // A day after they ended, stays are read from the cache when asked for.
            m_book.forgetEndedBefore(step.atMs - 24 * 3600 * 1000);
            answer({});
            emit bookChanged();
            emit kept();
        });
}

void Journeys::loadPhotos(const QStringList &shas, int edge, QObject *context,
                          std::function<void(Result<QList<QImage>>)> done)
{
    SealedPhotos::loadLater(m_data, shas, edge, context, std::move(done));
}

void Journeys::simulate(const JourneyStep &step)
{
    auto events = m_book.apply(step);
    if (!events) {
        qCDebug(lcJourneys) << "simulated step refused:" << events.error().text();
        return;
    }
    m_place.journey(events.value());
    emit bookChanged();
}

void Journeys::loadStay(const QString &stayUid, QObject *context,
                        std::function<void(Result<QList<JourneyStep>>)> done)
{
    if (!m_data)
        return done(QList<JourneyStep>{});
    m_data->run<QList<JourneyStep>>(
        context, [stayUid](QSqlDatabase &db) { return JourneyRepository(db).stay(stayUid); },
        std::move(done));
}

void Journeys::searchLinks(const QString &text, QObject *context,
                           std::function<void(Result<QList<LinkCandidate>>)> done)
{
    if (!m_data)
        return done(QList<LinkCandidate>{});
    m_data->run<QList<LinkCandidate>>(
        context, [text](QSqlDatabase &db) { return LinkSearch::find(db, text); }, std::move(done));
}

void Journeys::loadStaysDuring(qint64 fromMs, qint64 toMs, QObject *context,
                               std::function<void(Result<QList<JourneyStep>>)> done)
{
    if (!m_data)
        return done(QList<JourneyStep>{});
    m_data->run<QList<JourneyStep>>(
        context,
        [fromMs, toMs, area = m_area](QSqlDatabase &db) {
            return JourneyRepository(db, area).staysDuring(fromMs, toMs);
        },
        std::move(done));
}

} // namespace Jiandu
