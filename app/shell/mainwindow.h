#pragma once

#include <QMainWindow>
#include <moduleapi/ishell.h>

class QLabel;
class QListWidget;
class QMenu;
class QToolButton;

namespace Jiandu {

class NotificationCenter;
struct Notification;
class Workspace;

//! The operator's main window: navigator and pages, module menus, notifications, status.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const ShellContext &context, NotificationCenter &notifications,
               QWidget *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    //! Adds \a action under the module's entry of the Modules menu.
    void addModuleAction(const QString &moduleName, QAction *action);
    void setModuleProblemCount(int failed);
    //! A module's word in the status bar, left of the module-problems button.
    void addStatusWidget(QWidget *widget);
    //! A size that fits the screen the window is on: 1440×900 centred where there is room,
    //! maximized on a smaller screen (a 1366×768 laptop).
    void fitToScreen();
    bool prefersMaximized() const { return m_prefersMaximized; }

signals:
    void settingsRequested();
    void moduleStatusRequested();
    void resetLayoutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showNotification(const Notification &notification);

    Workspace *m_workspace;
    QMenu *m_modulesMenu;
    QListWidget *m_notificationList;
    QToolButton *m_moduleProblems;
    QHash<QString, QMenu *> m_moduleMenus;
    bool m_prefersMaximized = false;
};

} // namespace Jiandu
