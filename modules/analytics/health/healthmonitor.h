#pragma once

#include "diagnosis.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

namespace Jiandu::Analytics {

//! 视频质量诊断 on a schedule: every camera of the site looked at every few minutes (and on
//! demand), each on a worker thread, its health kept between rounds so that a fault must hold
//! for several pictures before it is told. A camera still being looked at is not started
//! again; the first healthy look at a camera without a reference view becomes its reference.
//! Lives on the thread it is made on; reports there.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    struct Camera
    {
        QString id;
        QString name;
        QString unit;
        QString roomType; //!< "interrogation", "waiting", … when the site says
        QString url;      //!< what is looked at (the sub-stream when there is one)
    };
    struct Options
    {
        int everyMinutes = 5; //!< 0: on demand only
        int pictures = 3;
        int intervalMs = 1000;
        int timeoutMs = 20000;
        int workers = 1; //!< cameras looked at at once
        //! Faulty pictures in a row before a fault is told: more than a round's pictures, so
        //! that someone standing before the lens for a moment raises no alarm.
        int confirmAfter = 4;
    };
    HealthMonitor(QList<Camera> cameras, Options options, QObject *parent = nullptr);
    //! Cancels what is being looked at and waits for it (a fraction of a second).
    ~HealthMonitor() override;

    const QList<Camera> &cameras() const { return m_cameras; }
    void setReference(const QString &cameraId, const ReferenceView &reference);
    bool hasReference(const QString &cameraId) const;

    //! Forgets \a cameraId's reference view (its view was changed on purpose) and looks at it:
    //! its next healthy look becomes the new one.
    void retakeReference(const QString &cameraId);
    //! Starts the rounds: the first at once.
    void start();
    //! Looks at nothing until release() (the stored reference views are being read); what is
    //! asked for meanwhile is looked at then.
    void hold();
    void release();
    //! Looks at \a cameraId (every camera when empty) now, outside the rounds.
    void diagnoseNow(const QString &cameraId = {});
    //! The latest diagnosis of \a cameraId, if it has had one.
    const Diagnosis *latest(const QString &cameraId) const;
    //! Cameras being looked at right now.
    int running() const;

Q_SIGNALS:
    //! \a cameraId was looked at; \a changed when its verdict or its faults differ from before.
    void diagnosed(const QString &cameraId, const Jiandu::Analytics::Diagnosis &diagnosis,
                   bool changed);
    //! The first healthy look at a camera without a reference: store it.
    void referenceTaken(const QString &cameraId, const cv::Mat &picture);
    //! The camera's reference was forgotten (retakeReference): drop the stored one.
    void referenceDropped(const QString &cameraId);

private:
    struct State;
    void launch(const QString &cameraId);
    void finished(const QString &cameraId, Diagnosis diagnosis,
                  std::optional<ReferenceView> reference);

    QList<Camera> m_cameras;
    Options m_options;
    QHash<QString, std::shared_ptr<State>> m_states;
    QHash<QString, Diagnosis> m_latest;
    QTimer m_rounds;
    bool m_held = false;
    QStringList m_waiting; //!< asked for while held
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
};

//! The faults of \a diagnosis (checks found faulty), as keys ("covered", "blur", …).
QStringList faultsOf(const Diagnosis &diagnosis);

} // namespace Jiandu::Analytics
