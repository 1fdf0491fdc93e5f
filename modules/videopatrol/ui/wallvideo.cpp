#include "wallvideo.h"

#include "../wallchannel.h"
#include "videogrid.h"

#include <QSysInfo>
#include <QVBoxLayout>
#include <core/sitedescription.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

WallVideo::WallVideo(IShell &shell, QWidget *parent)
    : QWidget(parent)
    , m_shell(shell)
    , m_channel(new WallChannel(this))
    , m_grid(new VideoGrid({shell.context().userName, QSysInfo::machineHostName()}, this))
{
    setObjectName(u"wallVideo"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid);
    m_grid->setControlsShown(false); // a wall is watched, not operated
    m_grid->setStreams(shell.service<ICameraStreams>());
    connect(m_channel, &WallChannel::changed, this, &WallVideo::showSent);
    showSent();
}

void WallVideo::showSent()
{
    QStringList ids = m_channel->cameras();
    if (ids.isEmpty()) {
        for (const SiteCamera &camera : m_shell.context().site.cameras)
            ids.append(camera.id);
    }
    QList<SiteCamera> cameras;
    for (const QString &id : std::as_const(ids)) {
        for (const SiteCamera &camera : m_shell.context().site.cameras) {
            if (camera.id == id && cameras.size() < WallChannel::kCameras)
                cameras.append(camera);
        }
    }
    m_grid->setTileCount(cameras.size() <= 1 ? 1 : 4);
    for (int i = 0; i < m_grid->tileCount(); ++i) {
        VideoTile *tile = m_grid->tile(i);
        if (i >= cameras.size())
            tile->clear();
        else if (!tile->camera() || tile->camera()->id != cameras[i].id)
            m_grid->showCameraIn(tile, cameras[i]);
    }
}

} // namespace Jiandu
