#pragma once

#include <QHash>
#include <QJsonObject>
#include <QThreadPool>
#include <QWidget>
#include <media/clipexporter.h>

class QMenu;
class QSpinBox;
class QTimer;
class QTreeView;

namespace Jiandu {

class Evidence;
class LayoutLibrary;

class CameraModel;
class IShell;
class PatrolRound;
class Recordings;
struct SiteCamera;
class VideoGrid;
class VideoTile;

//! 视频巡查: the site's cameras by unit on the left, the live grid on the right.
class VideoPatrolPage : public QWidget
{
    Q_OBJECT
public:
    //! \a recordings: null without a cache (nothing can be recorded).
    VideoPatrolPage(IShell &shell, Evidence &evidence, LayoutLibrary &layouts,
                    Recordings *recordings, QWidget *parent = nullptr);
    ~VideoPatrolPage() override;
    VideoGrid *grid() const { return m_grid; }
    //! Shows the camera with \a cameraId in the grid; false if the site has no such camera.
    bool showCamera(const QString &cameraId);

private:
    //! 视频质量诊断 of \a cameraId now, or with its view taken again for reference.
    void healthAction(const QString &cameraId, bool retakeReference);
    void exportHealth();
    void takeSnapshot(VideoTile *tile);
    void reportFinding();
    void toggleRecording(VideoTile *tile, bool on);
    void exportClip(VideoTile *tile);
    void replay(VideoTile *tile);
    void showFullScreen(VideoTile *tile);
    void togglePatrol(bool on);
    void showRecording(const QString &cameraId, bool recording);
    const SiteCamera *findCamera(const QString &cameraId) const;
    //! The grid's layout and cameras, kept in the workstation's settings.
    void saveArrangement();
    void restoreArrangement();
    void applyArrangement(int tiles, const QStringList &cameraIds);
    //! Named layouts, shared by the operators of the unit: saved, applied, deleted.
    void saveLayoutAs();
    void fillLayoutMenu(QMenu *menu);

    IShell &m_shell;
    LayoutLibrary &m_layouts;
    Evidence &m_evidence;
    CameraModel *m_cameras;
    QTreeView *m_tree;
    VideoGrid *m_grid;
    QList<QAction *> m_layoutActions;
    PatrolRound *m_patrol;
    QSpinBox *m_patrolSeconds;
    Recordings *m_recordings;
    bool m_restoring = false;
    QThreadPool m_jobs; // clip exports and replays
};

} // namespace Jiandu
