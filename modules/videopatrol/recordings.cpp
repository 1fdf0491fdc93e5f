#include "recordings.h"

#include "api/icamerastreams.h"
#include "videopatrolsettings.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <alerts/api/ialertfeed.h>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <core/sitedescription.h>
#include <media/camerafeed.h>
#include <media/recorder.h>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <storage/recordingretention.h>
#include <storage/segmentrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Recordings::Recordings(IShell &shell, CacheThread &data, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_data(data)
    , m_retention(new QTimer(this))
    , m_schedules(new QTimer(this))
{
    m_schedules->setInterval(30 * 1000);
    connect(m_schedules, &QTimer::timeout, this, &Recordings::applySchedules);
    m_schedules->start();
    // Scheduled recording starts with the client (a moment after the window shows).
    QTimer::singleShot(1000, this, &Recordings::applySchedules);
    // The shell keeps the check; a module started again (or stopped) leaves it harmless.
    shell.addQuitCheck([self = QPointer<Recordings>(this)]() -> QString {
        if (!self)
            return {};
        const auto writing = std::count_if(self->m_recorders.cbegin(), self->m_recorders.cend(),
                                           [](const Recorder *r) { return r->isWriting(); });
        if (writing == 0)
            return {};
        return Recordings::tr(
            "%n camera(s) are recording; recording stops until Jiandu is started again.", nullptr,
            int(writing));
    });
    m_retention->setInterval(60 * 1000);
    connect(m_retention, &QTimer::timeout, this, &Recordings::applyRetention);
    m_retention->start();
    // The first pass a little after start, not while the client is starting.
    QTimer::singleShot(5000, this, &Recordings::applyRetention);
}

QList<SiteFigure> Recordings::siteFigures() const
{
    const auto cameras = qint64(m_shell.context().site.cameras.size());
    const auto interrupted = qint64(std::count(m_interrupted.cbegin(), m_interrupted.cend(), true));
    const QString live = u"videopatrol.live"_s;
    return {SiteFigure::count(tr("Cameras recording"), recordingCount() - interrupted,
                              tr("of %n camera(s)", nullptr, int(cameras)), Severity::Information,
                              u"page"_s, live, 40),
            SiteFigure::count(
                tr("Recordings interrupted"), interrupted,
                interrupted ? tr("camera or network down") : tr("all cameras delivering"),
                interrupted ? Severity::Warning : Severity::Information, u"page"_s, live, 50)};
}

Recordings::~Recordings()
{
    // The last segments are closed now and their index rows queued before the data thread
    // (destroyed after this) ends.
    for (Recorder *recorder : std::as_const(m_recorders))
        recorder->stop();
}

void Recordings::start(const SiteCamera &camera)
{
    if (m_recorders.contains(camera.id))
        return;
    auto *recorder = new Recorder(this);
    connect(recorder, &Recorder::segmentClosed, this, [this](const MediaSegment &segment) {
        m_interrupted.remove(segment.cameraId); // delivering again
        m_data.run<bool>(
            this,
            [segment](QSqlDatabase &db) -> Result<bool> {
                if (auto added = SegmentRepository(db).add(segment); !added)
                    return added.error();
                return true;
            },
            [this](Result<bool> added) {
                if (!added)
                    m_shell.notify(Severity::Warning, tr("Recording index"), added.error().message);
            });
    });
    connect(recorder, &Recorder::failed, this, [this, camera, recorder](const QString &reason) {
        // It retries by itself; said once per outage (a storage failure is reported below).
        if (recorder->isRecording() && !std::exchange(m_interrupted[camera.id], true))
            m_shell.notify(
                Severity::Warning, tr("Recording interrupted"),
                tr("%1: %2; it resumes when the camera is back.").arg(camera.name, reason));
    });
    connect(recorder, &Recorder::storageFailed, this, [this, camera](const QString &reason) {
        m_shell.notify(Severity::Critical, tr("Recording stopped"),
                       u"%1: %2"_s.arg(camera.name, reason));
        if (Recorder *stopped = m_recorders.take(camera.id))
            stopped->deleteLater();
        // Tried again by the schedule's next pass (space may have been freed meanwhile).
        m_scheduled.remove(camera.id);
        emit recordingChanged(camera.id, false);
    });
    Recorder::Options options;
    options.directory = QDir(m_shell.context().dataDirectory).filePath(u"recordings"_s);
    options.cameraId = camera.id;
    options.segmentSeconds = VideoPatrolSettings::segmentSeconds.value(m_shell.settings());
    // On the camera's shared connection (the tiles' and the sound's) when there is one.
    auto *streams = m_shell.service<ICameraStreams>();
    if (std::shared_ptr<CameraFeed> feed = streams ? streams->feed(QUrl(camera.url)) : nullptr)
        recorder->start(std::move(feed), options);
    else
        recorder->start(QUrl(camera.url), options);
    m_recorders.insert(camera.id, recorder);
    emit recordingChanged(camera.id, true);
}

RecordingSchedule Recordings::scheduleOf(const SiteCamera &camera) const
{
    return VideoPatrolSettings::scheduleOverrides(m_shell.settings())
        .value(camera.id, camera.recording);
}

