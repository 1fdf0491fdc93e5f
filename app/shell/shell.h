#pragma once

#include "windowlayoutstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <moduleapi/ishell.h>

class QScreen;

namespace Jiandu {

class MainWindow;
class ModuleManager;
class NotificationCenter;
class WallWindow;

//! The shell behind IShell: collects what modules contribute and presents it in the main
//! window or on the video wall; saves and restores the operator's window layout.
class Shell final : public QObject, public IShell
{
    Q_OBJECT
public:
    Shell(ShellContext context, SettingsStore &settings, const Clock &clock, ModuleManager &modules,
          WindowLayoutStore layoutStore, LocalCache *cache = nullptr, QObject *parent = nullptr);
    ~Shell() override;

    // IShell
    const ShellContext &context() const override { return m_context; }
    SettingsStore &settings() override { return m_settings; }
    const Clock &clock() const override { return m_clock; }
    LocalCache *cache() const override { return m_cache; }
    void addPage(const PageSpec &page) override;
    void addAction(const Id &moduleId, QAction *action) override;
    void addDockWidget(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void addSettingsPage(const SettingsPageSpec &page) override;
    void addWallContent(const WallContentSpec &content) override;
    QList<WallContentSpec> wallContents() const override { return m_wallContents; }
    //! The modules' pages of the settings dialog.
    QList<SettingsPageSpec> settingsPages() const { return m_settingsPages; }
    QList<QPair<Id, QString>> runningModules() const override;
    void notify(Severity severity, const QString &title, const QString &message) override;
    void showPage(const Id &pageId) override;
    void addObjectHandler(const QString &kind,
                          std::function<bool(const QString &id)> open) override;
    bool openObject(const QString &kind, const QString &id) override;
    bool canOpen(const QString &kind) const override { return m_objectHandlers.contains(kind); }
    void openPageInWindow(const Id &pageId) override;
    void addStatusWidget(QWidget *widget) override;
    void addQuitCheck(std::function<QString()> check) override;
    void addService(QObject *service) override;
    void removeService(QObject *service) override;
    QList<QObject *> services() const override;

    //! Brings each module's tables in the cache up to date and starts it, in dependency order.
    void startModules();
    //! Shows the main window with the operator's saved layout (call after modules started).
    void showMainWindow();
    //! Opens one wall window per screen; the wall contents the settings enable, rotating.
    void showWall(const QList<QScreen *> &screens);
    void saveLayout();
    void resetLayout();
    void openSettings();
    void openModuleStatus();
    //! The operator asked to quit: what that would interrupt is said first (addQuitCheck),
    //! then quitRequested() if they confirm.
    void confirmQuit();

    MainWindow *mainWindow() const;
    QList<WallWindow *> wallWindows() const;
    NotificationCenter &notifications() { return *m_notifications; }

signals:
    void quitRequested();

private:
    void confirmLeaveWall(WallWindow *window);

    ShellContext m_context;
    SettingsStore &m_settings;
    const Clock &m_clock;
    ModuleManager &m_modules;
    WindowLayoutStore m_layoutStore;
    LocalCache *m_cache;
    NotificationCenter *m_notifications;
    QPointer<MainWindow> m_mainWindow;
    QList<QPointer<WallWindow>> m_wallWindows;
    QList<SettingsPageSpec> m_settingsPages;
    QList<std::function<QString()>> m_quitChecks;
    QList<WallContentSpec> m_wallContents;
    QHash<QString, std::function<bool(const QString &)>> m_objectHandlers;
    QByteArray m_defaultMainState;
    QList<QPointer<QObject>> m_services;
};

} // namespace Jiandu
