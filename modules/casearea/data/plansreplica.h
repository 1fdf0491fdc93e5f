#pragma once

#include <QCoreApplication>
#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The floor plans of the case-handling areas as the central service shares them.
class PlansReplica : public Sync::ISyncParticipant
{
public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu
