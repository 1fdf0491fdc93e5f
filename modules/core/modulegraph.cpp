#include "modulegraph.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace Jiandu {

ModuleGraph::ModuleGraph(QList<ModuleSpec> specs)
{
    std::sort(specs.begin(), specs.end(), [](const ModuleSpec &a, const ModuleSpec &b) {
        return a.id() != b.id() ? a.id() < b.id() : a.filePath() < b.filePath();
    });

    QHash<Id, ModuleSpec> byId;
    for (const ModuleSpec &spec : specs) {
        if (const auto it = byId.constFind(spec.id()); it != byId.cend()) {
            m_rejected.append({spec, tr("another file (%1) already provides module \"%2\"")
                                         .arg(it->filePath(), spec.id().toString())});
            continue;
        }
        byId.insert(spec.id(), spec);
    }

    // Reject modules whose dependencies are absent or too old, until nothing changes.
    QSet<Id> rejectedIds;
    for (bool changed = true; changed;) {
        changed = false;
        for (const ModuleSpec &spec : std::as_const(byId)) {
            if (rejectedIds.contains(spec.id()))
                continue;
            for (const ModuleDependency &dep : spec.dependencies()) {
                QString reason;
                const auto found = byId.constFind(dep.id);
                if (found == byId.cend())
                    reason =
                        tr("it needs module \"%1\", which is not installed").arg(dep.id.toString());
                else if (rejectedIds.contains(dep.id))
                    reason = tr("it needs module \"%1\", which cannot load").arg(dep.id.toString());
                else if (found->version() < dep.minimumVersion)
                    reason = tr("it needs module \"%1\" %2 or newer, %3 is installed")
                                 .arg(dep.id.toString(), dep.minimumVersion.toString(),
                                      found->version().toString());
                if (!reason.isEmpty()) {
                    m_rejected.append({spec, reason});
                    rejectedIds.insert(spec.id());
                    changed = true;
                    break;
                }
            }
        }
    }

    // Depth-first topological order over the remaining modules, ids ascending at each level.
    enum class Mark { Unvisited = 0, InProgress, Done };
    QHash<Id, Mark> marks;
    QList<Id> ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    std::function<bool(const Id &)> visit = [&](const Id &id) {
        if (rejectedIds.contains(id))
            return false;
        Mark &mark = marks[id];
        if (mark == Mark::Done)
            return true;
        if (mark == Mark::InProgress)
            return false;
        mark = Mark::InProgress;
        QList<Id> deps;
        const ModuleSpec spec = byId.value(id);
        for (const ModuleDependency &dep : spec.dependencies())
            deps.append(dep.id);
        std::sort(deps.begin(), deps.end());
        for (const Id &dep : deps) {
            if (!visit(dep))
                return false;
        }
        marks[id] = Mark::Done;
        m_order.append(byId.value(id));
        return true;
    };
    for (const Id &id : ids) {
        if (visit(id))
            continue;
        // The walk met a cycle (or a module on one): everything still on the walk's path
        // depends on it and cannot load.
        for (auto it = marks.begin(); it != marks.end(); ++it) {
            if (it.value() != Mark::InProgress)
                continue;
            m_rejected.append({byId.value(it.key()), tr("its dependencies form a cycle")});
            rejectedIds.insert(it.key());
            it.value() = Mark::Done;
        }
    }
}

QList<Id> ModuleGraph::reject(const Id &id, const QString &reason)
{
    QList<Id> consequences;
    QSet<Id> removed{id};
    QList<ModuleSpec> kept;
    for (const ModuleSpec &spec : std::as_const(m_order)) {
        if (spec.id() == id) {
            m_rejected.append({spec, reason});
            continue;
        }
        const auto broken =
            std::find_if(spec.dependencies().cbegin(), spec.dependencies().cend(),
                         [&](const ModuleDependency &dep) { return removed.contains(dep.id); });
        if (broken != spec.dependencies().cend()) {
            m_rejected.append(
                {spec, tr("it needs module \"%1\", which cannot load").arg(broken->id.toString())});
            removed.insert(spec.id());
            consequences.append(spec.id());
            continue;
        }
        kept.append(spec);
    }
    m_order = kept;
    return consequences;
}

} // namespace Jiandu
