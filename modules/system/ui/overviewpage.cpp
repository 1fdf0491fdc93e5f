#include "overviewpage.h"

#include "systemstatuswidget.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <moduleapi/ishell.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

OverviewPage::OverviewPage(IShell &shell, qint64 startedMs, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"overviewPage"_s);
    const ShellContext &context = shell.context();

    auto *site = new QLabel(
        context.site.name.isEmpty() ? tr("No site configured") : context.site.name, this);
    QFont siteFont = site->font();
    siteFont.setPointSize(siteFont.pointSize() + 9);
    siteFont.setBold(true);
    site->setFont(siteFont);
    site->setAccessibleName(tr("Site"));

    QStringList facts;
    if (context.demo)
        facts.append(tr("Demo site: sample data only"));
    if (context.offline)
        facts.append(tr("Offline: working from the local cache"));
    facts.append(tr("Operator %1").arg(context.userName));
    facts.append(tr("Data in %1").arg(QDir::toNativeSeparators(context.dataDirectory)));
    if (const LocalCache *cache = shell.cache())
        facts.append(
            tr("Local cache encrypted, %1 MB")
                .arg(double(QFileInfo(LocalCache::databasePath(cache->directory())).size() +
                            QFileInfo(LocalCache::databasePath(cache->directory()) + u"-wal"_s)
                                .size()) /
                         1e6,
                     0, 'f', 1));
    else
        facts.append(tr("No local cache"));
    auto *details = new QLabel(facts.join(u"  ·  "_s), this);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *units = new QListWidget(this);
    units->setAccessibleName(tr("Units"));
    units->addItems(context.site.units);
    if (context.site.units.isEmpty())
        units->addItem(tr("No units configured"));
    auto *unitsBox = new QGroupBox(tr("Units (%1)").arg(context.site.units.size()), this);
    auto *unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->addWidget(units);

    auto *modules = new QListWidget(this);
    modules->setAccessibleName(tr("Running modules"));
    const auto running = shell.runningModules();
    for (const auto &[id, name] : running)
        modules->addItem(name);
    auto *modulesBox = new QGroupBox(tr("Running modules (%1)").arg(running.size()), this);
    auto *modulesLayout = new QVBoxLayout(modulesBox);
    modulesLayout->addWidget(modules);

    auto *openLog = new QPushButton(tr("Open run log"), this);
    connect(openLog, &QPushButton::clicked, this,
            [&shell] { shell.showPage(*Id::fromString(u"system.log"_s)); });

    auto *lists = new QHBoxLayout;
    lists->addWidget(unitsBox, 1);
    lists->addWidget(modulesBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(site);
    layout->addWidget(details);
    layout->addSpacing(12);
    layout->addLayout(lists, 1);
    layout->addWidget(
        new SystemStatusWidget(shell, startedMs, SystemStatusWidget::Presentation::Page, this));
    layout->addWidget(openLog, 0, Qt::AlignLeft);
}

} // namespace Jiandu
