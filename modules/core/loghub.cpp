#include "loghub.h"

#include "idnumber.h"
#include "logfile.h"
#include "logging.h"

#include <QMutex>
#include <QSet>
#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {
constexpr int kCapacity = 20000;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogHub::instance().append(
        type, QString::fromUtf8(context.category ? context.category : "default"), message);
}
} // namespace

struct LogHub::Private
{
    mutable QMutex mutex;
    std::deque<LogRecord> records;
    qint64 lastSequence = 0;
    std::unique_ptr<LogFile> file;
    QString fileError;
    bool echo = true;
    QSet<QString> categories;
};

LogHub::LogHub()
    : d(std::make_unique<Private>())
{}

LogHub::~LogHub() = default;

LogHub &LogHub::instance()
{
    // Leaked on purpose: messages may arrive from static destructors after main() returns.
    static LogHub *hub = new LogHub;
    return *hub;
}

bool LogHub::startFile(const QString &directory, const QString &baseName)
{
    auto file = std::make_unique<LogFile>(directory, baseName);
    const bool opened = file->open();
    QMutexLocker lock(&d->mutex);
    d->fileError = opened ? QString() : file->errorString();
    d->file = opened ? std::move(file) : nullptr;
    return opened;
}

void LogHub::stopFile()
{
    QMutexLocker lock(&d->mutex);
    d->file.reset();
}

QString LogHub::filePath() const
{
    QMutexLocker lock(&d->mutex);
    return d->file ? d->file->currentPath() : QString();
}

QString LogHub::fileError() const
{
    QMutexLocker lock(&d->mutex);
    return d->fileError;
}

void LogHub::installMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

void LogHub::setEchoToStderr(bool echo)
{
    QMutexLocker lock(&d->mutex);
    d->echo = echo;
}

void LogHub::append(QtMsgType type, const QString &category, const QString &message)
{
    LogRecord record{0, QDateTime::currentMSecsSinceEpoch(), type, category, message};
    QMutexLocker lock(&d->mutex);
    record.sequence = ++d->lastSequence;
    // The file on disk never holds an ID number whole (the live view keeps the record as
    // it is, for the operator at the screen).
    const QByteArray line = IdNumber::maskAll(formatLine(record)).toUtf8();
    if (d->file && !d->file->writeLine(line)) {
        // Disk full or the file vanished: keep the process running, say so once on stderr.
        d->fileError = d->file->errorString();
        d->file.reset();
        std::fprintf(stderr, "jiandu: log file disabled: %s\n", qPrintable(d->fileError));
    }
    if (d->echo && (type != QtDebugMsg && type != QtInfoMsg)) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fputc('\n', stderr);
    }
    if (!d->categories.contains(record.category))
        d->categories.insert(record.category);
    d->records.push_back(std::move(record));
    if (d->records.size() > size_t(kCapacity))
        d->records.pop_front();
}

QList<LogRecord> LogHub::recordsSince(qint64 afterSequence, int maxCount) const
{
    QMutexLocker lock(&d->mutex);
    QList<LogRecord> result;
    if (d->records.empty() || afterSequence >= d->lastSequence)
        return result;
    const qint64 firstKept = d->records.front().sequence;
    qint64 start = std::max(afterSequence + 1, firstKept);
    start = std::max(start, d->lastSequence - maxCount + 1);
    for (auto it = d->records.begin() + (start - firstKept); it != d->records.end(); ++it)
        result.append(*it);
    return result;
}

qint64 LogHub::lastSequence() const
{
    QMutexLocker lock(&d->mutex);
    return d->lastSequence;
}

QStringList LogHub::categories() const
{
    QMutexLocker lock(&d->mutex);
    QStringList result(d->categories.cbegin(), d->categories.cend());
    result.sort();
    return result;
}

int LogHub::countSince(qint64 sinceMs, QtMsgType minimumType) const
{
    QMutexLocker lock(&d->mutex);
    int count = 0;
    for (auto it = d->records.crbegin(); it != d->records.crend() && it->timeMs >= sinceMs; ++it)
        count += severity(it->type) >= severity(minimumType) ? 1 : 0;
    return count;
}

int LogHub::capacity() const
{
    return kCapacity;
}

QString LogHub::typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("DEBUG");
    case QtInfoMsg:
        return QStringLiteral("INFO");
    case QtWarningMsg:
        return QStringLiteral("WARN");
    case QtCriticalMsg:
        return QStringLiteral("ERROR");
    case QtFatalMsg:
        return QStringLiteral("FATAL");
    }
    return QStringLiteral("?");
}

int LogHub::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 0;
}

QString LogHub::formatLine(const LogRecord &record)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(record.timeMs)
                             .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                             .toString(Qt::ISODateWithMs);
    QString message = record.message;
    message.replace(u'\n', u"\n    "_s); // continuation lines stay attached to their record
    return time + u' ' + typeName(record.type).leftJustified(5) + u' ' + record.category + u": "_s +
           message;
}

} // namespace Jiandu
