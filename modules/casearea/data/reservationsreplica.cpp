#include "reservationsreplica.h"

#include "reservationrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <storage/boundquery.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QStringList ReservationsReplica::kinds() const
{
    return {u"reservation"_s};
}

Result<void> ReservationsReplica::apply(QSqlDatabase &db, const Sync::RemoteChange &change) const
{
    if (change.withdrawn || change.deleted) {
        // Refused by the service (its time had passed, out of scope) or gone: not a
        // reservation anyone holds.
        QSqlQuery q(db);
        if (!execBound(q, u"DELETE FROM casearea_reservation WHERE uid = ?"_s, {change.key}))
            return Error{QCoreApplication::translate("Jiandu::ReservationRepository",
                                                     "The reservation could not be removed."),
                         q.lastError().text()};
        return {};
    }
    return ReservationRepository(db).applyRemote(change.body);
}

} // namespace Jiandu
