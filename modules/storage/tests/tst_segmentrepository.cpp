#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <storage/localcache.h>
#include <storage/recordingretention.h>
#include <storage/segmentrepository.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

class tst_SegmentRepository : public QObject
{
    Q_OBJECT
private slots:
    void findsFootageAndGaps()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::create(dir.path(), u"pw"_s);
        QVERIFY(cache.ok());
        SegmentRepository segments((*cache)->database().connection());
        // 10:00–10:02 and 10:02–10:03, then the camera was away until 10:05.
        const qint64 t = 1793584800000;
        const qint64 minute = 60000;
        QVERIFY(segments.add({u"cam-a"_s, t, t + 2 * minute, u"/r/a1.mkv"_s, 100, true}).ok());
        QVERIFY(
            segments.add({u"cam-a"_s, t + 2 * minute, t + 3 * minute, u"/r/a2.mkv"_s, 50, false})
                .ok());
        QVERIFY(segments.add({u"cam-a"_s, t + 5 * minute, t + 6 * minute, u"/r/a3.mkv"_s, 50, true})
                    .ok());
        QVERIFY(segments
                    .add({u"cam-b"_s,
                          t,
                          t + 6 * minute,
                          u"/r/b1.mkv"_s,
                          300,
                          true,
                          {0, 2000, 4000, 359000}})
                    .ok());
        QVERIFY(!segments.add({u"cam-a"_s, t, t - 1, u"/r/bad.mkv"_s, 1, true}).ok());

        auto found = segments.overlapping(u"cam-a"_s, t + minute, t + 5 * minute + 1);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->at(1).path, u"/r/a2.mkv"_s);
        QVERIFY(!found->at(1).complete);

        auto gaps = segments.gaps(u"cam-a"_s, t - minute, t + 6 * minute);
        QVERIFY(gaps.ok());
        QCOMPARE(*gaps,
                 (QList<QPair<qint64, qint64>>{{t - minute, t}, {t + 3 * minute, t + 5 * minute}}));
        QVERIFY(segments.gaps(u"cam-b"_s, t, t + 6 * minute)->isEmpty());
        // Keyframe positions come back as they were stored.
        QCOMPARE(segments.overlapping(u"cam-b"_s, t, t + 1)->constFirst().keyframeOffsetsMs,
                 (QList<qint32>{0, 2000, 4000, 359000}));
        QVERIFY(found->at(0).keyframeOffsetsMs.isEmpty());
    }

    void retentionDeletesTheOldestFootageFirst()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::create(dir.path(), u"pw"_s);
        QVERIFY(cache.ok());
        QSqlDatabase db = (*cache)->database().connection();
        SegmentRepository segments(db);
        // 40 days of one segment a day per camera, 1000 bytes each, files on disk.
        const qint64 day = 86400000;
        const qint64 now = 1793584800000;
        QStringList files;
        for (int d = 0; d < 40; ++d) {
            for (const QString &camera : {u"cam-a"_s, u"cam-b"_s}) {
                const QString path = dir.filePath(u"%1-%2.mkv"_s.arg(camera).arg(d));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray(1000, 'v'));
                files.append(path);
                const qint64 start = now - (40 - d) * day;
                QVERIFY(segments.add({camera, start, start + 3600000, path, 1000, true}).ok());
            }
        }
        RecordingRetention::Policy policy;
        policy.maxAgeDays = 30;
        auto report = RecordingRetention::apply(db, policy, now);
        QVERIFY(report.ok());
        QCOMPARE(report->segments, 20); // days 0–9 of both cameras
        QCOMPARE(report->bytes, 20000);
        QVERIFY(!QFile::exists(files.first()));
        QVERIFY(QFile::exists(files.at(20)));
        QCOMPARE(*segments.totalBytes(), 60000);
        QCOMPARE(segments.oldest(1)->constFirst().startMs, now - 30 * day);

        // Over the size limit: the oldest go until the total fits, the newest stay.
        policy.maxBytes = 25000;
        report = RecordingRetention::apply(db, policy, now);
        QVERIFY(report.ok());
        QCOMPARE(*segments.totalBytes(), 25000);
        QVERIFY(QFile::exists(files.last()));

        // Short of free space: deleted until the volume has enough again; a file that
        // cannot be deleted (here a directory) is reported and stays indexed.
        policy.maxBytes = 0;
        policy.minFreeBytes = 5500;
        policy.recordingsDirectory = dir.path();
        const QString stuck = dir.filePath(u"stuck.mkv"_s);
        QVERIFY(QDir().mkpath(stuck + u"/inside"_s));
        QVERIFY(
            segments.add({u"cam-c"_s, now - 31 * day, now - 31 * day + 1, stuck, 1000, true}).ok());
        policy.maxAgeDays = 0;
        report = RecordingRetention::apply(db, policy, now, [](const QString &) { return 0; });
        QVERIFY(report.ok());
        QCOMPARE(report->undeletable, QStringList{stuck});
        QCOMPARE(report->bytes, 6000);
        QCOMPARE(*segments.totalBytes(), 20000);
        QCOMPARE(segments.oldest(1)->constFirst().path, stuck);

        // Within every limit: nothing happens.
        report =
            RecordingRetention::apply(db, policy, now, [](const QString &) { return 1 << 30; });
        QVERIFY(report.ok());
        QCOMPARE(report->segments, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SegmentRepository)
#include "tst_segmentrepository.moc"
