#pragma once

#include <QObject>
#include <QPointer>
#include <moduleapi/imodule.h>

namespace Jiandu {

class AlertInboxPage;
class AlertNotifier;
class AlertService;
class ProblemsPage;

//! 监督预警 and 执法问题闭环: the rule engine's alerts, the closed-loop problems and the rule
//! settings.
class AlertsModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "alerts.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    ~AlertsModule() override;
    Result<void> initialize(IShell &shell) override;
    void aboutToShutdown() override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;

private:
    AlertService *m_service = nullptr;
    AlertNotifier *m_notifier = nullptr;
    QPointer<AlertInboxPage> m_inbox;
    QPointer<ProblemsPage> m_problems;
};

} // namespace Jiandu
