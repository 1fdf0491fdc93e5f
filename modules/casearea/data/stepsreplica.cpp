#include "stepsreplica.h"

#include "journeyrepository.h"

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList StepsReplica::kinds() const
{
    return {u"areastep"_s};
}

Result<void> StepsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    // A step is never changed nor deleted once recorded; one the service refused stays here.
    if (change.withdrawn || change.deleted)
        return {};
    return JourneyRepository(db).applyRemote(change.body);
}

} // namespace Jiandu
