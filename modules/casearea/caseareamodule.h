#pragma once

#include <QObject>
#include <memory>
#include <moduleapi/imodule.h>

namespace Jiandu {

class Briefs;
class CacheThread;
class Journeys;
class PlaceHistory;
class PlanLibrary;
class Reservations;
class LivePlace;

//! 办案区: the area's floor plan live, fed by the positioning system (MQTT) or, on the demo
//! site, by a simulated day; the desk's record of each stay (入区登记 … 注销) kept in the
//! cache; place and journey events go to the rule engine.
class CaseAreaModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "casearea.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    CaseAreaModule();
    ~CaseAreaModule() override;
    Result<void> initialize(IShell &shell) override;
    void aboutToShutdown() override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;

private:
    std::unique_ptr<CacheThread> m_data;
    std::unique_ptr<LivePlace> m_place;
    std::unique_ptr<Journeys> m_journeys;
    std::unique_ptr<PlaceHistory> m_history;
    std::unique_ptr<Briefs> m_briefs;
    std::unique_ptr<PlanLibrary> m_plans;
    std::unique_ptr<Reservations> m_reservations;
    std::unique_ptr<QObject> m_feed;
};

} // namespace Jiandu
