#pragma once

#include "coreexport.h"
#include "result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

namespace Jiandu {

//! The directory that holds one workstation's data (config, logs, cache, per-user layout).
//! Only one process may use it at a time: opening takes an exclusive lock that a crashed
//! process does not leave behind.
class JIANDU_CORE_EXPORT DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::DataDirectory)

public:
    //! Where a workstation keeps its data unless told otherwise; the demo has its own.
    static QString defaultPath(bool demo);
    //! Creates the directory if needed and locks it.
    static Result<std::unique_ptr<DataDirectory>> open(const QString &path);
    ~DataDirectory();

    QString path() const { return m_path; }
    QString filePath(const QString &relative) const;
    QString logDirectory() const;
    QString configFile() const;
    QString cacheDirectory() const;
    //! A directory for one operator's own state (window layout), created on demand.
    QString userDirectory(const QString &userName) const;

private:
    explicit DataDirectory(const QString &path);
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Jiandu
