#pragma once

#include <QObject>
#include <memory>
#include <moduleapi/imodule.h>

namespace Jiandu {

class LivePlace;

//! 办案区: the area's floor plan live, fed by the positioning system (MQTT) or, on the demo
//! site, by a simulated day; its place events go to the rule engine.
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

private:
    std::unique_ptr<LivePlace> m_place;
    std::unique_ptr<QObject> m_feed;
};

} // namespace Jiandu
