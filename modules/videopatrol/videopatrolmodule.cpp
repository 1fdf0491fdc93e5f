#include "videopatrolmodule.h"

#include "ui/playbackpage.h"
#include "ui/videopatrolpage.h"

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
    return {};
}

} // namespace Jiandu
