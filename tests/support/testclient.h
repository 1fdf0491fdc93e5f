#pragma once

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

    SettingsStore settings;
    ModuleManager modules;
    std::unique_ptr<Shell> shell;
};

} // namespace Jiandu::Testing
