#pragma once

#include "moduleloaderexport.h"

#include <QObject>
#include <core/migration.h>
#include <core/modulespec.h>
#include <core/result.h>

namespace Jiandu {

class IShell;
class Setting;

//! A feature module. The plugin's constructor does nothing; the shell calls
//! initialize() on every module in dependency order (dependencies first), then
//! extensionsInitialized() in reverse order, and aboutToShutdown() before unloading.
class JIANDU_MODULELOADER_EXPORT IModule
{
public:
    virtual ~IModule();
    //! Contributes pages, actions, docks, settings pages and wall content to \a shell.
    //! An error stops this module (and its dependants) and is shown to the operator; check
    //! what can fail before contributing anything, since contributions are not taken back.
    virtual Result<void> initialize(IShell &shell) = 0;
    //! Every module this one depends on has finished initialize() and extensionsInitialized().
    virtual void extensionsInitialized();
    //! The shell is closing; stop timers and threads, save state.
    virtual void aboutToShutdown();
    //! The settings this module reads, so a configuration file can be checked without
    //! starting it (`jiandu-cli config check`). Callable right after loading.
    virtual QList<const Setting *> settings() const;
    //! The module's own tables in the workstation's cache, step by step (core/Migration,
    //! numbered 1, 2, 3, … and append only). The shell brings them up to date in dependency
    //! order before initialize(); if that fails the module does not start.
    virtual QList<Migration> migrations() const;
};

} // namespace Jiandu

Q_DECLARE_INTERFACE(Jiandu::IModule, "org.jiandu.Module/1")
