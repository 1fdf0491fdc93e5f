#include "datadirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Jiandu {

DataDirectory::DataDirectory(const QString &path)
    : m_path(path)
{}

DataDirectory::~DataDirectory() = default;

Result<std::unique_ptr<DataDirectory>> DataDirectory::open(const QString &path)
{
    const QString absolute = QDir(path).absolutePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return Error{tr("The data directory %1 is a file, not a directory. Choose another path "
                        "with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute)),
                     {}};
    if (!QDir().mkpath(absolute) || !QFileInfo(absolute).isWritable())
        return Error{tr("The data directory %1 cannot be created or written. Check its "
                        "permissions or choose another path with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute)),
                     {}};

    // What is inside (cache, case files, recordings, logs) is its owner's only, also in a
    // data directory made by an older version with the default mode.
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    std::unique_ptr<DataDirectory> dir(new DataDirectory(absolute));
    dir->m_lock = std::make_unique<QLockFile>(QDir(absolute).filePath(u"jiandu.lock"_s));
    dir->m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!dir->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        dir->m_lock->getLockInfo(&pid, &host, &application);
        if (dir->m_lock->error() == QLockFile::LockFailedError)
            return Error{tr("Another Jiandu (process %1 on %2) is already using the data "
                            "directory %3. Switch to that window, or start this one with "
                            "another --data-dir.")
                             .arg(pid)
                             .arg(host, QDir::toNativeSeparators(absolute)),
                         {}};
        return Error{tr("The data directory %1 cannot be locked. Check its permissions.")
                         .arg(QDir::toNativeSeparators(absolute)),
                     {}};
    }
    return dir;
}

QString DataDirectory::defaultPath(bool demo)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return QDir(base).filePath(demo ? u"jiandu-demo"_s : u"jiandu"_s);
}

QString DataDirectory::filePath(const QString &relative) const
{
    return QDir(m_path).filePath(relative);
}

QString DataDirectory::logDirectory() const
{
    return filePath(u"logs"_s);
}

QString DataDirectory::configFile() const
{
    return filePath(u"config/jiandu.ini"_s);
}

QString DataDirectory::cacheDirectory() const
{
    return filePath(u"cache"_s);
}

QString DataDirectory::userDirectory(const QString &userName) const
{
    QString safe;
    for (const QChar c : userName)
        safe += c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u"user"_s);
    const QString dir = filePath(u"users/"_s + safe);
    QDir().mkpath(dir);
    return dir;
}

} // namespace Jiandu
