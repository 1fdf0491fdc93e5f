#pragma once

#include "coreexport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Jiandu {

struct LogRecord
{
    qint64 sequence = 0; //!< increases by one per record, never reused in a process
    qint64 timeMs = 0;   //!< ms since epoch, UTC
    QtMsgType type = QtDebugMsg;
    QString category;
    QString message;
};

//! Collects every Qt log message of the process: writes it to the rotating log file under
//! the data directory, keeps the most recent records in memory for the log viewer and
//! echoes warnings to stderr. Safe to call from any thread.
class JIANDU_CORE_EXPORT LogHub
{
public:
    static LogHub &instance();

    //! Starts writing to \a directory (creates it). Returns false with a reason if the file
    //! cannot be opened; records are then kept in memory and on stderr only.
    bool startFile(const QString &directory, const QString &baseName = QStringLiteral("jiandu"));
    void stopFile();
    QString filePath() const;
    QString fileError() const;

    //! Routes qDebug/qInfo/qWarning/qCritical of the whole process through the hub.
    void installMessageHandler();
    void setEchoToStderr(bool echo);

    void append(QtMsgType type, const QString &category, const QString &message);
    //! Records with sequence > \a afterSequence that are still in memory, oldest first.
    QList<LogRecord> recordsSince(qint64 afterSequence, int maxCount = 10000) const;
    qint64 lastSequence() const;
    //! Every category that has logged in this process, sorted.
    QStringList categories() const;
    //! How many records of at least \a minimumType arrived since \a sinceMs (in memory only).
    int countSince(qint64 sinceMs, QtMsgType minimumType) const;
    int capacity() const;

    static QString typeName(QtMsgType type);
    //! 0 debug, 1 info, 2 warning, 3 critical, 4 fatal (QtMsgType itself is not ordered).
    static int severity(QtMsgType type);
    static QString formatLine(const LogRecord &record);

private:
    LogHub();
    ~LogHub();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Jiandu
