#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <sys/resource.h>
#include <unistd.h>

namespace Jiandu::Bench {

//! CPU time this process has used so far (user and system), in seconds.
inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

//! The most memory this process has held (VmHWM), in MB.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

//! CPU time of this process and of every process it started, and theirs (a web view's
//! renderer and GPU processes), in seconds, from /proc.
inline double treeCpuSeconds()
{
    struct Process
    {
        qint64 parent = 0;
        double seconds = 0;
    };
    QHash<qint64, Process> all;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After the command's closing parenthesis: state, ppid, … utime (14th), stime (15th).
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        all.insert(pid, {fields.at(1).toLongLong(),
                         (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick});
    }
    double seconds = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        // Ours if a chain of parents leads here.
        for (qint64 pid = it.key(), hops = 0; pid > 1 && hops < 64; ++hops) {
            if (pid == ::getpid()) {
                seconds += it->seconds;
                break;
            }
            pid = all.value(pid).parent;
        }
    }
    return seconds;
}

} // namespace Jiandu::Bench
