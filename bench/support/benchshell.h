#pragma once

#include <core/clock.h>
#include <core/settingsstore.h>
#include <moduleapi/ishell.h>

namespace Jiandu::Bench {

//! Just enough of a shell for a page or a module's part under load: settings, a clock and
//! the context; nothing is added anywhere, notices go to the log.
class BenchShell final : public IShell
{
public:
    explicit BenchShell(const QString &settingsPath)
        : m_settings(settingsPath)
    {}
    ShellContext &editContext() { return m_context; }
    const ShellContext &context() const override { return m_context; }
    SettingsStore &settings() override { return m_settings; }
    const Clock &clock() const override { return m_clock; }
    LocalCache *cache() const override { return nullptr; }
    void addPage(const PageSpec &) override {}
    void addAction(const Id &, QAction *) override {}
    void addDockWidget(QDockWidget *, Qt::DockWidgetArea) override {}
    void addStatusWidget(QWidget *) override {}
    void addSettingsPage(const SettingsPageSpec &) override {}
    void addWallContent(const WallContentSpec &) override {}
    QList<WallContentSpec> wallContents() const override { return {}; }
    QList<QPair<Id, QString>> runningModules() const override { return {}; }
    void notify(Severity, const QString &title, const QString &message) override
    {
        qWarning("%s: %s", qPrintable(title), qPrintable(message));
    }
    void showPage(const Id &) override {}
    void openPageInWindow(const Id &) override {}
    void addObjectHandler(const QString &, std::function<bool(const QString &)>) override {}
    bool openObject(const QString &, const QString &) override { return false; }
    bool canOpen(const QString &) const override { return false; }
    void addQuitCheck(std::function<QString()>) override {}
    void addService(QObject *) override {}
    void removeService(QObject *) override {}
    QList<QObject *> services() const override { return {}; }

private:
    ShellContext m_context;
    SettingsStore m_settings;
    SystemClock m_clock;
};

} // namespace Jiandu::Bench
