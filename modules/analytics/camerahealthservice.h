#pragma once

#include "api/icamerahealth.h"

#include <QObject>
#include <QPointer>

namespace Jiandu::Analytics {

class HealthMonitor;
struct Diagnosis;

//! The monitor's verdicts as marks for the camera tree (ICameraHealth).
class CameraHealthService final : public QObject, public ICameraHealth
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::ICameraHealth)

public:
    explicit CameraHealthService(HealthMonitor &monitor, QObject *parent = nullptr);

    QHash<QString, CameraHealthMark> cameraHealth() const override;
    void watchHealth(QObject *context,
                     std::function<void(const QString &cameraId, const CameraHealthMark &mark)>
                         changed) override;
    void diagnoseNow(const QString &cameraId) override;
    void retakeReference(const QString &cameraId) override;
    QByteArray reportCsv() const override;

    //! The mark of \a diagnosis: its faults (or suspicions) named, what was seen in detail.
    static CameraHealthMark markOf(const Diagnosis &diagnosis);

private:
    HealthMonitor &m_monitor;
    QHash<QString, CameraHealthMark> m_marks;
    struct Watcher
    {
        QPointer<QObject> context;
        std::function<void(const QString &, const CameraHealthMark &)> changed;
    };
    QList<Watcher> m_watchers;
};

} // namespace Jiandu::Analytics
