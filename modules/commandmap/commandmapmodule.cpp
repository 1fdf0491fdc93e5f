#include "commandmapmodule.h"

#include "commandmapsettings.h"
#include "dispatch/demoresponder.h"
#include "dispatch/dispatchschema.h"
#include "dispatch/dispatchservice.h"
#include "model/mapmodel.h"
#include "positions/fleetpositions.h"
#include "positions/nmeareceiver.h"
#include "positions/patrolsimulation.h"
#include "ui/mappage.h"
#include "ui/tilescheme.h"
#include "ui/webcompositing.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <dlfcn.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/incidentrepository.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

using namespace CommandMap;

namespace {

constexpr qint64 kWeekMs = 7 * 24 * 3600 * 1000LL;
constexpr int kMaxIncidents = 200000;

// The offline map installed with the client (the world and the demo city), found from this
// module's own file: <prefix>/lib/jiandu/modules → <prefix>/share/jiandu/maps, in the build
// tree as installed.
QString installedBaseMap()
{
    Dl_info self{};
    if (::dladdr(reinterpret_cast<void *>(&installedBaseMap), &self) == 0 || !self.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(self.dli_fname))
        .dir()
        .absoluteFilePath(u"../../../share/jiandu/maps/demo-city.mbtiles"_s);
}

} // namespace

CommandMapModule::CommandMapModule() = default;
CommandMapModule::~CommandMapModule() = default;

QList<const Setting *> CommandMapModule::settings() const
{
    return CommandMapSettings::all();
}

QList<Migration> CommandMapModule::migrations() const
{
    return DispatchSchema::migrations();
}

