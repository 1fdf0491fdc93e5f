#include "analyticsmodule.h"

#include "analyticssettings.h"
#include "camerahealthservice.h"
#include "data/healthrecords.h"
#include "health/healthmonitor.h"

#include <QJsonArray>
#include <QTimer>
#include <alerts/api/ieventsink.h>
#include <core/clock.h>
#include <core/sitedescription.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Analytics;

namespace Jiandu {

namespace {
//! The first look waits until the workstation has settled after starting.
constexpr int kFirstLookDelayMs = 60 * 1000;
} // namespace

AnalyticsModule::AnalyticsModule() = default;

AnalyticsModule::~AnalyticsModule()
{
    aboutToShutdown();
}

QList<const Setting *> AnalyticsModule::settings() const
{
    return AnalyticsSettings::all();
}

QList<Migration> AnalyticsModule::migrations() const
{
    return HealthSchema::migrations();
}

Result<void> AnalyticsModule::initialize(IShell &shell)
{
    m_shell = &shell;
    // A wall shows; the workstations look after the cameras.
    if (shell.context().wall || shell.context().site.cameras.isEmpty())
        return {};
    QList<HealthMonitor::Camera> cameras;
    for (const SiteCamera &camera : shell.context().site.cameras)
        // The sub-stream costs a fraction to decode and shows the same faults.
        cameras << HealthMonitor::Camera{camera.id, camera.name, camera.unit, camera.roomType,
                                         camera.subUrl.isEmpty() ? camera.url : camera.subUrl};
    HealthMonitor::Options options;
    options.everyMinutes = AnalyticsSettings::diagnosisMinutes.value(shell.settings());
    m_monitor = std::make_unique<HealthMonitor>(cameras, options);
    m_service = std::make_unique<CameraHealthService>(*m_monitor);
    shell.addService(m_service.get());
    connect(m_monitor.get(), &HealthMonitor::diagnosed, this, &AnalyticsModule::diagnosed);

    if (shell.cache()) {
        m_data = std::make_unique<CacheThread>(*shell.cache(), u"analytics-data"_s);
        connect(
            m_monitor.get(), &HealthMonitor::referenceTaken, this,
            [this](const QString &cameraId, const cv::Mat &picture) {
                const qint64 now = m_shell->clock().nowMs();
                m_data->run<bool>(
                    this,
                    [cameraId, picture = picture.clone(), now](QSqlDatabase &db) -> Result<bool> {
                        const auto stored =
                            HealthRecords(db).storeReference(cameraId, picture, now);
                        if (!stored)
                            return stored.error();
                        return true;
                    },
                    [cameraId](Result<bool> stored) {
                        if (!stored)
                            qWarning("Camera %s: %s", qPrintable(cameraId),
                                     qPrintable(stored.error().text()));
                    });
            });
    }
    if (options.everyMinutes <= 0) {
        qInfo("Camera health is diagnosed on demand only (analytics/diagnosisMinutes is 0).");
        return {};
    }
    QTimer::singleShot(kFirstLookDelayMs, this, [this] {
        if (!m_data) {
            m_monitor->start();
            return;
        }
        // The stored reference views first, so that the first look is held to them.
        m_data->run<QHash<QString, cv::Mat>>(
            this, [](QSqlDatabase &db) { return HealthRecords(db).references(); },
            [this](Result<QHash<QString, cv::Mat>> views) {
                if (views) {
                    for (auto it = views->cbegin(); it != views->cend(); ++it)
                        m_monitor->setReference(it.key(), ReferenceView::of(it.value()));
                } else {
                    qWarning("%s", qPrintable(views.error().text()));
                }
                m_monitor->start();
            });
    });
    return {};
}

void AnalyticsModule::diagnosed(const QString &cameraId, const Diagnosis &diagnosis, bool changed)
{
    if (!changed)
        return;
    const auto camera =
        std::find_if(m_monitor->cameras().cbegin(), m_monitor->cameras().cend(),
                     [&](const HealthMonitor::Camera &c) { return c.id == cameraId; });
    if (camera == m_monitor->cameras().cend())
        return;
    QStringList findings;
    QJsonArray faults;
    for (const CheckResult &r : diagnosis.checks) {
        if (r.verdict != HealthVerdict::Fault)
            continue;
        faults.append(checkKey(r.check));
        findings << u"%1（%2）"_s.arg(checkName(r.check), r.detail);
    }
    // A confirmed fault, or its end, goes to the rules: an alert, or the alert resolved.
    if (IEventSink *sink = m_shell->service<IEventSink>()) {
        const QJsonObject subject{{u"deviceKey"_s, cameraId},
                                  {u"cameraId"_s, cameraId},
                                  {u"cameraName"_s, camera->name},
                                  {u"unit"_s, camera->unit},
                                  {u"roomType"_s, camera->roomType},
                                  {u"faults"_s, faults},
                                  {u"findings"_s, findings.join(u"；"_s)}};
        sink->submit({RuleEvent{u"camera.checked"_s, m_shell->clock().nowMs(), subject}},
                     tr("Camera health"));
    }
    if (m_data) {
        HealthEntry entry{
            cameraId, diagnosis.atMs, verdictKey(diagnosis.overall), {}, findings.join(u"；"_s)};
        for (const QJsonValue &f : std::as_const(faults))
            entry.faults << f.toString();
        m_data->run<bool>(
            this,
            [entry](QSqlDatabase &db) -> Result<bool> {
                const auto recorded = HealthRecords(db).record(entry);
                if (!recorded)
                    return recorded.error();
                return true;
            },
            [](Result<bool> recorded) {
                if (!recorded)
                    qWarning("%s", qPrintable(recorded.error().text()));
            });
    }
}

void AnalyticsModule::aboutToShutdown()
{
    if (m_service && m_shell)
        m_shell->removeService(m_service.get());
    // Cancels what is being looked at and waits for it, then the database thread drains.
    m_monitor.reset();
    m_service.reset();
    m_data.reset();
}

} // namespace Jiandu
