#include "recordingretention.h"

#include "segmentrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace Jiandu {

qint64 RecordingRetention::freeSpaceOf(const QString &directory)
{
    const QStorageInfo volume(directory);
    return volume.isValid() ? volume.bytesAvailable() : -1;
}

Result<RecordingRetention::Report> RecordingRetention::apply(QSqlDatabase db, const Policy &policy,
                                                             qint64 nowMs,
                                                             const FreeSpace &freeSpace)
{
    SegmentRepository index(db);
    auto total = index.totalBytes();
    if (!total)
        return total.error();
    qint64 bytes = *total;
    const FreeSpace free = freeSpace ? freeSpace : &RecordingRetention::freeSpaceOf;
    const qint64 oldestAllowedMs =
        policy.maxAgeDays > 0 ? nowMs - qint64(policy.maxAgeDays) * 86400000LL : 0;
    Report report;
    // Space freed on the volume so far, so free space is not asked for every file.
    qint64 freed = 0;
    const qint64 freeAtStart = policy.minFreeBytes > 0 && !policy.recordingsDirectory.isEmpty()
                                   ? free(policy.recordingsDirectory)
                                   : -1;
    const auto mustGo = [&](const MediaSegment &s) {
        if (oldestAllowedMs > 0 && s.endMs < oldestAllowedMs)
            return true;
        if (policy.maxBytes > 0 && bytes > policy.maxBytes)
            return true;
        return freeAtStart >= 0 && freeAtStart + freed < policy.minFreeBytes;
    };
    while (report.segments + report.undeletable.size() < policy.maxDeletionsPerRun) {
        auto batch = index.oldest(std::min(200, policy.maxDeletionsPerRun));
        if (!batch)
            return batch.error();
        int removedInBatch = 0;
        for (const MediaSegment &s : *batch) {
            if (report.undeletable.contains(s.path))
                continue;
            if (!mustGo(s))
                return report;
            if (report.segments + report.undeletable.size() >= policy.maxDeletionsPerRun)
                return report;
            if (QFileInfo::exists(s.path) && !QFile::remove(s.path)) {
                report.undeletable.append(s.path);
                continue;
            }
            if (auto removed = index.remove(s); !removed)
                return removed.error();
            bytes -= s.bytes;
            freed += s.bytes;
            report.bytes += s.bytes;
            ++report.segments;
            ++removedInBatch;
        }
        if (removedInBatch == 0) // nothing left, or only files that cannot be deleted
            break;
    }
    return report;
}

} // namespace Jiandu