Result<void> CommandMapModule::initialize(IShell &shell)
{
    m_shell = &shell;
    const SettingsStore &settings = shell.settings();
    const Id pageId = *Id::fromString(u"commandmap.map"_s);
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
    QString mapPath = CommandMapSettings::siteMap.value(settings);
    const bool demo = mapPath.isEmpty() && shell.context().demo;
    if (demo)
        mapPath = u":/demo/map.json"_s;
    if (mapPath.isEmpty()) {
        shell.addPage({pageId, tr("Command map"), icon, 50, [](QWidget *parent) {
                           auto *note = new QLabel(
                               tr("No site map is set for the command map. Set its file under "
                                  "Settings (commandmap/siteMap)."),
                               parent);
                           note->setObjectName(u"commandMapPage"_s);
                           note->setAlignment(Qt::AlignCenter);
                           note->setWordWrap(true);
                           return note;
                       }});
        return {};
    }
    auto geography = SiteGeography::load(mapPath);
    if (!geography)
        return geography.error();
    // Before any web page exists.
    TileScheme::registerScheme();
    qInfo("The command map's page is drawn with %s.", qPrintable(WebCompositing::choose()));
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        // Chromium's sandbox refuses to start for root; the map page runs without it then.
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qWarning("The command map's web page runs without Chromium's sandbox (run as root).");
    }

    m_model = std::make_unique<MapModel>();
    m_model->setGeography(std::move(*geography));
    m_model->setCameras(shell.context().site.cameras);
    m_model->setGcj02Display(CommandMapSettings::tileDatum.value(settings) == u"gcj02");
    m_model->setStaleAfterMs(qint64(CommandMapSettings::staleAfterSeconds.value(settings)) * 1000);

    MapPage::Base base;
    base.tiles = CommandMapSettings::tiles.value(settings);
    if (base.tiles.isEmpty())
        base.tiles = installedBaseMap();
    base.gcj02 = CommandMapSettings::tileDatum.value(settings) == u"gcj02";
    base.maxZoom = CommandMapSettings::tileMaxZoom.value(settings);
    base.cacheDirectory = shell.context().dataDirectory + u"/tile-cache"_s;
    base.attribution = CommandMapSettings::tiles.value(settings).isEmpty()
                           ? tr("Natural Earth · %1").arg(m_model->geography().name)
                           : QString();

    // Positions: the fleet's feed, or on the demo site a simulated day of patrols.
    MapModel *model = m_model.get();
    connect(&model->fleet(), &FleetPositions::moved, this, [this](const QStringList &ids) {
        if (m_page)
            m_page->positionsMoved(ids);
    });
    const QString broker = CommandMapSettings::positionsBroker.value(settings);
    if (!broker.isEmpty()) {
        m_feed = std::make_unique<MqttFleetSource>(
            broker, CommandMapSettings::positionsTopic.value(settings).toUtf8());
        connect(m_feed.get(), &MqttFleetSource::fixes, this,
                [model, &shell](const QList<FleetFix> &fixes) {
                    model->fleet().feed(fixes, shell.clock().nowMs());
                });
        connect(m_feed.get(), &MqttFleetSource::connectedChanged, this, [this, broker](bool up) {
            setFeedState(u"broker"_s,
                         up ? tr("Positions from %1").arg(broker)
                            : tr("Positions feed %1 unreachable: the map shows the last known "
                                 "positions")
                                  .arg(broker),
                         up);
        });
        setFeedState(u"broker"_s, tr("Positions feed %1: connecting").arg(broker), false);
        m_feed->start();
    }
    const QString receivers = CommandMapSettings::receivers.value(settings);
    startReceivers(receivers);
    if (broker.isEmpty() && receivers.trimmed().isEmpty() && demo) {
        m_simulation =
            std::make_unique<PatrolSimulation>(m_model->geography(), PatrolSimulation::Options{});
        m_simulationTick.setInterval(1000);
        connect(&m_simulationTick, &QTimer::timeout, this, [this, model, &shell] {
            const qint64 now = shell.clock().nowMs();
            model->fleet().feed(m_simulation->fixesAt(now), now);
        });
        m_simulationTick.start();
        // The patrols' last hours, so each one's way shows from the first minute.
        const qint64 now = shell.clock().nowMs();
        for (qint64 t = now - FleetPositions::kTrackRetentionMs; t < now;
             t += FleetPositions::kTrackSpacingMs) {
            for (const FleetFix &fix : m_simulation->fixesAt(t))
                model->fleet().addToTrack(fix);
        }
        model->fleet().feed(m_simulation->fixesAt(shell.clock().nowMs()), shell.clock().nowMs());
        setFeedState(u"demo"_s, tr("Positions: a simulated day of patrols (demo site)"), true);
    } else if (broker.isEmpty() && receivers.trimmed().isEmpty()) {
        setFeedState(u"broker"_s,
                     tr("No positions feed is set (commandmap/positionsBroker, "
                        "commandmap/receivers)"),
                     false);
    }

    if (shell.cache()) {
        m_data = std::make_unique<CacheThread>(*shell.cache(), u"commandmap-data"_s);
        loadIncidents();
        // Incidents arrive through sync; the map takes new and changed ones within seconds.
        m_incidentRefresh.setInterval(10 * 1000);
        connect(&m_incidentRefresh, &QTimer::timeout, this, &CommandMapModule::loadIncidents);
        m_incidentRefresh.start();
        // Instructions are kept in the cache and shared through the central service.
        m_dispatch = std::make_unique<DispatchService>(shell, m_data.get());
        shell.addService(m_dispatch.get());
        if (m_simulation) {
            // The simulated patrols and the demo's leaders answer as their terminals would.
            m_responder = std::make_unique<DemoResponder>(
                *m_dispatch,
                [model, leaders = m_model->geography().leaders()](const QString &recipient) {
                    return model->fleet().latest().contains(recipient) ||
                           leaders.contains(recipient);
                },
                [model](const QString &recipient) -> std::optional<LatLon> {
                    const auto fix = model->fleet().latest().constFind(recipient);
                    if (fix == model->fleet().latest().cend())
                        return std::nullopt;
                    return fix->fix.position;
                });
        }
    }

    shell.addPage({pageId, tr("Command map"), icon, 50, [this, &shell, base](QWidget *parent) {
                       m_page = new MapPage(shell, *m_model, base, m_dispatch.get(), parent);
                       setFeedState({}, {}, false); // what is known so far

                       return m_page.data();
                   }});
    return {};
}

void CommandMapModule::setFeedState(const QString &key, const QString &text, bool live)
{
    if (!key.isEmpty()) {
        const auto known = std::find_if(m_feeds.begin(), m_feeds.end(),
                                        [&key](const Feed &feed) { return feed.key == key; });
        if (known != m_feeds.end())
            *known = {key, text, live};
        else
            m_feeds.append({key, text, live});
    }
    if (!m_page)
        return;
    QList<MapPage::FeedState> states;
    for (const Feed &feed : std::as_const(m_feeds))
        states.append({feed.text, feed.live});
    m_page->setFeedStates(states);
}

