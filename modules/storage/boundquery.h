#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace Jiandu {

//! Prepares \a sql on \a q, binds \a values to its placeholders in order and runs it; false
//! if it failed (q.lastError() says why).
inline bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace Jiandu
