#include "logfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Jiandu {

LogFile::LogFile(const QString &directory, const QString &baseName, Limits limits)
    : m_directory(directory)
    , m_baseName(baseName)
    , m_limits(limits)
{}

LogFile::LogFile(const QString &directory, const QString &baseName)
    : LogFile(directory, baseName, Limits{})
{}

LogFile::~LogFile() = default;

QString LogFile::currentPath() const
{
    return QDir(m_directory).filePath(m_baseName + u".log"_s);
}

QString LogFile::rotatedPath(int index) const
{
    return QDir(m_directory).filePath(m_baseName + u'.' + QString::number(index) + u".log"_s);
}

bool LogFile::open()
{
    if (!QDir().mkpath(m_directory)) {
        m_error = QStringLiteral("cannot create log directory %1").arg(m_directory);
        return false;
    }
    m_file.setFileName(currentPath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

bool LogFile::writeLine(const QByteArray &line)
{
    if (!m_file.isOpen())
        return false;
    if (m_file.size() > 0 && m_file.size() + line.size() + 1 > m_limits.maxBytes)
        rotate();
    if (!m_file.isOpen())
        return false;
    const bool written = m_file.write(line) == line.size() && m_file.write("\n", 1) == 1;
    if (!written)
        m_error = m_file.errorString();
    return written;
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_limits.keptFiles));
    for (int i = m_limits.keptFiles - 1; i >= 1; --i)
        QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    if (m_limits.keptFiles > 0)
        QFile::rename(currentPath(), rotatedPath(1));
    else
        QFile::remove(currentPath());
    open();
}

} // namespace Jiandu
