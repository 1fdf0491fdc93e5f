#pragma once

#include <QCoreApplication>
#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The named layouts and the video walls' cameras as the central service shares them.
class LayoutsReplica : public Sync::ISyncParticipant
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::LayoutsReplica)

public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu
