#include "syncmodule.h"

#include "syncschema.h"
#include "syncservice.h"
#include "syncsettings.h"
#include "ui/syncindicator.h"
#include "ui/syncpage.h"
#include "ui/syncsettingspage.h"

#include <QApplication>
#include <QStyle>
#include <QUrl>
#include <moduleapi/ishell.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<void> SyncModule::initialize(IShell &shell)
{
    m_service = new SyncService(shell, this);
    shell.addService(m_service);
    // The demo's own central service (scripts/demo starts it): its address comes with the
    // launch, its sample share key is public like the rest of the demo's data.
    const QString demoCentral = qEnvironmentVariable("JIANDU_DEMO_CENTRAL");
    if (shell.context().demo && !demoCentral.isEmpty())
        m_service->useDemoCentral(QUrl(demoCentral), u"demo"_s, u"jiandu-demo-share"_s,
                                  qEnvironmentVariable("JIANDU_DEMO_BROKER"));
    const Id pageId = *Id::fromString(u"sync.status"_s);
    shell.addPage({pageId, tr("Sync"),
                   QApplication::style()->standardIcon(QStyle::SP_BrowserReload), 850,
                   [this](QWidget *parent) {
                       return new SyncPage(*m_service, parent);
                   }});
    shell.addSettingsPage(
        {*Id::fromString(u"sync.settings"_s), tr("Sync"), 200, [this, &shell](QWidget *parent) {
             return new SyncSettingsPage(shell.settings(), *m_service, parent);
         }});
    auto *indicator = new SyncIndicator(*m_service);
    QObject::connect(indicator, &SyncIndicator::clicked, this,
                     [&shell, pageId] { shell.showPage(pageId); });
    shell.addStatusWidget(indicator);
    return {};
}

void SyncModule::aboutToShutdown()
{
    if (m_service)
        m_service->shutdown();
}

QList<const Setting *> SyncModule::settings() const
{
    return SyncSettings::all();
}

QList<Migration> SyncModule::migrations() const
{
    return Sync::SyncSchema::migrations();
}

} // namespace Jiandu
