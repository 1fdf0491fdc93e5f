#include "instructionsreplica.h"

#include "instructionrepository.h"

using namespace Qt::StringLiterals;

namespace Jiandu::CommandMap {

QStringList InstructionsReplica::kinds() const
{
    return {u"instruction"_s};
}

Result<void> InstructionsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    // Refused by the service (out of scope, not valid) or gone: not an instruction anyone holds.
    if (change.withdrawn || change.deleted)
        return InstructionRepository(db).remove(change.key);
    return InstructionRepository(db).applyRemote(change.body);
}

} // namespace Jiandu::CommandMap
