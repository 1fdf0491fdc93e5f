#include <QTemporaryDir>
#include <QTest>
#include <storage/localcache.h>
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
        QVERIFY(segments.add({u"cam-b"_s, t, t + 6 * minute, u"/r/b1.mkv"_s, 300, true}).ok());
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
    }
};

QTEST_GUILESS_MAIN(tst_SegmentRepository)
#include "tst_segmentrepository.moc"
