#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <core/sitedescription.h>

namespace Jiandu {

//! 巡查: walks through a list of cameras a grid-full at a time, on a timer, round and
//! round until stopped.
class PatrolRound : public QObject
{
    Q_OBJECT
public:
    explicit PatrolRound(QObject *parent = nullptr);

    void start(const QList<SiteCamera> &cameras, int perStep, int intervalMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    //! Shows the next cameras now (emits step()).
    void advance();
    //! Where the round is, for the operator: "camera 5–8 of 10, next in 12 s".
    struct Progress
    {
        int firstCamera = 0; //!< 1-based, of the cameras on the grid now
        int lastCamera = 0;
        int cameras = 0;
        int round = 0; //!< 1 for the first pass through the cameras
        int msToNext = 0;
    };
    Progress progress() const;

signals:
    //! These cameras should be on the grid now, in this order.
    void step(const QList<Jiandu::SiteCamera> &cameras);
    //! A round began: each of these units is due a patrol (巡查率 counts them).
    void unitsScheduled(const QStringList &units);
    //! Every camera of \a unit was shown in this round: its patrol is done.
    void unitPatrolled(const QString &unit);

private:
    QList<SiteCamera> m_cameras;
    int m_perStep = 1;
    int m_next = 0;
    int m_shownFrom = 0; // index of the first camera of the current step
    int m_shownCount = 0;
    int m_round = 0;
    QTimer m_timer;
    QHash<QString, QSet<QString>> m_unseen; //!< unit → its cameras not shown yet this round
};

} // namespace Jiandu