void CommandMapModule::startReceivers(const QString &list)
{
    auto entries = NmeaReceiverEntry::parseList(list);
    if (!entries) {
        setFeedState(u"receivers"_s,
                     tr("The receivers cannot be read (commandmap/receivers): %1")
                         .arg(entries.error().message),
                     false);
        return;
    }
    for (const NmeaReceiverEntry &entry : std::as_const(*entries)) {
        auto source = std::make_unique<NmeaReceiverSource>(entry);
        NmeaReceiverSource *receiver = source.get();
        connect(receiver, &NmeaReceiverSource::fixes, this, [this](const QList<FleetFix> &fixes) {
            m_model->fleet().feed(fixes, m_shell->clock().nowMs());
        });
        const auto describe = [this, receiver] {
            const QString id = receiver->entry().id;
            const QString key = u"receiver:"_s + id; // not the broker's, whatever its id
            const QString where = receiver->entry().address.toString();
            switch (receiver->state()) {
            case NmeaReceiverSource::State::Connecting:
                setFeedState(key, tr("Receiver %1 (%2): connecting").arg(id, where), false);
                break;
            case NmeaReceiverSource::State::Receiving:
                setFeedState(key, tr("Receiver %1 (%2): receiving").arg(id, where), true);
                break;
            case NmeaReceiverSource::State::Silent:
                setFeedState(
                    id,
                    tr("Receiver %1 (%2) gives no position: %3").arg(id, where, receiver->detail()),
                    false);
                break;
            case NmeaReceiverSource::State::Lost:
                setFeedState(key,
                             tr("Receiver %1 (%2) lost: %3; trying again")
                                 .arg(id, where, receiver->detail()),
                             false);
                break;
            }
        };
        connect(receiver, &NmeaReceiverSource::stateChanged, this, describe);
        describe();
        receiver->start();
        m_receivers.push_back(std::move(source));
    }
}

void CommandMapModule::loadIncidents()
{
    // The week up to the newest incident synced, read again only when an incident arrived
    // or changed since (two lookups in the cache's indexes tell).
    struct Loaded
    {
        std::pair<qint64, qint64> stamp;
        std::optional<QList<Incident>> incidents; //!< none: as already shown
    };
    m_data->run<Loaded>(
        this,
        [shown = m_incidentStamp](QSqlDatabase &db) -> Result<Loaded> {
            IncidentRepository incidents(db);
            auto newest = incidents.newestReceivedMs();
            if (!newest)
                return newest.error();
            auto changed = incidents.newestChangeMs();
            if (!changed)
                return changed.error();
            Loaded loaded{{*newest, *changed}, std::nullopt};
            if (shown && *shown == loaded.stamp)
                return loaded;
            auto week = incidents.receivedBetween(*newest - kWeekMs - 3600 * 1000, *newest + 1,
                                                  kMaxIncidents);
            if (!week)
                return week.error();
            loaded.incidents = std::move(week).value();
            return loaded;
        },
        [this](Result<Loaded> loaded) {
            if (!loaded) {
                if (!m_incidentsFailing) // said once, not at every look
                    m_shell->notify(
                        Severity::Warning, tr("Command map"),
                        tr("The incidents cannot be read: %1").arg(loaded.error().message));
                m_incidentsFailing = true;
                return;
            }
            m_incidentsFailing = false;
            m_incidentStamp = loaded->stamp;
            if (!loaded->incidents)
                return;
            m_model->setIncidents(*loaded->incidents);
            if (m_page)
                m_page->refreshIncidents();
        });
}

void CommandMapModule::aboutToShutdown()
{
    // Everything that refers to this run's shell goes: a module may be started again.
    m_simulationTick.stop();
    m_simulationTick.disconnect();
    m_incidentRefresh.stop();
    m_incidentRefresh.disconnect();
    m_feed.reset();
    m_receivers.clear();
    m_feeds.clear();
    m_incidentStamp.reset();
    m_incidentsFailing = false;
    m_responder.reset();
    m_dispatch.reset();
    m_data.reset();
    m_simulation.reset();
    m_model.reset();
    m_shell = nullptr;
}

} // namespace Jiandu
