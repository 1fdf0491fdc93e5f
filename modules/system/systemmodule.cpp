#include "systemmodule.h"

#include "ui/dutyclockwidget.h"
#include "ui/generalsettingspage.h"
#include "ui/logsettingspage.h"
#include "ui/logviewerpage.h"
#include "ui/overviewpage.h"
#include "ui/systemstatuswidget.h"

#include <QApplication>
#include <QStyle>
#include <core/clock.h>
#include <core/loghub.h>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>

Q_LOGGING_CATEGORY(lcSystem, "jiandu.system", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<void> SystemModule::initialize(IShell &shell)
{
    const qint64 startedMs = shell.clock().nowMs();
    shell.addPage({*Id::fromString(u"system.overview"_s), tr("Overview"),
                   QApplication::style()->standardIcon(QStyle::SP_ComputerIcon), 0,
                   [&shell, startedMs](QWidget *parent) {
                       return new OverviewPage(shell, startedMs, parent);
                   }});
    const QIcon logIcon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    shell.addPage(
        {*Id::fromString(u"system.log"_s), tr("Run log"), logIcon, 900, [](QWidget *parent) {
             return new LogViewerPage(parent);
         }});

    shell.addSettingsPage(
        {*Id::fromString(u"system.general"_s), tr("General"), 10, [&shell](QWidget *parent) {
             return new GeneralSettingsPage(shell.settings(), shell.wallContents(), parent);
         }});
    shell.addSettingsPage(
        {*Id::fromString(u"system.log"_s), tr("Logging"), 900, [&shell](QWidget *parent) {
             QStringList known = LogHub::instance().categories();
             for (const auto &[id, name] : shell.runningModules())
                 known.append(u"jiandu."_s + id.toString());
             known.removeDuplicates();
             return new LogSettingsPage(shell.settings(), known, parent);
         }});

    const QString siteName = shell.context().site.name;
    shell.addWallContent(
        {*Id::fromString(u"system.clock"_s), tr("Duty clock"), [&shell, siteName](QWidget *parent) {
             return new DutyClockWidget(shell.clock(), siteName, parent);
         }});
    shell.addWallContent({*Id::fromString(u"system.status"_s), tr("Workstation status"),
                          [&shell, startedMs](QWidget *parent) {
                              return new SystemStatusWidget(
                                  shell, startedMs, SystemStatusWidget::Presentation::Wall, parent);
                          }});
    qCDebug(lcSystem) << "system module ready";
    return {};
}

} // namespace Jiandu
