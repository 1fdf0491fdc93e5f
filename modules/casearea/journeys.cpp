#include "journeys.h"

#include "data/journeyrepository.h"
#include "liveplace.h"

#include <QLoggingCategory>
#include <QUuid>
#include <core/clock.h>
#include <moduleapi/ishell.h>
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
    m_data->run<QList<JourneyStep>>(
        this, [](QSqlDatabase &db) { return JourneyRepository(db).current(); },
        [this](Result<QList<JourneyStep>> steps) {
            if (!steps) {
                qCWarning(lcJourneys) << steps.error().text();
                emit restored(steps.error().message);
                return;
            }
            QList<RuleEvent> known;
            for (const JourneyStep &step : steps.value()) {
                auto events = m_book.apply(step);
                if (events)
                    known += events.value();
                else
                    qCWarning(lcJourneys)
                        << "kept step" << step.uid << "no longer applies:" << events.error().text();
            }
            m_place.restoreJourney(known);
            emit restored({});
            emit changed();
        });
}

void Journeys::record(const JourneyStep &step, std::function<void(Result<void>)> done)
{
    if (!m_data)
        return done(Error{tr("This workstation has no local cache to keep the area's records "
                             "in; sign in with the cache to use the desk."),
                          {}});
    // Checked on a copy first: the book changes only once the cache holds the step.
    JourneyBook probe = m_book;
    auto checked = probe.apply(step);
    if (!checked)
        return done(checked.error());
    m_data->run<bool>(
        this,
        [step](QSqlDatabase &db) -> Result<bool> {
            if (auto added = JourneyRepository(db).add(step); !added)
                return added.error();
            return true;
        },
        [this, step, done](Result<bool> kept) {
            if (!kept)
                return done(kept.error());
            auto events = m_book.apply(step);
            if (!events) {
                // Another step came first (the simulated day, a second desk window).
                qCWarning(lcJourneys)
                    << "kept step" << step.uid << "refused after keeping:" << events.error().text();
                return done(events.error());
            }
            m_place.journey(events.value());
            done({});
            emit changed();
        });
}

void Journeys::simulate(const JourneyStep &step)
{
    auto events = m_book.apply(step);
    if (!events) {
        qCDebug(lcJourneys) << "simulated step refused:" << events.error().text();
        return;
    }
    m_place.journey(events.value());
    emit changed();
}

void Journeys::loadStay(const QString &stayUid,
                        std::function<void(Result<QList<JourneyStep>>)> done)
{
    if (!m_data)
        return done(QList<JourneyStep>{});
    m_data->run<QList<JourneyStep>>(
        this, [stayUid](QSqlDatabase &db) { return JourneyRepository(db).stay(stayUid); },
        std::move(done));
}

void Journeys::loadStaysDuring(qint64 fromMs, qint64 toMs,
                               std::function<void(Result<QList<JourneyStep>>)> done)
{
    if (!m_data)
        return done(QList<JourneyStep>{});
    m_data->run<QList<JourneyStep>>(
        this,
        [fromMs, toMs](QSqlDatabase &db) {
            return JourneyRepository(db).staysDuring(fromMs, toMs);
        },
        std::move(done));
}

} // namespace Jiandu
