#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <moduleapi/imodule.h>
#include <optional>

namespace Jiandu {

class CacheThread;

namespace CommandMap {
class DemoResponder;
class DispatchService;
class MapModel;
class MapPage;
class MqttFleetSource;
class NmeaReceiverSource;
class PatrolSimulation;
} // namespace CommandMap

//! 指挥调度一张图: the site's officers, vehicles, incidents, cameras, stations and
//! jurisdictions on one map that works offline. Positions come from the fleet's MQTT feed and
//! from vehicles' NMEA receivers (TCP or serial) or, on the demo site, from a simulated day of
//! patrols; the incidents from the cache. From the
//! map the operator sends instructions (指令下发) and briefings (情况发布) and follows the
//! answers, shared through the central service.
class CommandMapModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "commandmap.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    CommandMapModule();
    ~CommandMapModule() override;
    Result<void> initialize(IShell &shell) override;
    void aboutToShutdown() override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;

private:
    void loadIncidents();
    //! What the source \a key of positions is doing (the broker, a receiver, the simulation).
    void setFeedState(const QString &key, const QString &text, bool live);
    void startReceivers(const QString &list);

    std::unique_ptr<CacheThread> m_data;
    std::unique_ptr<CommandMap::MapModel> m_model;
    std::unique_ptr<CommandMap::MqttFleetSource> m_feed;
    std::unique_ptr<CommandMap::PatrolSimulation> m_simulation;
    std::unique_ptr<CommandMap::DispatchService> m_dispatch;
    std::unique_ptr<CommandMap::DemoResponder> m_responder;
    QPointer<CommandMap::MapPage> m_page;
    QTimer m_simulationTick;
    QTimer m_incidentRefresh;
    struct Feed
    {
        QString key;
        QString text;
        bool live = false;
    };
    QList<Feed> m_feeds;
    //! The newest receipt and change of the incidents shown, to read them only when they move.
    std::optional<std::pair<qint64, qint64>> m_incidentStamp;
    bool m_incidentsFailing = false;
    std::vector<std::unique_ptr<CommandMap::NmeaReceiverSource>> m_receivers;
    IShell *m_shell = nullptr;
};

} // namespace Jiandu
