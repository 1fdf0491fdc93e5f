#include "healthmonitor.h"

#include <QPointer>
#include <QUrl>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Jiandu::Analytics {

//! A camera's health between rounds. The worker looking at the camera has it alone; the
//! monitor starts no other while one is (busy, on the monitor's thread). A reference set
//! meanwhile waits under the mutex and is taken by the next look.
struct HealthMonitor::State
{
    explicit State(int confirmAfter)
        : health(confirmAfter, 3, 2)
    {}
    Camera camera;
    CameraHealth health;
    bool busy = false;
    bool hasReference = false;
    std::mutex mutex;
    //! To hand to the health at the next look: a new reference view, or none (forgotten).
    std::optional<ReferenceView> newReference;
};

QStringList faultsOf(const Diagnosis &diagnosis)
{
    QStringList faults;
    for (const CheckResult &r : diagnosis.checks)
        if (r.verdict == HealthVerdict::Fault)
            faults << checkKey(r.check);
    return faults;
}

HealthMonitor::HealthMonitor(QList<Camera> cameras, Options options, QObject *parent)
    : QObject(parent)
    , m_cameras(std::move(cameras))
    , m_options(options)
{
    m_pool.setMaxThreadCount(std::max(1, options.workers));
    for (const Camera &camera : std::as_const(m_cameras)) {
        auto state = std::make_shared<State>(options.confirmAfter);
        state->camera = camera;
        m_states.insert(camera.id, state);
    }
    m_rounds.setInterval(std::max(1, options.everyMinutes) * 60 * 1000);
    connect(&m_rounds, &QTimer::timeout, this, [this] { diagnoseNow(); });
}

HealthMonitor::~HealthMonitor()
{
    m_rounds.stop();
    *m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void HealthMonitor::setReference(const QString &cameraId, const ReferenceView &reference)
{
    const auto state = m_states.value(cameraId);
    if (!state || !reference.isValid())
        return;
    std::lock_guard lock(state->mutex);
    state->newReference = reference;
    state->hasReference = true;
}

void HealthMonitor::retakeReference(const QString &cameraId)
{
    const auto state = m_states.value(cameraId);
    if (!state)
        return;
    {
        std::lock_guard lock(state->mutex);
        state->newReference = ReferenceView();
        state->hasReference = false;
    }
    Q_EMIT referenceDropped(cameraId);
    launch(cameraId);
}

bool HealthMonitor::hasReference(const QString &cameraId) const
{
    const auto state = m_states.value(cameraId);
    return state && state->hasReference;
}

void HealthMonitor::start()
{
    if (m_options.everyMinutes > 0)
        m_rounds.start();
    diagnoseNow();
}

void HealthMonitor::hold()
{
    m_held = true;
}

void HealthMonitor::release()
{
    m_held = false;
    const QStringList waiting = std::exchange(m_waiting, {});
    for (const QString &cameraId : waiting)
        launch(cameraId);
}

void HealthMonitor::diagnoseNow(const QString &cameraId)
{
    if (!cameraId.isEmpty()) {
        launch(cameraId);
        return;
    }
    for (const Camera &camera : std::as_const(m_cameras))
        launch(camera.id);
}

const Diagnosis *HealthMonitor::latest(const QString &cameraId) const
{
    const auto found = m_latest.constFind(cameraId);
    return found == m_latest.cend() ? nullptr : &found.value();
}

int HealthMonitor::running() const
{
    int busy = 0;
    for (const auto &state : m_states)
        busy += state->busy ? 1 : 0;
    return busy;
}

void HealthMonitor::launch(const QString &cameraId)
{
    const auto state = m_states.value(cameraId);
    if (!state || state->busy || *m_stopping)
        return;
    if (m_held) {
        if (!m_waiting.contains(cameraId))
            m_waiting << cameraId;
        return;
    }
    state->busy = true;
    const bool hadReference = state->hasReference;
    DiagnosisOptions options;
    options.pictures = m_options.pictures;
    options.intervalMs = m_options.intervalMs;
    options.timeoutMs = m_options.timeoutMs;
    // A live camera is decoded a key frame at a time: a few milliseconds a picture.
    options.keyframesOnly = QUrl(state->camera.url).scheme().startsWith(u"rtsp"_s);
    const auto stopping = m_stopping;
    options.cancelled = [stopping] {
        return stopping->load();
    };
    QPointer<HealthMonitor> self(this);
    m_pool.start([self, state, options, stopping, hadReference] {
        {
            std::lock_guard lock(state->mutex);
            if (state->newReference) {
                state->health.setReference(*state->newReference);
                state->newReference.reset();
            }
        }
        Diagnosis diagnosis = diagnose(state->camera.url, options, state->health);
        if (stopping->load())
            return;
        // The first healthy look becomes the view the camera is held to (measured here, not
        // on the monitor's thread).
        std::optional<ReferenceView> reference;
        if (!hadReference && diagnosis.overall == HealthVerdict::Ok && diagnosis.pictures >= 2 &&
            !diagnosis.lastPicture.empty()) {
            reference = ReferenceView::of(diagnosis.lastPicture);
            if (!reference->isValid())
                reference.reset();
        }
        const QString id = state->camera.id;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, diagnosis = std::move(diagnosis), reference]() mutable {
                if (self)
                    self->finished(id, std::move(diagnosis), std::move(reference));
            },
            Qt::QueuedConnection);
    });
}

void HealthMonitor::finished(const QString &cameraId, Diagnosis diagnosis,
                             std::optional<ReferenceView> reference)
{
    const auto state = m_states.value(cameraId);
    if (!state)
        return;
    state->busy = false;
    const Diagnosis *before = latest(cameraId);
    const bool changed =
        !before || before->overall != diagnosis.overall || faultsOf(*before) != faultsOf(diagnosis);
    // Unless a reference came meanwhile (read from the cache, or taken again).
    if (reference && !state->hasReference) {
        setReference(cameraId, *reference);
        Q_EMIT referenceTaken(cameraId, diagnosis.lastPicture);
    }
    diagnosis.lastPicture.release(); // not kept for every camera between rounds
    m_latest.insert(cameraId, diagnosis);
    Q_EMIT diagnosed(cameraId, diagnosis, changed);
}

} // namespace Jiandu::Analytics
