#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <core/patrolfinding.h>
#include <core/result.h>

namespace Jiandu {

//! Patrol findings in the cache, newest first when listed.
class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::FindingRepository)

public:
    explicit FindingRepository(QSqlDatabase db);
    //! Stores \a finding (and queues it for the central service, in the same transaction);
    //! returns it with its id and uid.
    Result<PatrolFinding> add(PatrolFinding finding);
    //! Stores a finding the central service sent (by its uid: added or updated). Its snapshot
    //! is known by its hash; the file is not here yet.
    Result<void> applyRemote(const QJsonObject &body);
    Result<QList<PatrolFinding>> recent(int limit = 100);
    //! Findings seen in [fromMs, toMs), oldest first (bookmarks on a playback timeline).
    Result<QList<PatrolFinding>> between(qint64 fromMs, qint64 toMs);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
