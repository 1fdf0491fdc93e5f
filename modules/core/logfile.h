#pragma once

#include "coreexport.h"

#include <QFile>
#include <QString>

namespace Jiandu {

//! An append-only text log that rotates by size: jiandu.log, jiandu.1.log … jiandu.N.log.
//! Every line is flushed so a crash never loses what was already logged.
class JIANDU_CORE_EXPORT LogFile
{
public:
    struct Limits
    {
        qint64 maxBytes = 5 * 1024 * 1024;
        int keptFiles = 5; //!< rotated files kept besides the current one
    };

    LogFile(const QString &directory, const QString &baseName, Limits limits);
    LogFile(const QString &directory, const QString &baseName);
    ~LogFile();

    //! Opens (creating the directory); false with errorString() set if it cannot.
    bool open();
    //! Appends one line; rotates first if the line would push the file past the limit.
    bool writeLine(const QByteArray &line);
    QString currentPath() const;
    QString rotatedPath(int index) const;
    QString errorString() const { return m_error; }

private:
    void rotate();

    QString m_directory;
    QString m_baseName;
    Limits m_limits;
    QFile m_file;
    QString m_error;
};

} // namespace Jiandu
