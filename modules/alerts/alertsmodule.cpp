#include "alertsmodule.h"

#include "alertservice.h"
#include "alertsettings.h"
#include "ui/alarmboard.h"
#include "ui/alertinboxpage.h"
#include "ui/alertnotifier.h"
#include "ui/alertsettingspage.h"
#include "ui/problemspage.h"
#include "ui/rulesettingspage.h"
#include "ui/statisticspage.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QStyle>
#include <alerts/data/alertsschema.h>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAlertsModule, "jiandu.alerts")

namespace Jiandu {

AlertsModule::~AlertsModule()
{
    aboutToShutdown();
}

Result<void> AlertsModule::initialize(IShell &shell)
{
    // A video wall has no cache (no one logs in): its alerts will come from the central
    // service; here there is nothing to run.
    if (!shell.cache()) {
        qCInfo(lcAlertsModule) << "no local cache: supervision alerts are not run here";
        return {};
    }
    // Initialised again (another shell in the same process): start afresh.
    delete m_service;
    m_service = new AlertService(shell, this);
    if (auto started = m_service->start(); !started)
        return started;
    // The door for other modules' events (api/ieventsink.h).
    shell.addService(m_service);
    const Id inboxId = *Id::fromString(u"alerts.inbox"_s);
    shell.addPage({inboxId, tr("Alerts"),
                   QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), 20,
                   [this](QWidget *parent) {
                       auto *page = new AlertInboxPage(*m_service, parent);
                       m_inbox = page;
                       return page;
                   }});
    shell.addPage({*Id::fromString(u"alerts.problems"_s), tr("Problems"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogListView), 21,
                   [this](QWidget *parent) {
                       auto *page = new ProblemsPage(*m_service, parent);
                       m_problems = page;
                       return page;
                   }});
    shell.addPage({*Id::fromString(u"alerts.rules"_s), tr("Alert rules"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView), 22,
                   [this](QWidget *parent) {
                       return new RuleSettingsPage(*m_service, parent);
                   }});
    shell.addPage({*Id::fromString(u"alerts.statistics"_s), tr("Statistics"),
                   QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView), 23,
                   [this](QWidget *parent) {
                       return new StatisticsPage(*m_service, parent);
                   }});
    shell.addSettingsPage({*Id::fromString(u"alerts.settings"_s), tr("Alerts and problems"), 30,
                           [this, &shell](QWidget *parent) {
                               return new AlertSettingsPage(
                                   shell.settings(), shell.context().site.units,
                                   [service = QPointer<AlertService>(m_service)] {
                                       if (service)
                                           service->checkSettings();
                                   },
                                   parent);
                           }});
    // 报警看板 for the video wall: what waits for someone, in large letters.
    shell.addWallContent(
        {*Id::fromString(u"alerts.board"_s), tr("Alarm board"), [this](QWidget *parent) {
             return new AlarmBoard(*m_service, parent);
         }});
    // The overview's figures open what they count.
    shell.addObjectHandler(u"alertInbox"_s, [this, &shell, inboxId](const QString &view) {
        shell.showPage(inboxId);
        return m_inbox && m_inbox->showView(view);
    });
    shell.addObjectHandler(u"problems"_s, [this, &shell](const QString &view) {
        shell.showPage(*Id::fromString(u"alerts.problems"_s));
        return m_problems && m_problems->showView(view);
    });
    if (!shell.context().wall) {
        m_notifier = new AlertNotifier(
            *m_service,
            [this, &shell, inboxId](qint64 id) {
                shell.showPage(inboxId);
                if (m_inbox)
                    m_inbox->showAlert(id);
            },
            this);
    }
    return {};
}

QList<Migration> AlertsModule::migrations() const
{
    return AlertsSchema::migrations();
}

QList<const Setting *> AlertsModule::settings() const
{
    return AlertSettings::all();
}

void AlertsModule::aboutToShutdown()
{
    // Windows go while the application still runs; the service stays for the pages until the
    // shell is gone.
    delete m_notifier;
    m_notifier = nullptr;
    if (m_service)
        m_service->shutdown();
}

} // namespace Jiandu
