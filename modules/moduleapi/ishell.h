#pragma once

#include "moduleapiexport.h"

#include <QIcon>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <core/id.h>
#include <core/severity.h>
#include <core/sitedescription.h>
#include <functional>

class QAction;
class QDockWidget;
class QWidget;

namespace Jiandu {

class Clock;
class LocalCache;
class SettingsPage;
class SettingsStore;

//! A page of the workspace, listed in the navigator; created when first shown.
struct PageSpec
{
    Id id;         //!< "<module>.<page>", also the key of its saved layout
    QString title; //!< translated
    QIcon icon;
    int order = 100; //!< position in the navigator, lower first
    std::function<QWidget *(QWidget *parent)> create;
};

struct SettingsPageSpec
{
    Id id;
    QString title; //!< translated
    int order = 100;
    std::function<SettingsPage *(QWidget *parent)> create;
};

//! Content a video wall can show full screen, e.g. a dashboard or a clock.
struct WallContentSpec
{
    Id id;
    QString title; //!< translated
    std::function<QWidget *(QWidget *parent)> create;
};

//! Facts about this run of the client that modules may need.
struct ShellContext
{
    QString dataDirectory;
    QString language; //!< "zh_CN" or "en"
    QString userName;
    //! The role and unit of the central-service account the operator signed in with
    //! (operator, legal, unit_officer, leader, admin; the unit's code). Empty on a standalone
    //! site, where the workstation's settings say them.
    QString role;
    QString unit;
    SiteDescription site; //!< the site this workstation serves: units, cameras
    bool demo = false;
    bool offline = false;
    bool wall = false;
};

//! Everything a module may ask of the shell. Modules never reach the main window directly.
class JIANDU_MODULEAPI_EXPORT IShell
{
public:
    virtual ~IShell();

    virtual const ShellContext &context() const = 0;
    virtual SettingsStore &settings() = 0;
    virtual const Clock &clock() const = 0;
    //! The workstation's encrypted local cache, unlocked at login; null if there is none.
    virtual LocalCache *cache() const = 0;

    virtual void addPage(const PageSpec &page) = 0;
    //! Adds \a action to the module's menu; the shell takes ownership.
    virtual void addAction(const Id &moduleId, QAction *action) = 0;
    //! Adds \a dock to the main window (restored with the operator's layout); takes ownership.
    virtual void addDockWidget(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    //! Adds \a widget to the status bar, on the right beside the mode and the operator (a
    //! module's state in a few words, e.g. sync); takes ownership.
    virtual void addStatusWidget(QWidget *widget) = 0;
    virtual void addSettingsPage(const SettingsPageSpec &page) = 0;
    virtual void addWallContent(const WallContentSpec &content) = 0;
    //! Every wall content registered so far, in registration order.
    virtual QList<WallContentSpec> wallContents() const = 0;
    //! Running modules as (id, name in the UI language).
    virtual QList<QPair<Id, QString>> runningModules() const = 0;

    //! Tells the operator something; logged too. Safe to call from the UI thread only.
    virtual void notify(Severity severity, const QString &title, const QString &message) = 0;
    //! Shows \a pageId in the workspace, or raises its window if it is detached.
    virtual void showPage(const Id &pageId) = 0;
    //! Moves \a pageId into a window of its own, e.g. to put it on another monitor.
    virtual void openPageInWindow(const Id &pageId) = 0;

    //! A module shows objects of \a kind ("camera", "case", "person", …) for the others:
    //! \a open shows the object with that id and says whether it exists.
    virtual void addObjectHandler(const QString &kind,
                                  std::function<bool(const QString &id)> open) = 0;
    //! Shows object \a id of \a kind through the module that handles it; false if no
    //! module does or it has no such object.
    virtual bool openObject(const QString &kind, const QString &id) = 0;
    virtual bool canOpen(const QString &kind) const = 0;

    //! Asked when the operator quits (not on a termination signal): \a check returns what
    //! quitting would interrupt, in a sentence (e.g. "3 cameras are recording"), or nothing.
    //! The operator confirms before the client quits if any check says something.
    virtual void addQuitCheck(std::function<QString()> check) = 0;

    //! Publishes \a service for the other modules: an object implementing one or more
    //! service interfaces declared (Q_DECLARE_INTERFACE) in a module's api/ headers. The
    //! shell does not own it; a service deleted is gone from the list by itself.
    virtual void addService(QObject *service) = 0;
    virtual void removeService(QObject *service) = 0;
    virtual QList<QObject *> services() const = 0;
    //! The service implementing \a T published last (a later one stands in for an earlier
    //! one), or null: modules look services up when they need them, not at start.
    template <typename T> T *service() const
    {
        const QList<QObject *> all = services();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (T *found = qobject_cast<T *>(*it))
                return found;
        }
        return nullptr;
    }
};

} // namespace Jiandu
