#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <core/mediasegment.h>
#include <core/recordingschedule.h>
#include <core/result.h>
#include <functional>
#include <moduleapi/isitefigures.h>

class QTimer;

namespace Jiandu {

class CacheThread;
class IShell;
class Recorder;
struct SiteCamera;

//! 录像: the continuous recordings of this workstation, whatever page or window started
//! them; their index in the cache and their retention, kept on the module's database thread.
//! Widget-free: the grid, a full-screen tile and the wall only ask and listen.
class Recordings final : public QObject, public ISiteFigures
{
    Q_OBJECT
    Q_INTERFACES(Jiandu::ISiteFigures)

public:
    Recordings(IShell &shell, CacheThread &data, QObject *parent = nullptr);
    //! Stops every recording; its last segments are indexed before the database thread ends.
    ~Recordings() override;

    bool isRecording(const QString &cameraId) const { return m_recorders.contains(cameraId); }
    //! For the site overview: cameras recording, cameras whose recording is interrupted.
    QList<SiteFigure> siteFigures() const override;
    int recordingCount() const { return int(m_recorders.size()); }
    //! Starts recording \a camera (nothing if it already is); says why not if it cannot.
    void start(const SiteCamera &camera);
    //! Stops it in the background: the UI keeps painting while the segment is closed. A
    //! camera its schedule records stays stopped until the schedule's window ends.
    void stop(const QString &cameraId);
    //! Starts and stops the cameras whose schedule (录像计划) says so now; every 30 s and at
    //! start, whatever is on screen.
    void applySchedules();
    //! When \a camera records: as set on this workstation (设置 → 录像计划), else as the site
    //! description says.
    RecordingSchedule scheduleOf(const SiteCamera &camera) const;
    //! Whether \a camera's schedule wants it recorded at \a nowMs (for "on alert": within
    //! the set minutes of an alert that named it).
    bool isDue(const SiteCamera &camera, const RecordingSchedule &schedule, qint64 nowMs) const;
    //! The recorded segments of \a cameraId overlapping [fromMs, toMs], read on the database
    //! thread and answered on \a context's thread.
    void segments(const QString &cameraId, qint64 fromMs, qint64 toMs, QObject *context,
                  std::function<void(Result<QList<MediaSegment>>)> done);
    //! Deletes the oldest recordings beyond the age / size limits or when space runs short
    //! (every minute by itself).
    void applyRetention();

signals:
    void recordingChanged(const QString &cameraId, bool recording);

private:
    IShell &m_shell;
    CacheThread &m_data;
    QHash<QString, Recorder *> m_recorders; // camera id → its continuous recording
    QSet<QString> m_scheduled;              // recording because their schedule says so
    QSet<QString> m_heldByOperator;         // scheduled, stopped by an operator
    QHash<QString, bool> m_interrupted;     // an outage already said
    QHash<QString, qint64> m_alertUntil;    // "on alert" cameras: recorded until then
    bool m_watchingAlerts = false;
    QTimer *m_retention;
    QTimer *m_schedules;
};

} // namespace Jiandu
