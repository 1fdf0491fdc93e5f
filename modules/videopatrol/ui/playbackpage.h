#pragma once

#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <media/playbackclock.h>
#include <memory>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QTreeView;

namespace Jiandu {

class CacheThread;
class Evidence;

class CameraModel;
class IShell;
class PlaybackStream;
class PlaybackView;
class TimelineWidget;
struct SiteCamera;

//! 录像回放: up to four cameras' recordings played in step on one clock, with a timeline of
//! what was recorded and the findings made, seek by click, 0.25×–8×, pause and frame step;
//! snapshot, finding and clip from the frame on screen.
class PlaybackPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxCameras = 4;

    //! \a data: the module's database thread (recordings and findings are read there); null
    //! without a cache.
    PlaybackPage(IShell &shell, Evidence &evidence, CacheThread *data, QWidget *parent = nullptr);
    ~PlaybackPage() override;

    PlaybackClock &clock() { return m_clock; }
    TimelineWidget *timeline() const { return m_timeline; }
    QList<PlaybackView *> views() const;
    //! Plays \a cameraIds (up to kMaxCameras) from \a atMs.
    void play(const QStringList &cameraIds, qint64 atMs);
    void stepForward();
    void stepBack();

private:
    struct Slot;
    void camerasChosen();
    void setCameras(const QStringList &cameraIds);
    void seekStreams(qint64 atMs);
    void present();
    void refreshTimeline();
    PlaybackView *selectedView() const;
    void updatePlayButton();

    IShell &m_shell;
    Evidence &m_evidence;
    CacheThread *m_data;
    int m_seekGeneration = 0;     // answers to an earlier seek are dropped
    int m_operatorSeeks = 0;      // seeks the operator made (they win over opening at the latest)
    int m_timelineGeneration = 0; // and to an earlier timeline window
    CameraModel *m_cameras;
    QTreeView *m_tree;
    PlaybackClock m_clock;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QWidget *m_viewArea;
    QGridLayout *m_viewLayout;
    TimelineWidget *m_timeline;
    QAction *m_playPause;
    QComboBox *m_rate;
    QDateTimeEdit *m_jump;
    QLabel *m_time;
    QTimer m_present;
    QTimer m_timelineRefresh;
    QThreadPool m_jobs;
    qint64 m_frameIntervalMs = 40;
    bool m_updatingChecks = false;
};

} // namespace Jiandu
