#include "videopatrolmodule.h"

#include "ui/evidencepage.h"
#include "ui/playbackpage.h"
#include "ui/videopatrolpage.h"
#include "ui/wallvideo.h"

#include <QApplication>
#include <QStyle>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<void> VideoPatrolModule::initialize(IShell &shell)
{
    shell.addPage({*Id::fromString(u"videopatrol.live"_s), tr("Video patrol"),
                   QApplication::style()->standardIcon(QStyle::SP_MediaPlay), 10,
                   [&shell](QWidget *parent) {
                       return new VideoPatrolPage(shell, parent);
                   }});
    shell.addPage({*Id::fromString(u"videopatrol.playback"_s), tr("Playback"),
                   QApplication::style()->standardIcon(QStyle::SP_MediaSeekBackward), 11,
                   [&shell](QWidget *parent) {
                       return new PlaybackPage(shell, parent);
                   }});
    shell.addPage({*Id::fromString(u"videopatrol.evidence"_s), tr("Evidence"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView), 12,
                   [&shell](QWidget *parent) {
                       return new EvidencePage(shell, parent);
                   }});
    shell.addWallContent({*Id::fromString(u"videopatrol.wall"_s), tr("Cameras on the wall"),
                          [&shell](QWidget *parent) {
                              return new WallVideo(shell, parent);
                          }});
    return {};
}

} // namespace Jiandu
