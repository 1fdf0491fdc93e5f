#pragma once

#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The desk's steps (入区登记 … 注销) of the unit's areas as the central service shares them.
class StepsReplica : public Sync::ISyncParticipant
{
public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu
