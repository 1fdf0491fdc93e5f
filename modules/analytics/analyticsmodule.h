#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <moduleapi/imodule.h>

namespace Jiandu {

class CacheThread;

namespace Analytics {
class CameraHealthService;
class HealthMonitor;
class HealthRecords;
struct Diagnosis;
} // namespace Analytics

//! 视频分析: every site camera's picture diagnosed on a schedule off the UI thread (signal,
//! cover, blur, freeze, tint, light, noise, a moved view); a confirmed fault becomes an alert
//! (an interrogation room's camera an alarm), the verdicts a column of the camera tree, the
//! reference views and the history kept in the cache.
class AnalyticsModule final : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.jiandu.Module/1" FILE "analytics.json")
    Q_INTERFACES(Jiandu::IModule)

public:
    AnalyticsModule();
    ~AnalyticsModule() override;
    Result<void> initialize(IShell &shell) override;
    void aboutToShutdown() override;
    QList<const Setting *> settings() const override;
    QList<Migration> migrations() const override;

private:
    void diagnosed(const QString &cameraId, const Analytics::Diagnosis &diagnosis, bool changed);
    //! \a write on the database thread; a failure is logged with \a cameraId.
    void keep(const QString &cameraId,
              std::function<Result<void>(Analytics::HealthRecords &)> write);

    IShell *m_shell = nullptr;
    std::unique_ptr<CacheThread> m_data;
    std::unique_ptr<Analytics::HealthMonitor> m_monitor;
    std::unique_ptr<Analytics::CameraHealthService> m_service;
};

} // namespace Jiandu
