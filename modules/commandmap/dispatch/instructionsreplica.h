#pragma once

#include <sync/api/isyncparticipant.h>

namespace Jiandu::CommandMap {

//! The instructions (指令下发, 情况发布) as the central service shares them.
class InstructionsReplica : public Sync::ISyncParticipant
{
public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu::CommandMap
