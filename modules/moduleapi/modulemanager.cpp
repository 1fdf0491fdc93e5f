#include "modulemanager.h"

#include "imodule.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <algorithm>

Q_LOGGING_CATEGORY(lcModules, "jiandu.modules", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu {

struct ModuleManager::Private
{
    struct Loaded
    {
        ModuleSpec spec;
        std::unique_ptr<QPluginLoader> loader;
        IModule *module = nullptr;
        bool initialized = false;
    };

    QString directory;
    QString language;
    std::unique_ptr<ModuleGraph> graph;
    QList<ModuleStatus> unreadable; // files whose metadata could not be used
    std::vector<Loaded> loaded;     // in load order

    ModuleStatus statusOf(const ModuleSpec &spec, ModuleStatus::State state,
                          const QString &reason = {}) const
    {
        return {spec.id().toString(),
                spec.displayName(language),
                spec.version().toString(),
                spec.filePath(),
                state,
                reason};
    }

    void fail(const Id &id, const QString &reason)
    {
        qCWarning(lcModules).noquote() << "module" << id.toString() << "failed:" << reason;
        for (const Id &dependant : graph->reject(id, reason))
            qCWarning(lcModules).noquote() << "module" << dependant.toString()
                                           << "not started: it depends on" << id.toString();
        const QList<ModuleSpec> &order = graph->loadOrder();
        std::erase_if(loaded, [&](Loaded &entry) {
            const bool gone = std::none_of(order.cbegin(), order.cend(), [&](const ModuleSpec &s) {
                return s.id() == entry.spec.id();
            });
            // Not unloaded: a module that failed half-way may have created objects whose
            // code lives in its library.
            return gone;
        });
    }
};

ModuleManager::ModuleManager(const QString &directory, const QString &language)
    : d(std::make_unique<Private>())
{
    d->directory = QDir(directory).absolutePath();
    d->language = language;
}

ModuleManager::~ModuleManager()
{
    shutdown();
}

QString ModuleManager::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("JIANDU_MODULE_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral(JIANDU_RELATIVE_MODULE_DIR));
}

QString ModuleManager::directory() const
{
    return d->directory;
}

Result<void> ModuleManager::discover()
{
    const QFileInfo info(d->directory);
    if (!info.exists() || !info.isDir())
        return Error{tr("The module directory %1 does not exist. The installation is incomplete: "
                        "reinstall Jiandu, or point JIANDU_MODULE_DIR at the modules.")
                         .arg(QDir::toNativeSeparators(d->directory)),
                     {}};
    if (!info.isReadable())
        return Error{tr("The module directory %1 cannot be read. Check its permissions.")
                         .arg(QDir::toNativeSeparators(d->directory)),
                     {}};

    QList<ModuleSpec> specs;
    const QFileInfoList files =
        QDir(d->directory).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        const QPluginLoader probe(file.absoluteFilePath());
        auto spec = ModuleSpec::fromPluginMetaData(probe.metaData(), file.absoluteFilePath());
        if (!spec) {
            qCWarning(lcModules).noquote() << spec.error().text();
            d->unreadable.append({{},
                                  file.completeBaseName(),
                                  {},
                                  file.absoluteFilePath(),
                                  ModuleStatus::State::Failed,
                                  spec.error().message});
            continue;
        }
        specs.append(std::move(spec).value());
    }
    d->graph = std::make_unique<ModuleGraph>(specs);
    for (const ModuleGraph::Rejection &r : d->graph->rejected())
        qCWarning(lcModules).noquote()
            << "module" << r.spec.id().toString() << "cannot load:" << r.reason;
    return {};
}

void ModuleManager::load()
{
    Q_ASSERT(d->graph);
    const QList<ModuleSpec> order = d->graph->loadOrder();
    for (const ModuleSpec &spec : order) {
        const QList<ModuleSpec> &stillScheduled = d->graph->loadOrder();
        if (std::none_of(stillScheduled.cbegin(), stillScheduled.cend(),
                         [&](const ModuleSpec &s) { return s.id() == spec.id(); }))
            continue; // a dependency failed to load
        auto loader = std::make_unique<QPluginLoader>(spec.filePath());
        // Modules share Jiandu's libraries; resolve everything now so a broken module fails
        // here with a reason instead of crashing later on first use.
        loader->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        QObject *instance = loader->instance();
        auto *module = qobject_cast<IModule *>(instance);
        if (!module) {
            const QString reason =
                instance ? tr("the plugin does not implement a Jiandu module")
                         : tr("the library cannot be loaded: %1").arg(loader->errorString());
            loader->unload();
            d->fail(spec.id(), reason);
            continue;
        }
        qCInfo(lcModules).noquote()
            << "loaded module" << spec.id().toString() << spec.version().toString();
        d->loaded.push_back({spec, std::move(loader), module, false});
    }
}

void ModuleManager::initialize(IShell &shell, const DataPreparation &prepare)
{
    std::size_t i = 0;
    while (i < d->loaded.size()) {
        auto &entry = d->loaded[i];
        if (prepare) {
            if (const Result<void> ready = prepare(entry.spec.id().toString(), *entry.module);
                !ready) {
                d->fail(entry.spec.id(),
                        tr("its data could not be prepared: %1").arg(ready.error().message));
                continue;
            }
        }
        const Result<void> result = entry.module->initialize(shell);
        if (result) {
            entry.initialized = true;
            ++i;
            continue;
        }
        // Removes this entry and its dependants, which all come after it.
        d->fail(entry.spec.id(), tr("it could not start: %1").arg(result.error().message));
    }
    for (auto it = d->loaded.rbegin(); it != d->loaded.rend(); ++it)
        it->module->extensionsInitialized();
}

void ModuleManager::shutdown()
{
    for (auto it = d->loaded.rbegin(); it != d->loaded.rend(); ++it) {
        if (it->initialized)
            it->module->aboutToShutdown();
        it->initialized = false;
    }
    // Plugins stay mapped until the process exits: widgets and translators they created may
    // outlive this call, and unloading code that is still referenced would crash.
}

QList<const Setting *> ModuleManager::settings() const
{
    QList<const Setting *> all;
    for (const Private::Loaded &m : d->loaded) {
        if (m.module)
            all += m.module->settings();
    }
    return all;
}

QList<ModuleStatus> ModuleManager::statuses() const
{
    QList<ModuleStatus> result;
    for (const auto &entry : d->loaded)
        result.append(d->statusOf(entry.spec, entry.initialized ? ModuleStatus::State::Initialized
                                                                : ModuleStatus::State::Loaded));
    if (d->graph) {
        for (const ModuleGraph::Rejection &r : d->graph->rejected())
            result.append(d->statusOf(r.spec, ModuleStatus::State::Failed, r.reason));
    }
    result.append(d->unreadable);
    return result;
}

int ModuleManager::failedCount() const
{
    const QList<ModuleStatus> all = statuses();
    return int(std::count_if(all.cbegin(), all.cend(), [](const ModuleStatus &s) {
        return s.state == ModuleStatus::State::Failed;
    }));
}

QJsonObject ModuleManager::toJson() const
{
    QJsonArray modules;
    for (const ModuleStatus &s : statuses()) {
        QJsonObject o{{u"id"_s, s.id},
                      {u"name"_s, s.name},
                      {u"version"_s, s.version},
                      {u"file"_s, QFileInfo(s.filePath).fileName()}};
        switch (s.state) {
        case ModuleStatus::State::Loaded:
            o.insert(u"state"_s, u"loaded"_s);
            break;
        case ModuleStatus::State::Initialized:
            o.insert(u"state"_s, u"running"_s);
            break;
        case ModuleStatus::State::Failed:
        case ModuleStatus::State::Invalid:
            o.insert(u"state"_s, u"failed"_s);
            o.insert(u"reason"_s, s.reason);
            break;
        }
        modules.append(o);
    }
    return {{u"directory"_s, d->directory}, {u"modules"_s, modules}};
}

} // namespace Jiandu
