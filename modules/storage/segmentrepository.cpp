#include "segmentrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QByteArray packOffsets(const QList<qint32> &offsets)
{
    QByteArray packed;
    packed.reserve(offsets.size() * 4);
    for (qint32 offset : offsets) {
        const quint32 v = quint32(offset);
        for (int shift = 0; shift < 32; shift += 8)
            packed.append(char((v >> shift) & 0xff));
    }
    return packed;
}

QList<qint32> unpackOffsets(const QByteArray &packed)
{
    QList<qint32> offsets;
    for (qsizetype i = 0; i + 4 <= packed.size(); i += 4) {
        quint32 v = 0;
        for (int b = 0; b < 4; ++b)
            v |= quint32(quint8(packed[i + b])) << (8 * b);
        offsets.append(qint32(v));
    }
    return offsets;
}

const QString kColumns =
    u"SELECT camera_id, start_ms, end_ms, path, bytes, complete, keyframes FROM media_segment "_s;

QList<MediaSegment> readSegments(QSqlQuery &q)
{
    QList<MediaSegment> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toInt() != 0,
                       unpackOffsets(q.value(6).toByteArray())});
    return result;
}

} // namespace

SegmentRepository::SegmentRepository(QSqlDatabase db)
    : m_db(db)
{}

Result<void> SegmentRepository::add(const MediaSegment &s)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO media_segment (camera_id, start_ms, end_ms, path, bytes, "
              "complete, keyframes) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(s.cameraId), QVariant(s.startMs), QVariant(s.endMs), QVariant(s.path),
          QVariant(s.bytes), QVariant(int(s.complete)), QVariant(packOffsets(s.keyframeOffsetsMs))})
        q.addBindValue(v);
    if (s.cameraId.isEmpty() || s.endMs < s.startMs || !q.exec())
        return Error{tr("The recording index could not be updated."), q.lastError().text()};
    return {};
}

Result<QList<MediaSegment>> SegmentRepository::overlapping(const QString &cameraId, qint64 fromMs,
                                                           qint64 toMs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns +
              u"WHERE camera_id = ? AND start_ms < ? AND end_ms > ? ORDER BY start_ms"_s);
    q.addBindValue(cameraId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    if (!q.exec())
        return Error{tr("The recording index cannot be read."), q.lastError().text()};
    return readSegments(q);
}

Result<QList<MediaSegment>> SegmentRepository::oldest(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + u"ORDER BY start_ms LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{tr("The recording index cannot be read."), q.lastError().text()};
    return readSegments(q);
}

Result<qint64> SegmentRepository::latestEnd(const QString &cameraId)
{
    // The primary key (camera_id, start_ms) finds the last segment at once.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT end_ms FROM media_segment WHERE camera_id = ?"
              " ORDER BY start_ms DESC LIMIT 1"_s);
    q.addBindValue(cameraId);
    if (!q.exec())
        return Error{tr("The recording index cannot be read."), q.lastError().text()};
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> SegmentRepository::totalBytes()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT COALESCE(SUM(bytes), 0) FROM media_segment"_s) || !q.next())
        return Error{tr("The recording index cannot be read."), q.lastError().text()};
    return q.value(0).toLongLong();
}

Result<void> SegmentRepository::remove(const MediaSegment &segment)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM media_segment WHERE camera_id = ? AND start_ms = ?"_s);
    q.addBindValue(segment.cameraId);
    q.addBindValue(segment.startMs);
    if (!q.exec())
        return Error{tr("The recording index could not be updated."), q.lastError().text()};
    return {};
}

Result<QList<QPair<qint64, qint64>>> SegmentRepository::gaps(const QString &cameraId, qint64 fromMs,
                                                             qint64 toMs)
{
    auto segments = overlapping(cameraId, fromMs, toMs);
    if (!segments)
        return segments.error();
    QList<QPair<qint64, qint64>> result;
    qint64 covered = fromMs;
    for (const MediaSegment &s : *segments) {
        if (s.startMs > covered)
            result.append({covered, s.startMs});
        covered = std::max(covered, s.endMs);
    }
    if (covered < toMs)
        result.append({covered, toMs});
    return result;
}

} // namespace Jiandu