bool Recordings::isDue(const SiteCamera &camera, const RecordingSchedule &schedule,
                       qint64 nowMs) const
{
    if (schedule.mode == RecordingSchedule::Mode::OnAlert)
        return m_alertUntil.value(camera.id) > nowMs;
    return schedule.recordsAt(QDateTime::fromMSecsSinceEpoch(nowMs));
}

void Recordings::applySchedules()
{
    const qint64 nowMs = m_shell.clock().nowMs();
    const auto overrides = VideoPatrolSettings::scheduleOverrides(m_shell.settings());
    const auto &cameras = m_shell.context().site.cameras;
    // Cameras that record on an alert listen to the alerts (looked up when first needed).
    if (!m_watchingAlerts &&
        std::any_of(cameras.cbegin(), cameras.cend(), [&](const SiteCamera &c) {
            return overrides.value(c.id, c.recording).mode == RecordingSchedule::Mode::OnAlert;
        })) {
        if (IAlertFeed *feed = m_shell.service<IAlertFeed>()) {
            m_watchingAlerts = true;
            feed->watchRaised(this, [this](const QList<AlertRecord> &alerts) {
                const qint64 until =
                    m_shell.clock().nowMs() +
                    qint64(VideoPatrolSettings::alertRecordMinutes.value(m_shell.settings())) *
                        60'000;
                bool any = false;
                for (const AlertRecord &a : alerts) {
                    const QString cameraId = QJsonDocument::fromJson(a.subjectJson.toUtf8())
                                                 .object()
                                                 .value(u"cameraId"_s)
                                                 .toString();
                    if (!cameraId.isEmpty()) {
                        m_alertUntil[cameraId] = std::max(m_alertUntil.value(cameraId), until);
                        any = true;
                    }
                }
                if (any)
                    applySchedules();
            });
        }
    }
    for (const SiteCamera &camera : cameras) {
        const bool due = isDue(camera, overrides.value(camera.id, camera.recording), nowMs);
        if (!due) {
            m_heldByOperator.remove(camera.id); // the window ended: the next one records
            if (m_scheduled.contains(camera.id))
                stop(camera.id);
            continue;
        }
        if (isRecording(camera.id) || m_heldByOperator.contains(camera.id))
            continue;
        start(camera);
        m_scheduled.insert(camera.id);
    }
}

void Recordings::stop(const QString &cameraId)
{
    if (m_scheduled.remove(cameraId)) {
        // Stopped by an operator within its window: held until the window ends.
        const auto &cameras = m_shell.context().site.cameras;
        const auto camera = std::find_if(cameras.cbegin(), cameras.cend(),
                                         [&](const SiteCamera &c) { return c.id == cameraId; });
        if (camera != cameras.cend() &&
            isDue(*camera, scheduleOf(*camera), m_shell.clock().nowMs()))
            m_heldByOperator.insert(cameraId);
    }
    Recorder *recorder = m_recorders.take(cameraId);
    if (!recorder)
        return;
    // Finished on a worker: the page keeps painting while the segment is closed.
    connect(recorder, &Recorder::stopped, recorder, &QObject::deleteLater);
    recorder->stopInBackground();
    emit recordingChanged(cameraId, false);
}

void Recordings::segments(const QString &cameraId, qint64 fromMs, qint64 toMs, QObject *context,
                          std::function<void(Result<QList<MediaSegment>>)> done)
{
    m_data.run<QList<MediaSegment>>(
        context,
        [cameraId, fromMs, toMs](QSqlDatabase &db) {
            return SegmentRepository(db).overlapping(cameraId, fromMs, toMs);
        },
        std::move(done));
}

void Recordings::applyRetention()
{
    RecordingRetention::Policy policy;
    SettingsStore &settings = m_shell.settings();
    policy.maxAgeDays = VideoPatrolSettings::retentionDays.value(settings);
    policy.maxBytes = qint64(VideoPatrolSettings::retentionGiB.value(settings)) << 30;
    policy.recordingsDirectory = QDir(m_shell.context().dataDirectory).filePath(u"recordings"_s);
    // Twice what the recorders need to keep going: old footage goes before recording stops.
    policy.minFreeBytes = 2 * Recorder::Options().minFreeBytes;
    const qint64 now = m_shell.clock().nowMs();
    // Files are deleted and rows removed on the database thread, not while the UI paints.
    m_data.run<RecordingRetention::Report>(
        this,
        [policy, now](QSqlDatabase &db) { return RecordingRetention::apply(db, policy, now); },
        [this](Result<RecordingRetention::Report> report) {
            if (!report) {
                m_shell.notify(Severity::Warning, tr("Recording retention"),
                               report.error().message);
                return;
            }
            if (report->segments > 0)
                qInfo().noquote() << "retention deleted" << report->segments
                                  << "recording segments," << (report->bytes >> 20) << "MB";
            if (!report->undeletable.isEmpty())
                m_shell.notify(
                    Severity::Warning, tr("Recording retention"),
                    tr("%n old recording(s) could not be deleted, e.g. %1.", nullptr,
                       int(report->undeletable.size()))
                        .arg(QDir::toNativeSeparators(report->undeletable.constFirst())));
        });
}

} // namespace Jiandu
