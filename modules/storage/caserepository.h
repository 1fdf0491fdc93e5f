#pragma once

#include "storageexport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <core/legalcase.h>
#include <core/result.h>
#include <optional>

namespace Jiandu {

//! Cases in the cache, their incidents and their files (clips, transcripts, documents).
class JIANDU_STORAGE_EXPORT CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::CaseRepository)

public:
    explicit CaseRepository(QSqlDatabase db);

    Result<void> upsert(const LegalCase &legalCase);
    Result<std::optional<LegalCase>> find(const QString &ajbh);
    //! The cases whose number, name, unit or officer mention \a text, newest first, at most
    //! \a limit; none for an empty text.
    Result<QList<LegalCase>> search(const QString &text, int limit = 50);
    Result<void> linkIncident(const QString &ajbh, const QString &jqbh);
    Result<QStringList> incidents(const QString &ajbh);
    //! Records \a file (bytes and sha256 as given; see addFileFromDisk()).
    Result<void> upsertFile(const CaseFile &file);
    //! Records the file at \a path, measuring its size and SHA-256.
    Result<CaseFile> addFileFromDisk(const QString &ajbh, const QString &name, CaseFile::Kind kind,
                                     const QString &path);
    Result<QList<CaseFile>> files(const QString &ajbh);

    static QString kindName(CaseFile::Kind kind);
    static CaseFile::Kind kindFromName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace Jiandu
