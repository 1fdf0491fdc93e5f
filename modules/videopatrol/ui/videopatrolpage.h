#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace Jiandu {

class IShell;
class VideoGrid;
class VideoTile;

//! 视频巡查: the site's cameras by unit on the left, the live grid on the right.
class VideoPatrolPage : public QWidget
{
    Q_OBJECT
public:
    VideoPatrolPage(IShell &shell, QWidget *parent = nullptr);
    VideoGrid *grid() const { return m_grid; }
    //! Shows the camera with \a cameraId in the grid; false if the site has no such camera.
    bool showCamera(const QString &cameraId);

private:
    void takeSnapshot(VideoTile *tile);

    IShell &m_shell;
    QStandardItemModel *m_cameras;
    QTreeView *m_tree;
    VideoGrid *m_grid;
};

} // namespace Jiandu
