#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <core/result.h>

namespace Jiandu {

//! 人案关联: an incident (警情) or a case (案件) in the cache that a stay may be linked to.
struct LinkCandidate
{
    enum class Kind { Incident, Case };
    Kind kind = Kind::Incident;
    QString number;  //!< 警情编号 or 案件编号
    QString title;   //!< the category and place, or the case's name
    QString detail;  //!< the reporter, or the handling unit and officer
    qint64 atMs = 0; //!< received, or filed
};

//! Finds what a stay may be linked to among the synced incidents and the cases of the cache.
class LinkSearch
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::LinkSearch)

public:
    //! Incidents and cases mentioning \a text (a number, a name, an ID number, a place), cases
    //! first, each newest first, at most \a limit of each.
    static Result<QList<LinkCandidate>> find(QSqlDatabase db, const QString &text, int limit = 30);
};

} // namespace Jiandu
