#pragma once

#include <QCoreApplication>
#include <sync/api/isyncparticipant.h>

namespace Jiandu {

//! The patrol findings as the central service shares them, by uid; a snapshot is known by
//! its hash until the file itself arrives.
class FindingsReplica : public Sync::ISyncParticipant
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::FindingsReplica)

public:
    QStringList kinds() const override;
    Result<void> apply(QSqlDatabase &db, const Sync::RemoteChange &change) const override;
};

} // namespace Jiandu
