#include "caserepository.h"

#include "boundquery.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <core/filehash.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

CaseRepository::CaseRepository(QSqlDatabase db)
    : m_db(db)
{}

QString CaseRepository::kindName(CaseFile::Kind kind)
{
    switch (kind) {
    case CaseFile::Kind::Clip:
        return u"clip"_s;
    case CaseFile::Kind::Transcript:
        return u"transcript"_s;
    case CaseFile::Kind::Document:
        return u"document"_s;
    case CaseFile::Kind::Invalid:
        break;
    }
    return {};
}

CaseFile::Kind CaseRepository::kindFromName(const QString &name)
{
    for (auto kind : {CaseFile::Kind::Clip, CaseFile::Kind::Transcript, CaseFile::Kind::Document}) {
        if (kindName(kind) == name)
            return kind;
    }
    return CaseFile::Kind::Invalid;
}

Result<void> CaseRepository::upsert(const LegalCase &c)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO legal_case (ajbh, ajmc, ajlx, zbdw, zbmj, larq, updated) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(c.ajbh), QVariant(c.ajmc), QVariant(c.ajlx), QVariant(c.zbdw), QVariant(c.zbmj),
          QVariant(c.larqMs), QVariant(c.updatedMs)})
        q.addBindValue(v);
    if (c.ajbh.isEmpty() || !q.exec())
        return Error{tr("The case %1 could not be stored.").arg(c.ajbh), q.lastError().text()};
    return {};
}

Result<std::optional<LegalCase>> CaseRepository::find(const QString &ajbh)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT ajbh, ajmc, ajlx, zbdw, zbmj, larq, updated FROM legal_case "
              "WHERE ajbh = ?"_s);
    q.addBindValue(ajbh);
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    if (!q.next())
        return std::optional<LegalCase>();
    return std::optional<LegalCase>(LegalCase{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
}

Result<QList<LegalCase>> CaseRepository::search(const QString &text, int limit)
{
    const QString pattern = containingPattern(text);
    if (pattern.isEmpty())
        return QList<LegalCase>{};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT ajbh, ajmc, ajlx, zbdw, zbmj, larq, updated FROM legal_case WHERE ajbh "
              "LIKE ?1 ESCAPE '\\' OR ajmc LIKE ?1 ESCAPE '\\' OR zbdw LIKE ?1 ESCAPE '\\' OR "
              "zbmj LIKE ?1 ESCAPE '\\' ORDER BY larq DESC, ajbh LIMIT ?2"_s);
    q.addBindValue(pattern);
    q.addBindValue(std::clamp(limit, 1, 1000));
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    QList<LegalCase> cases;
    while (q.next())
        cases.append(LegalCase{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(),
                               q.value(5).toLongLong(), q.value(6).toLongLong()});
    return cases;
}

Result<void> CaseRepository::linkIncident(const QString &ajbh, const QString &jqbh)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO case_incident (ajbh, jqbh) VALUES (?, ?)"_s);
    q.addBindValue(ajbh);
    q.addBindValue(jqbh);
    if (!q.exec())
        return Error{tr("The incident could not be linked to case %1.").arg(ajbh),
                     q.lastError().text()};
    return {};
}

Result<QStringList> CaseRepository::incidents(const QString &ajbh)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT jqbh FROM case_incident WHERE ajbh = ? ORDER BY jqbh"_s);
    q.addBindValue(ajbh);
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<void> CaseRepository::upsertFile(const CaseFile &f)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO case_file (ajbh, name, kind, path, bytes, sha256) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(f.ajbh), QVariant(f.name), QVariant(kindName(f.kind)),
                              QVariant(f.path), QVariant(f.bytes), QVariant(f.sha256)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{tr("The file %1 could not be recorded for case %2.").arg(f.name, f.ajbh),
                     q.lastError().text()};
    return {};
}

Result<CaseFile> CaseRepository::addFileFromDisk(const QString &ajbh, const QString &name,
                                                 CaseFile::Kind kind, const QString &path)
{
    const QString sha = fileSha256(path);
    if (sha.isEmpty())
        return Error{tr("The file %1 cannot be read.").arg(path), {}};
    const CaseFile file{
        ajbh, name, kind, QFileInfo(path).absoluteFilePath(), QFileInfo(path).size(), sha};
    if (auto stored = upsertFile(file); !stored)
        return stored.error();
    return file;
}

Result<QList<CaseFile>> CaseRepository::files(const QString &ajbh)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT ajbh, name, kind, path, bytes, sha256 FROM case_file WHERE ajbh = ? "
              "ORDER BY name"_s);
    q.addBindValue(ajbh);
    if (!q.exec())
        return Error{tr("The cache cannot be read."), q.lastError().text()};
    QList<CaseFile> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(),
                       kindFromName(q.value(2).toString()), q.value(3).toString(),
                       q.value(4).toLongLong(), q.value(5).toString()});
    return result;
}

} // namespace Jiandu
