#include "findingsreplica.h"

#include "findingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList FindingsReplica::kinds() const
{
    return {u"finding"_s};
}

Result<void> FindingsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    if (change.withdrawn)
        return {}; // refused by the service: the officer's record stays here
    if (change.deleted) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM patrol_finding WHERE uid = ?"_s);
        q.addBindValue(change.key);
        if (!q.exec())
            return Error{tr("The finding could not be removed."), q.lastError().text()};
        return {};
    }
    return FindingRepository(db).applyRemote(change.body);
}

} // namespace Jiandu
