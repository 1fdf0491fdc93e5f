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
        connect(m_monitor.get(), &HealthMonitor::referenceTaken, this,
                [this](const QString &cameraId, const cv::Mat &picture) {
                    const qint64 now = m_shell->clock().nowMs();
                    keep(cameraId,
                         [cameraId, picture = picture.clone(), now](HealthRecords &records) {
                             return records.storeReference(cameraId, picture, now);
                         });
                });
        connect(m_monitor.get(), &HealthMonitor::referenceDropped, this,
                [this](const QString &cameraId) {
                    keep(cameraId, [cameraId](HealthRecords &records) {
                        return records.dropReference(cameraId);
                    });
                });
        // The stored reference views before any look (on a schedule or asked for), so that
        // none is held to a view taken anew; measured on the database thread.
        m_monitor->hold();
        m_data->run<QHash<QString, ReferenceView>>(
            this,
            [](QSqlDatabase &db) -> Result<QHash<QString, ReferenceView>> {
                const auto pictures = HealthRecords(db).references();
                if (!pictures)
                    return pictures.error();
                QHash<QString, ReferenceView> views;
                for (auto it = pictures->cbegin(); it != pictures->cend(); ++it)
                    if (ReferenceView view = ReferenceView::of(it.value()); view.isValid())
                        views.insert(it.key(), view);
                return views;
            },
            [this](Result<QHash<QString, ReferenceView>> views) {
                if (!m_monitor)
                    return;
                if (views) {
                    for (auto it = views->cbegin(); it != views->cend(); ++it)
                        m_monitor->setReference(it.key(), it.value());
                } else {
                    qWarning("%s", qPrintable(views.error().text()));
                }
                m_monitor->release();
            });
    }
    if (options.everyMinutes <= 0) {
        qInfo("Camera health is diagnosed on demand only (analytics/diagnosisMinutes is 0).");
        return {};
    }
    QTimer::singleShot(kFirstLookDelayMs, this, [this] {
        if (m_monitor)
            m_monitor->start();
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
        keep(cameraId, [entry](HealthRecords &records) { return records.record(entry); });
    }
}

void AnalyticsModule::keep(const QString &cameraId,
                           std::function<Result<void>(HealthRecords &)> write)
{
    m_data->run<bool>(
        this,
        [write = std::move(write)](QSqlDatabase &db) -> Result<bool> {
            HealthRecords records(db);
            const auto written = write(records);
            if (!written)
                return written.error();
            return true;
        },
        [cameraId](Result<bool> written) {
            if (!written)
                qWarning("Camera %s: %s", qPrintable(cameraId), qPrintable(written.error().text()));
        });
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
