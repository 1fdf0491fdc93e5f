#include "linksearch.h"

#include <storage/caserepository.h>
#include <storage/incidentrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

Result<QList<LinkCandidate>> LinkSearch::find(QSqlDatabase db, const QString &text, int limit)
{
    QList<LinkCandidate> found;
    auto cases = CaseRepository(db).search(text, limit);
    if (!cases)
        return cases.error();
    for (const LegalCase &c : *cases)
        found.append({LinkCandidate::Kind::Case, c.ajbh, c.ajmc,
                      QStringList{c.zbdw, c.zbmj}.join(u' ').trimmed(), c.larqMs});
    auto incidents = IncidentRepository(db).search(text, limit);
    if (!incidents)
        return incidents.error();
    for (const Incident &i : *incidents)
        found.append({LinkCandidate::Kind::Incident, i.jqbh,
                      QStringList{i.jqlbMc, i.bzFsdz}.join(u' ').trimmed(),
                      i.bjr.isEmpty() ? i.czdwMc : tr("reported by %1").arg(i.bjr), i.jjsjMs});
    return found;
}

} // namespace Jiandu
