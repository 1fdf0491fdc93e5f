#pragma once

#include "coreexport.h"
#include "modulespec.h"

#include <QCoreApplication>

namespace Jiandu {

//! Decides which modules can load and in which order: dependencies before dependants,
//! every refusal with its reason. Pure logic; loading is the ModuleManager's job.
class JIANDU_CORE_EXPORT ModuleGraph
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::ModuleGraph)

public:
    struct Rejection
    {
        ModuleSpec spec;
        QString reason;
    };

    explicit ModuleGraph(QList<ModuleSpec> specs);
    //! Modules that can load, each after all of its dependencies; ties ordered by id.
    const QList<ModuleSpec> &loadOrder() const { return m_order; }
    const QList<Rejection> &rejected() const { return m_rejected; }
    //! Removes \a id (it failed to load or initialize) and everything depending on it;
    //! returns the ids removed as a consequence, with their reasons appended to rejected().
    QList<Id> reject(const Id &id, const QString &reason);

private:
    QList<ModuleSpec> m_order;
    QList<Rejection> m_rejected;
};

} // namespace Jiandu
