#pragma once

#include <QWidget>

namespace Jiandu {

class IShell;
class VideoGrid;
class WallChannel;

//! The video wall's camera view: the cameras operators sent (上墙), newest first, live;
//! until anyone sends one, the site's first cameras. Tiles reconnect by themselves, so an
//! unattended wall survives cameras that drop.
class WallVideo : public QWidget
{
    Q_OBJECT
public:
    WallVideo(IShell &shell, QWidget *parent = nullptr);

private:
    void showSent();

    IShell &m_shell;
    WallChannel *m_channel;
    VideoGrid *m_grid;
};

} // namespace Jiandu
