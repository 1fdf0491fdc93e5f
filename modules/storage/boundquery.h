#pragma once

#include <QSqlQuery>
#include <QString>
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

//! A LIKE pattern (with ESCAPE '\\') matching values that contain \a text as typed — its %, _
//! and \\ are characters, not wildcards — at most 100 characters of it, spaces simplified;
//! empty for a blank text (nothing to search for).
inline QString containingPattern(const QString &text)
{
    QString needle = text.simplified().left(100);
    if (needle.isEmpty())
        return {};
    needle.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + needle + u'%';
}

} // namespace Jiandu
