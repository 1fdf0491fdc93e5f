#include "camerahealthservice.h"

#include "health/healthmonitor.h"

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
