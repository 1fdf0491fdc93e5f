#include "videopatrolmodule.h"

#include "camerastreams.h"
#include "evidence.h"
#include "layoutlibrary.h"
#include "recordings.h"
#include "ui/evidencepage.h"
#include "ui/playbackpage.h"
#include "ui/recordingsettingspage.h"
#include "ui/videogrid.h"
#include "ui/videopatrolpage.h"
#include "ui/videotile.h"
#include "ui/wallvideo.h"
#include "videopatrolsettings.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QSysInfo>
#include <moduleapi/ishell.h>
#include <storage/cachethread.h>
#include <videopatrol/data/videopatrolschema.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QList<Migration> VideoPatrolModule::migrations() const
{
    return VideoPatrolSchema::migrations();
}

VideoPatrolModule::VideoPatrolModule() = default;
VideoPatrolModule::~VideoPatrolModule() = default;

void VideoPatrolModule::aboutToShutdown()
{
    // Recordings close their last segments and findings being stored are finished before
    // the database thread ends.
    delete m_recordings;
    delete m_streams;
    delete m_evidence;
    delete m_layouts;
    m_data.reset();
}

QList<const Setting *> VideoPatrolModule::settings() const
{
    return VideoPatrolSettings::all();
}

Result<void> VideoPatrolModule::initialize(IShell &shell)
{
    // Initialised again (another shell in the same process): start afresh.
    aboutToShutdown();
    // One connection per camera for the tiles, the sound, the recordings and other modules.
    m_streams = new CameraStreams(this);
    shell.addService(m_streams);
    if (shell.cache()) {
        m_data = std::make_unique<CacheThread>(*shell.cache(), u"videopatrol-data"_s);
        m_recordings = new Recordings(shell, *m_data, this);
        shell.addService(m_recordings); // its figures for the site overview
    }
    m_evidence = new Evidence(shell, m_data.get(), this);
    m_layouts = new LayoutLibrary(shell, m_data.get(), this);
    if (m_data) {
        // Their findings, layouts and wall pushes go through the central service.
        shell.addService(m_evidence);
        shell.addService(m_layouts);
    }
    const Id liveId = *Id::fromString(u"videopatrol.live"_s);
    shell.addPage(
        {liveId, tr("Video patrol"), QApplication::style()->standardIcon(QStyle::SP_MediaPlay), 10,
         [this, &shell](QWidget *parent) {
             m_live = new VideoPatrolPage(shell, *m_evidence, *m_layouts, m_recordings, parent);
             return m_live.data();
         }});
    // Other modules open a camera (e.g. the room of an alert): live, in the grid.
    shell.addObjectHandler(u"camera"_s, [this, &shell, liveId](const QString &cameraId) {
        const auto &cameras = shell.context().site.cameras;
        if (std::none_of(cameras.cbegin(), cameras.cend(),
                         [&cameraId](const SiteCamera &c) { return c.id == cameraId; }))
            return false;
        shell.showPage(liveId);
        return m_live && m_live->showCamera(cameraId);
    });
    // Other modules show a camera live beside what they show (the command map): the tile in a
    // window of its own, on the shared connection; the grid's tools stay on the grid.
    shell.addObjectHandler(u"cameraWindow"_s, [&shell](const QString &cameraId) {
        const auto &cameras = shell.context().site.cameras;
        const auto camera =
            std::find_if(cameras.cbegin(), cameras.cend(),
                         [&cameraId](const SiteCamera &c) { return c.id == cameraId; });
        if (camera == cameras.cend())
            return false;
        auto *window = new VideoTile(VideoGrid::kMaxTiles,
                                     {shell.context().userName, QSysInfo::machineHostName()});
        window->setObjectName(u"cameraWindow"_s);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(camera->name);
        window->setControlsShown(false);
        auto *close = new QAction(window);
        close->setShortcut(Qt::Key_Escape);
        QObject::connect(close, &QAction::triggered, window, &QWidget::close);
        window->addAction(close);
        window->setStreams(shell.service<ICameraStreams>());
        window->resize(640, 400);
        window->showCamera(*camera, QSize(1280, 720));
        window->show();
        return true;
    });
    shell.addPage({*Id::fromString(u"videopatrol.playback"_s), tr("Playback"),
                   QApplication::style()->standardIcon(QStyle::SP_MediaSeekBackward), 11,
                   [this, &shell](QWidget *parent) {
                       return new PlaybackPage(shell, *m_evidence, m_data.get(), parent);
                   }});
    shell.addSettingsPage({*Id::fromString(u"videopatrol.schedules"_s), tr("Recording schedules"),
                           40, [this, &shell](QWidget *parent) {
                               return new RecordingSettingsPage(
                                   shell,
                                   [recordings = QPointer<Recordings>(m_recordings)] {
                                       if (recordings)
                                           recordings->applySchedules();
                                   },
                                   parent);
                           }});
    shell.addPage({*Id::fromString(u"videopatrol.evidence"_s), tr("Evidence"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView), 12,
                   [this, &shell](QWidget *parent) {
                       return new EvidencePage(shell, *m_evidence, parent);
                   }});
    shell.addWallContent({*Id::fromString(u"videopatrol.wall"_s), tr("Cameras on the wall"),
                          [&shell](QWidget *parent) {
                              return new WallVideo(shell, parent);
                          }});
    return {};
}

} // namespace Jiandu
