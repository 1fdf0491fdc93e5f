#include "layoutsreplica.h"

#include "layoutrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList LayoutsReplica::kinds() const
{
    return {u"layout"_s, u"wall"_s};
}

Result<void> LayoutsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    LayoutRepository layouts(db);
    if (change.kind == u"wall"_s) {
        if (change.deleted || change.withdrawn)
            return {};
        return layouts.applyRemoteWall(change.body);
    }
    if (change.withdrawn)
        return {}; // refused by the service: the operator's layout stays here
    if (change.deleted)
        return layouts.removeRemote(change.key);
    return layouts.applyRemote(change.body);
}

} // namespace Jiandu
