#include "mainwindow.h"

#include "notificationcenter.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Jiandu {

MainWindow::MainWindow(const ShellContext &context, NotificationCenter &notifications,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_modulesMenu(nullptr)
    , m_notificationList(new QListWidget(this))
    , m_moduleProblems(new QToolButton(this))
{
    setObjectName(u"mainWindow"_s);
    QString title = tr("Jiandu supervision workstation");
    if (!context.site.name.isEmpty())
        title += u" — "_s + context.site.name;
    setWindowTitle(title);
    setAccessibleName(tr("Jiandu main window"));
    setCentralWidget(m_workspace);
    resize(1440, 900);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *detach = view->addAction(tr("Open current page in new &window"), this, [this] {
        m_workspace->detachPage(m_workspace->currentPageId());
    });
    detach->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    // Ctrl+1 … Ctrl+9: the pages in the navigator's order, as in a browser's tabs.
    for (int position = 0; position < 9; ++position) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position)));
        go->setShortcutContext(Qt::ApplicationShortcut);
        connect(go, &QAction::triggered, this,
                [this, position] { m_workspace->showPageAt(position); });
        addAction(go);
    }

    auto *notificationDock = new QDockWidget(tr("Notifications"), this);
    notificationDock->setObjectName(u"notificationsDock"_s);
    m_notificationList->setAccessibleName(tr("Notifications"));
    m_notificationList->setWordWrap(true);
    notificationDock->setWidget(m_notificationList);
    addDockWidget(Qt::RightDockWidgetArea, notificationDock);
    notificationDock->hide();
    view->addAction(notificationDock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset window layout"), this, &MainWindow::resetLayoutRequested);

    m_modulesMenu = menuBar()->addMenu(tr("&Modules"));
    m_modulesMenu->addAction(tr("Module &status…"), this, &MainWindow::moduleStatusRequested);
    m_modulesMenu->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    // QKeySequence::Preferences is empty on most Linux desktops.
    settings->setShortcut(QKeySequence(u"Ctrl+,"_s));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jiandu"), this, [this] {
        QMessageBox::about(
            this, tr("About Jiandu"),
            tr("<h3>Jiandu %1</h3><p>Police supervision workstation: video and "
               "voice patrol, case-area tracking, supervision alerts and the "
               "closed-loop problem workflow.</p><p>Qt %2</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });

    // Status bar: who and where, the mode, and module problems.
    if (context.demo)
        statusBar()->addPermanentWidget(new QLabel(tr("Demo site"), this));
    if (context.offline)
        statusBar()->addPermanentWidget(new QLabel(tr("Offline: local cache only"), this));
    statusBar()->addPermanentWidget(new QLabel(tr("Operator: %1").arg(context.userName), this));
    m_moduleProblems->setAutoRaise(true);
    m_moduleProblems->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_moduleProblems->hide();
    connect(m_moduleProblems, &QToolButton::clicked, this, &MainWindow::moduleStatusRequested);
    statusBar()->addPermanentWidget(m_moduleProblems);

    for (const Notification &n : notifications.notifications())
        showNotification(n);
    connect(&notifications, &NotificationCenter::posted, this, &MainWindow::showNotification);
}

void MainWindow::addModuleAction(const QString &moduleName, QAction *action)
{
    QMenu *&menu = m_moduleMenus[moduleName];
    if (!menu)
        menu = m_modulesMenu->addMenu(moduleName);
    action->setParent(this);
    menu->addAction(action);
}

void MainWindow::fitToScreen()
{
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    const QSize wanted(1440, 900);
    // Room for the frame and title bar the window manager adds.
    m_prefersMaximized =
        available.width() < wanted.width() + 40 || available.height() < wanted.height() + 60;
    const QSize size = m_prefersMaximized ? available.size() * 0.95 : wanted;
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    // The module-problems button stays last.
    const bool problemsShown = !m_moduleProblems->isHidden();
    statusBar()->removeWidget(m_moduleProblems);
    statusBar()->addPermanentWidget(widget);
    statusBar()->addPermanentWidget(m_moduleProblems);
    m_moduleProblems->setVisible(problemsShown);
}

void MainWindow::setModuleProblemCount(int failed)
{
    m_moduleProblems->setVisible(failed > 0);
    m_moduleProblems->setText(tr("%n module(s) not loaded", nullptr, failed));
    m_moduleProblems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moduleProblems->setAccessibleName(m_moduleProblems->text());
}

void MainWindow::showNotification(const Notification &n)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (n.severity == Severity::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (n.severity == Severity::Critical)
        icon = QStyle::SP_MessageBoxCritical;
    const QString time = QDateTime::fromMSecsSinceEpoch(n.timeMs).toString(u"HH:mm:ss"_s);
    auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                     time + u"  "_s + n.title + u"\n"_s + n.message);
    m_notificationList->insertItem(0, item);
    statusBar()->showMessage(n.title + u": "_s + n.message, 15000);
    if (n.severity == Severity::Critical) {
        // Non-modal: the operator must see it, but it must not stop the live views.
        auto *box =
            new QMessageBox(QMessageBox::Critical, n.title, n.message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the main window ends the session even if detached page windows are open.
    event->ignore();
    emit quitRequested();
}

} // namespace Jiandu
