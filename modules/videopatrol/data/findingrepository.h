#pragma once

#include <QCoreApplication>
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
    //! Stores \a finding; returns it with its id.
    Result<PatrolFinding> add(PatrolFinding finding);
    Result<QList<PatrolFinding>> recent(int limit = 100);
    //! Findings seen in [fromMs, toMs), oldest first (bookmarks on a playback timeline).
    Result<QList<PatrolFinding>> between(qint64 fromMs, qint64 toMs);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
