#pragma once

#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The areas' reservations (场所预约) as the central service shares them.
class ReservationsReplica : public Sync::ISyncParticipant
{
public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu
