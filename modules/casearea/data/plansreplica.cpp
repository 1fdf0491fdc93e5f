#include "plansreplica.h"

#include "planrepository.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList PlansReplica::kinds() const
{
    return {u"plan"_s};
}

Result<void> PlansReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    if (change.withdrawn)
        return {}; // refused by the service: the plan drawn here stays
    if (change.deleted)
        return PlanRepository(db).removeRemote(change.key);
    return PlanRepository(db).applyRemote(change.body);
}

} // namespace Jiandu
