#include "caseareamodule.h"

#include "briefs.h"
#include "caseareasettings.h"
#include "data/caseareaschema.h"
#include "journeys.h"
#include "liveplace.h"
#include "placehistory.h"
#include "planlibrary.h"
#include "positioning/mqttpositionsource.h"
#include "reservations.h"
#include "simulatedfeed.h"
#include "ui/caseareapage.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QStyle>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

CaseAreaModule::CaseAreaModule() = default;
CaseAreaModule::~CaseAreaModule() = default;

QList<const Setting *> CaseAreaModule::settings() const
{
    return CaseAreaSettings::all();
}

QList<Migration> CaseAreaModule::migrations() const
{
    return CaseAreaSchema::migrations();
}

Result<void> CaseAreaModule::initialize(IShell &shell)
{
    const SettingsStore &settings = shell.settings();
    const auto addPage = [&shell](std::function<QWidget *(QWidget *)> create) {
        shell.addPage({Id::fromString(u"casearea.live"_s).value(), tr("Case-handling area"),
                       QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon), 30,
                       std::move(create)});
    };
    QString planPath = CaseAreaSettings::planFile.value(settings);
    const bool simulated = planPath.isEmpty() && shell.context().demo;
    if (simulated)
        planPath = u":/demo/casearea-plan.json"_s;
    if (planPath.isEmpty()) {
        // Nothing to show yet: the page says how to set the plan.
        addPage([](QWidget *parent) {
            auto *note = new QLabel(tr("No floor plan is set for the case-handling area. Set "
                                       "its file under Settings (casearea/planFile)."),
                                    parent);
            note->setObjectName(u"caseAreaPage"_s);
            note->setAlignment(Qt::AlignCenter);
            note->setWordWrap(true);
            return note;
        });
        return {};
    }
    auto plan = CaseArea::FloorPlan::load(planPath);
    if (!plan)
        return plan.error();
    const CaseArea::PlaceThresholds thresholds = CaseArea::PlaceThresholds::fromJson(
        QJsonDocument::fromJson(CaseAreaSettings::thresholds.value(settings).toUtf8()).object());
    m_place = std::make_unique<LivePlace>(shell, std::move(plan).value(), thresholds);
    LivePlace *place = m_place.get();
    if (const QString log = CaseAreaSettings::latencyLog.value(settings); !log.isEmpty()) {
        if (auto logging = place->logLatencyTo(log); !logging)
            shell.notify(Severity::Warning, tr("Case-handling area"), logging.error().message);
    }
    if (shell.cache())
        m_data = std::make_unique<CacheThread>(*shell.cache(), u"casearea-data"_s);
    m_journeys = std::make_unique<Journeys>(shell, *place, m_data.get());
    Journeys *journeys = m_journeys.get();
    if (m_data)
        shell.addService(journeys); // the steps are shared through the central service
    QObject::connect(journeys, &Journeys::restored, journeys, [&shell](const QString &error) {
        if (!error.isEmpty())
            shell.notify(Severity::Warning, tr("Case-handling area"),
                         tr("The area's records could not be read: %1 The desk takes no step "
                            "until they are.")
                             .arg(error));
    });
    // Edited without a cache, the plan is saved where it came from (unless that is the demo's
    // built-in plan).
    QString fileWithoutCache = planPath;
    if (fileWithoutCache.startsWith(u':'))
        fileWithoutCache = shell.context().dataDirectory + u"/casearea-plan.json"_s;
    m_plans = std::make_unique<PlanLibrary>(shell, *place, m_data.get(), fileWithoutCache);
    PlanLibrary *plans = m_plans.get();
    if (m_data)
        shell.addService(plans); // shared through the central service
    m_reservations = std::make_unique<Reservations>(shell, m_data.get());
    Reservations *reservations = m_reservations.get();
    if (m_data)
        shell.addService(reservations); // decided across workstations through the service
    m_history = std::make_unique<PlaceHistory>(*place, m_data.get());
    PlaceHistory *history = m_history.get();
    QString briefFolder = CaseAreaSettings::briefFolder.value(settings);
    if (briefFolder.isEmpty())
        briefFolder = shell.context().dataDirectory + u"/briefs"_s;
    m_briefs =
        std::make_unique<Briefs>(shell, *journeys, place->tracker().plan().area, briefFolder);
    Briefs *briefs = m_briefs.get();

    const QString broker = CaseAreaSettings::broker.value(settings);
    if (!broker.isEmpty()) {
        auto *source = new CaseArea::MqttPositionSource(
            broker, CaseAreaSettings::topic.value(settings), shell.clock());
        place->setFeedState(tr("Positioning system %1: connecting").arg(broker), false);
        QObject::connect(source, &CaseArea::MqttPositionSource::positions, place, &LivePlace::feed);
        QObject::connect(source, &CaseArea::MqttPositionSource::gap, place, &LivePlace::addGap);
        QObject::connect(source, &CaseArea::MqttPositionSource::connectedChanged, place,
                         [place, broker](bool up) {
                             place->setFeedState(
                                 up ? tr("Positioning system %1").arg(broker)
                                    : tr("Positioning system %1 unreachable").arg(broker),
                                 up);
                         });
        m_feed.reset(source);
    } else if (simulated) {
        m_feed = std::make_unique<SimulatedFeed>(*place, *journeys);
    } else {
        place->setFeedState(tr("No positioning system is set (casearea/broker)"), false);
    }
    addPage([&shell, place, journeys, history, briefs, plans, reservations](QWidget *parent) {
        return new CaseAreaPage(shell, *place, *journeys, *history, *briefs, *plans, *reservations,
                                parent);
    });
    return {};
}

void CaseAreaModule::aboutToShutdown()
{
    // The feed first (it feeds the place), then the place's clock; the place itself stays
    // until the pages that read it are gone with the shell.
    m_feed.reset();
    if (m_briefs)
        m_briefs->stop();
    if (m_place)
        m_place->stop();
    // Steps being kept are finished before the database thread ends.
    if (m_journeys)
        m_journeys->closeCache();
    if (m_history) {
        m_history->flush();
        m_history->closeCache();
    }
    // The plan's last save is kept before the database thread ends.
    if (m_data)
        m_data->drain();
    m_data.reset();
}

} // namespace Jiandu
