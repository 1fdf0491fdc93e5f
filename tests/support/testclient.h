#pragma once

#include <QTemporaryDir>
#include <QTreeView>
#include <QWidget>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/modulemanager.h>
#include <shell/mainwindow.h>
#include <shell/shell.h>
#include <shell/workspace.h>
#include <storage/localcache.h>

namespace Jiandu::Testing {

//! The client as a command room runs it — shell, every built module, cache — on a clock the
//! test drives; header only, for the tests that link the shell.
struct TestClient
{
    TestClient(ShellContext context, const Clock &clock, LocalCache *cache)
        : settings(context.dataDirectory + QStringLiteral("/jiandu.ini"))
        , modules(qEnvironmentVariable("JIANDU_MODULE_DIR"), context.language)
    {
        if (!modules.discover().ok())
            qFatal("modules not found");
        modules.load();
        const QString layout = context.dataDirectory + QStringLiteral("/layout.ini");
        shell = std::make_unique<Shell>(std::move(context), settings, clock, modules,
                                        WindowLayoutStore(layout), cache);
        shell->startModules();
        shell->showMainWindow();
    }
    ~TestClient()
    {
        modules.shutdown();
        shell.reset();
    }
    //! Shows page \a id and returns it; null if no module added it.
    QWidget *page(const QString &id)
    {
        const Id pageId = *Id::fromString(id);
        if (!shell->mainWindow()->workspace()->showPage(pageId))
            return nullptr;
        return shell->mainWindow()->workspace()->pageWidget(pageId);
    }

    //! The alert inbox's messages, top to bottom.
    QStringList inboxMessages()
    {
        QWidget *inbox = page(QStringLiteral("alerts.inbox"));
        auto *view = inbox ? inbox->findChild<QTreeView *>(QStringLiteral("alertView")) : nullptr;
        QStringList messages;
        for (int r = 0; view && view->model() && r < view->model()->rowCount(); ++r)
            messages.append(view->model()->index(r, 1).data().toString());
        return messages;
    }

    SettingsStore settings;
    ModuleManager modules;
    std::unique_ptr<Shell> shell;
};

//! A client of type \a C (a TestClient built from a data directory, a clock and a cache) on
//! a new data directory with a new encrypted cache, on a virtual clock starting at \a startMs.
template <typename C> struct Fresh
{
    QTemporaryDir dir;
    std::unique_ptr<LocalCache> cache;
    VirtualClock clock;
    std::unique_ptr<C> client;
    explicit Fresh(qint64 startMs)
        : clock(startMs)
    {
        auto created =
            LocalCache::create(dir.path() + QStringLiteral("/cache"), QStringLiteral("pw"));
        if (!created)
            return;
        cache = std::move(created).value();
        client = std::make_unique<C>(dir.path() + QStringLiteral("/data"), clock, cache.get());
    }
};

} // namespace Jiandu::Testing
