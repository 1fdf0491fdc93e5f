#include "camerahealthservice.h"

#include "health/healthmonitor.h"

#include <QDateTime>
#include <core/csvtext.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Analytics {

CameraHealthService::CameraHealthService(HealthMonitor &monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    connect(&monitor, &HealthMonitor::diagnosed, this,
            [this](const QString &cameraId, const Diagnosis &diagnosis, bool) {
                const CameraHealthMark mark = markOf(diagnosis);
                const CameraHealthMark before = m_marks.value(cameraId);
                m_marks.insert(cameraId, mark);
                if (before.level == mark.level && before.text == mark.text &&
                    before.detail == mark.detail)
                    return;
                m_watchers.removeIf([](const Watcher &w) { return w.context.isNull(); });
                for (const Watcher &w : std::as_const(m_watchers))
                    QMetaObject::invokeMethod(
                        w.context.data(),
                        [changed = w.changed, cameraId, mark] { changed(cameraId, mark); },
                        Qt::QueuedConnection);
            });
}

QHash<QString, CameraHealthMark> CameraHealthService::cameraHealth() const
{
    return m_marks;
}

void CameraHealthService::watchHealth(
    QObject *context,
    std::function<void(const QString &cameraId, const CameraHealthMark &mark)> changed)
{
    m_watchers.append({context, std::move(changed)});
}

void CameraHealthService::diagnoseNow(const QString &cameraId)
{
    m_monitor.diagnoseNow(cameraId);
}

void CameraHealthService::retakeReference(const QString &cameraId)
{
    m_monitor.retakeReference(cameraId);
}

QByteArray CameraHealthService::reportCsv() const
{
    QStringList header{tr("Unit"), tr("Camera"), tr("ID"), tr("Verdict"), tr("Looked at")};
    for (int i = 0; i < kHealthChecks; ++i)
        header << checkName(HealthCheck(i));
    QStringList lines{header.join(u',')};
    for (const HealthMonitor::Camera &camera : m_monitor.cameras()) {
        const Diagnosis *d = m_monitor.latest(camera.id);
        QStringList row{
            camera.unit, camera.name, camera.id,
            d ? verdictName(d->overall) : tr("Not looked at yet"),
            d ? QDateTime::fromMSecsSinceEpoch(d->atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s)
              : QString()};
        for (int i = 0; i < kHealthChecks; ++i) {
            if (!d || i >= d->checks.size()) {
                row << QString();
                continue;
            }
            const CheckResult &r = d->checks.at(i);
            row << verdictName(r.verdict) + u"："_s + r.detail;
        }
        for (QString &field : row)
            field = Csv::cell(field);
        lines << row.join(u',');
    }
    return Csv::kUtf8Bom + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

CameraHealthMark CameraHealthService::markOf(const Diagnosis &diagnosis)
{
    CameraHealthMark mark;
    QStringList named;
    QStringList details;
    for (const CheckResult &r : diagnosis.checks) {
        if (r.verdict != diagnosis.overall ||
            (r.verdict != HealthVerdict::Fault && r.verdict != HealthVerdict::Suspect))
            continue;
        named << checkName(r.check);
        details << u"%1：%2"_s.arg(checkName(r.check), r.detail);
    }
    switch (diagnosis.overall) {
    case HealthVerdict::Ok:
        mark.level = CameraHealthMark::Ok;
        mark.text = verdictName(HealthVerdict::Ok);
        break;
    case HealthVerdict::Suspect:
        mark.level = CameraHealthMark::Suspect;
        mark.text = verdictName(HealthVerdict::Suspect) + u' ' + named.join(u"、"_s);
        break;
    case HealthVerdict::Fault:
        mark.level = CameraHealthMark::Fault;
        mark.text = named.join(u"、"_s);
        break;
    case HealthVerdict::CannotJudge:
        mark.level = CameraHealthMark::Unknown;
        mark.text = verdictName(HealthVerdict::CannotJudge);
        break;
    }
    mark.detail = details.join(u'\n');
    return mark;
}

} // namespace Jiandu::Analytics
