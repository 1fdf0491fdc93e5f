#include "shell.h"

#include "mainwindow.h"
#include "modulestatusdialog.h"
#include "notificationcenter.h"
#include "settingsdialog.h"
#include "startupprobe.h"
#include "wallwindow.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScreen>
#include <core/clock.h>
#include <core/settingsstore.h>
#include <core/shellsettings.h>
#include <moduleapi/imodule.h>
#include <moduleapi/modulemanager.h>
#include <storage/localcache.h>

Q_LOGGING_CATEGORY(lcShell, "jiandu.shell", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu {

Shell::Shell(ShellContext context, SettingsStore &settings, const Clock &clock,
             ModuleManager &modules, WindowLayoutStore layoutStore, LocalCache *cache,
             QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_settings(settings)
    , m_clock(clock)
    , m_modules(modules)
    , m_layoutStore(std::move(layoutStore))
    , m_cache(cache)
    , m_notifications(new NotificationCenter(this))
    , m_mainWindow(new MainWindow(m_context, *m_notifications))
{
    // Docks and actions need the main window even in wall mode, where it stays hidden.
    connect(m_mainWindow, &MainWindow::quitRequested, this, &Shell::confirmQuit);
    connect(m_mainWindow, &MainWindow::settingsRequested, this, &Shell::openSettings);
    connect(m_mainWindow, &MainWindow::moduleStatusRequested, this, &Shell::openModuleStatus);
    connect(m_mainWindow, &MainWindow::resetLayoutRequested, this, &Shell::resetLayout);
}

Shell::~Shell()
{
    for (const auto &wall : std::as_const(m_wallWindows))
        delete wall.data();
    delete m_mainWindow.data();
}

void Shell::addQuitCheck(std::function<QString()> check)
{
    m_quitChecks.append(std::move(check));
}

void Shell::confirmQuit()
{
    QStringList interrupted;
    for (const auto &check : std::as_const(m_quitChecks)) {
        if (const QString what = check(); !what.isEmpty())
            interrupted.append(what);
    }
    if (interrupted.isEmpty()) {
        emit quitRequested();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Quit Jiandu?"),
        tr("Quitting now interrupts:\n\n%1\n\nQuit anyway?").arg(interrupted.join(u'\n')),
        QMessageBox::Yes | QMessageBox::No, m_mainWindow);
    box->setObjectName(u"confirmQuit"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            emit quitRequested();
    });
    box->open();
}

void Shell::startModules()
{
    m_modules.initialize(*this, [this](const QString &moduleId, IModule &module) -> Result<void> {
        const QList<Migration> migrations = module.migrations();
        if (!m_cache || migrations.isEmpty())
            return {};
        return m_cache->migrate(moduleId, migrations);
    });
}

void Shell::addPage(const PageSpec &page)
{
    m_mainWindow->workspace()->addPage(page);
}

void Shell::addAction(const Id &moduleId, QAction *action)
{
    QString name = moduleId.toString();
    for (const auto &[id, displayName] : runningModules()) {
        if (id == moduleId)
            name = displayName;
    }
    m_mainWindow->addModuleAction(name, action);
}

void Shell::addDockWidget(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        qCWarning(lcShell) << "dock" << dock->windowTitle()
                           << "has no objectName; its position will not be saved";
    m_mainWindow->addDockWidget(area, dock);
}

void Shell::addStatusWidget(QWidget *widget)
{
    m_mainWindow->addStatusWidget(widget);
}

void Shell::addSettingsPage(const SettingsPageSpec &page)
{
    m_settingsPages.append(page);
}

void Shell::addWallContent(const WallContentSpec &content)
{
    m_wallContents.append(content);
}

QList<QPair<Id, QString>> Shell::runningModules() const
{
    QList<QPair<Id, QString>> result;
    for (const ModuleStatus &s : m_modules.statuses()) {
        if (s.state == ModuleStatus::State::Initialized || s.state == ModuleStatus::State::Loaded)
            result.append({*Id::fromString(s.id), s.name});
    }
    return result;
}

void Shell::notify(Severity severity, const QString &title, const QString &message)
{
    m_notifications->post({severity, title, message, m_clock.nowMs()});
}

void Shell::addService(QObject *service)
{
    if (service && !services().contains(service))
        m_services.append(service);
}

void Shell::removeService(QObject *service)
{
    m_services.removeAll(service);
}

QList<QObject *> Shell::services() const
{
    QList<QObject *> alive;
    for (const QPointer<QObject> &service : m_services) {
        if (service)
            alive.append(service);
    }
    return alive;
}

void Shell::addObjectHandler(const QString &kind, std::function<bool(const QString &)> open)
{
    m_objectHandlers.insert(kind, std::move(open));
}

bool Shell::openObject(const QString &kind, const QString &id)
{
    const auto handler = m_objectHandlers.constFind(kind);
    return handler != m_objectHandlers.cend() && handler.value()(id);
}

void Shell::showPage(const Id &pageId)
{
    if (!m_mainWindow->workspace()->showPage(pageId))
        qCWarning(lcShell) << "no page" << pageId.toString();
}

void Shell::openPageInWindow(const Id &pageId)
{
    if (!m_mainWindow->workspace()->detachPage(pageId))
        qCWarning(lcShell) << "no page" << pageId.toString();
}

void Shell::showMainWindow()
{
    Workspace *workspace = m_mainWindow->workspace();
    m_mainWindow->setModuleProblemCount(m_modules.failedCount());
    m_defaultMainState = m_mainWindow->saveState();

    const WindowLayout layout = m_layoutStore.load();
    if (layout.mainGeometry.isEmpty() || !m_mainWindow->restoreGeometry(layout.mainGeometry))
        m_mainWindow->fitToScreen();
    if (!layout.mainState.isEmpty())
        m_mainWindow->restoreState(layout.mainState);

    const auto current = Id::fromString(layout.currentPage);
    if (!(current && workspace->showPage(*current)) && !workspace->pages().isEmpty())
        workspace->showPage(workspace->pages().constFirst().id);

    StartupProbe::attachIfRequested(m_mainWindow);
    if (layout.mainGeometry.isEmpty() && m_mainWindow->prefersMaximized())
        m_mainWindow->showMaximized();
    else
        m_mainWindow->show();
    for (const WindowLayout::DetachedPage &page : layout.detachedPages) {
        if (const auto id = Id::fromString(page.pageId); id && workspace->hasPage(*id))
            workspace->detachPage(*id, page.geometry);
    }
    if (current && workspace->isDetached(*current))
        workspace->showPage(*current);
}

void Shell::saveLayout()
{
    if (!m_mainWindow || !m_mainWindow->isVisible())
        return; // wall mode, or never shown: keep the operator's saved layout
    Workspace *workspace = m_mainWindow->workspace();
    WindowLayout layout;
    layout.mainGeometry = m_mainWindow->saveGeometry();
    layout.mainState = m_mainWindow->saveState();
    layout.currentPage = workspace->currentPageId().toString();
    for (const Id &id : workspace->detachedPages())
        layout.detachedPages.append({id.toString(), workspace->detachedWindow(id)->saveGeometry()});
    if (!m_layoutStore.save(layout))
        qCWarning(lcShell) << "window layout could not be saved to" << m_layoutStore.filePath();
}

void Shell::resetLayout()
{
    Workspace *workspace = m_mainWindow->workspace();
    for (const Id &id : workspace->detachedPages())
        workspace->attachPage(id);
    m_mainWindow->restoreState(m_defaultMainState);
    m_mainWindow->showNormal();
    m_mainWindow->resize(1440, 900);
    m_layoutStore.clear();
}

void Shell::showWall(const QList<QScreen *> &screens)
{
    const QStringList enabled = ShellSettings::wallContents(m_settings);
    QList<WallContentSpec> contents;
    for (const WallContentSpec &content : std::as_const(m_wallContents)) {
        if (enabled.isEmpty() || enabled.contains(content.id.toString()))
            contents.append(content);
    }
    const int seconds = ShellSettings::wallRotationSeconds(m_settings);
    for (int i = 0; i < screens.size(); ++i) {
        // Each screen starts at a different content so neighbours do not mirror each other.
        auto *window = new WallWindow(contents, seconds, i);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(window, &WallWindow::exitRequested, this, &Shell::confirmLeaveWall);
        connect(screens[i], &QObject::destroyed, window, [this, window] {
            // A monitor was unplugged: the rest of the wall keeps running.
            qCWarning(lcShell) << "wall screen removed; closing its window";
            window->hide();
            window->deleteLater();
        });
        window->placeOn(screens[i]);
        StartupProbe::attachIfRequested(window);
        m_wallWindows.append(window);
        qCInfo(lcShell).noquote() << "wall window on screen" << screens[i]->name() << "rotating"
                                  << contents.size() << "contents every" << seconds << "s";
    }
}

MainWindow *Shell::mainWindow() const
{
    return m_mainWindow;
}

QList<WallWindow *> Shell::wallWindows() const
{
    QList<WallWindow *> result;
    for (const auto &window : m_wallWindows) {
        if (window)
            result.append(window);
    }
    return result;
}

void Shell::confirmLeaveWall(WallWindow *window)
{
    if (window->findChild<QMessageBox *>(u"leaveWallQuestion"_s))
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("Leave wall mode"),
                                tr("Leave video wall mode and close Jiandu on every wall screen?"),
                                QMessageBox::Yes | QMessageBox::No, window);
    box->setObjectName(u"leaveWallQuestion"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    window->unsetCursor();
    connect(box, &QMessageBox::finished, this, [this, window](int result) {
        window->setCursor(Qt::BlankCursor);
        if (result != QMessageBox::Yes)
            return;
        qCInfo(lcShell) << "operator left wall mode";
        emit quitRequested();
    });
    box->open();
}

void Shell::openSettings()
{
    auto *dialog = new SettingsDialog(m_settingsPages, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        if (!m_settings.sync())
            notify(Severity::Critical, tr("Settings not saved"),
                   tr("The settings could not be written to %1. Check free disk space and "
                      "permissions; they stay in effect until Jiandu closes.")
                       .arg(m_settings.path()));
    });
    dialog->open();
}

void Shell::openModuleStatus()
{
    auto *dialog =
        new ModuleStatusDialog(m_modules.directory(), m_modules.statuses(), m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Jiandu
