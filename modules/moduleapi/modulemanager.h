#pragma once

#include "moduleloaderexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <core/modulegraph.h>
#include <core/result.h>
#include <functional>
#include <memory>

JIANDU_MODULELOADER_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcModules)

    namespace Jiandu
{

    class IModule;
    class IShell;
    class Setting;

    //! The outcome for one file of the module directory.
    struct ModuleStatus
    {
        enum class State { Invalid = 0, Loaded, Initialized, Failed };
        QString id;   //!< empty if the file's metadata could not be read
        QString name; //!< in the UI language
        QString version;
        QString filePath;
        State state = State::Invalid;
        QString reason; //!< why it failed, for the operator
    };

    //! Finds module plugins in one directory, loads them in dependency order and runs their
    //! life cycle. A module that fails is reported and unloaded; the others keep working.
    class JIANDU_MODULELOADER_EXPORT ModuleManager
    {
        Q_DECLARE_TR_FUNCTIONS(Jiandu::ModuleManager)

    public:
        ModuleManager(const QString &directory, const QString &language);
        ~ModuleManager();

        //! The installation's module directory (beside the executable, lib/jiandu/modules), or
        //! JIANDU_MODULE_DIR if set.
        static QString defaultDirectory();

        QString directory() const;
        //! Reads the metadata of every library in the directory (without loading it) and decides
        //! the load order. Fails only if the directory itself is missing or unreadable.
        Result<void> discover();
        //! Loads every module that can load. Call after discover().
        void load();
        //! Readies a module's data before it starts (the shell brings its tables up to date);
        //! an error stops the module and its dependants.
        using DataPreparation = std::function<Result<void>(const QString &moduleId, IModule &)>;
        //! \a prepare, then initialize(), for each module in load order; then
        //! extensionsInitialized() in reverse.
        void initialize(IShell &shell, const DataPreparation &prepare = {});
        //! aboutToShutdown() in reverse load order, then unloads.
        void shutdown();

        QList<ModuleStatus> statuses() const;
        //! The settings every loaded module declares (IModule::settings()).
        QList<const Setting *> settings() const;
        //! {"directory": …, "modules": [{id, name, version, file, state, reason?}, …]}
        QJsonObject toJson() const;
        int failedCount() const;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

} // namespace Jiandu
