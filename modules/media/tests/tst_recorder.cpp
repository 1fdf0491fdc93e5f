#include "decodedframes.h"
#include "simulatorprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <limits>
#include <media/framestamp.h>
#include <media/livestream.h>
#include <media/recorder.h>
#include <sys/resource.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::Simulator;

namespace {

Recorder::Options options(const QString &dir)
{
    Recorder::Options o;
    o.directory = dir;
    o.cameraId = u"cam-a"_s;
    o.segmentSeconds = 2;
    o.firstBackoffMs = 300;
    o.maxBackoffMs = 1000;
    return o;
}

QList<MediaSegment> segments(const QSignalSpy &spy)
{
    QList<MediaSegment> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.at(0).value<MediaSegment>());
    return list;
}

// The capture stamp of a recorded file's first frame (decoded as fast as it goes, so a
// busy machine does not make a later frame look like the first).
qint64 firstStamp(const QString &path)
{
    const QList<Jiandu::Testing::DecodedFrame> frames = Jiandu::Testing::decodeAll(path);
    return frames.isEmpty() ? -1 : frames.constFirst().stamp;
}

} // namespace

class tst_Recorder : public QObject
{
    Q_OBJECT
private slots:
    void stoppingInTheBackgroundDoesNotWait()
    {
        // The UI's stop: it returns at once, the last segment is finished on a worker and
        // arrives complete and playable afterwards.
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        QSignalSpy stopped(&recorder, &Recorder::stopped);
        recorder.start(sim.url(1), options(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 1, 20000);
        const qsizetype before = closed.size();
        QElapsedTimer timer;
        timer.start();
        recorder.stopInBackground();
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        const QList<MediaSegment> list = segments(closed);
        QCOMPARE(list.size(), before + 1);
        QVERIFY(list.constLast().complete);
        QCOMPARE(list.constLast().bytes, QFileInfo(list.constLast().path).size());
        QVERIFY(!recorder.isRecording());
    }

    void recordsContiguousPlayableSegments()
    {
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        recorder.start(sim.url(1), options(dir.path()));
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 3, 20000);
        recorder.stop();
        const QList<MediaSegment> list = segments(closed);
        QVERIFY(list.size() >= 4); // the last one is finished by stop()
        for (const MediaSegment &s : list)
            qInfo("%s %lld..%lld (%lld ms) %lld bytes %s", qPrintable(QFileInfo(s.path).fileName()),
                  s.startMs % 100000, s.endMs % 100000, s.endMs - s.startMs, s.bytes,
                  s.complete ? "complete" : "cut");
        for (int i = 0; i < list.size(); ++i) {
            const MediaSegment &s = list[i];
            QVERIFY2(s.complete, qPrintable(s.path));
            QVERIFY(QFileInfo::exists(s.path));
            QCOMPARE(s.bytes, QFileInfo(s.path).size());
            QVERIFY(s.bytes > 1000);
            QCOMPARE(s.cameraId, u"cam-a"_s);
            // The index knows its keyframes: the first at its start (it was cut there).
            QVERIFY2(!s.keyframeOffsetsMs.isEmpty(), qPrintable(s.path));
            QVERIFY2(s.keyframeOffsetsMs.constFirst() < 200,
                     qPrintable(QString::number(s.keyframeOffsetsMs.constFirst())));
            QVERIFY(std::is_sorted(s.keyframeOffsetsMs.begin(), s.keyframeOffsetsMs.end()));
            QVERIFY(s.keyframeOffsetsMs.constLast() <= s.endMs - s.startMs);
            if (i + 1 < list.size()) {
                // Segments end on a keyframe (one a second here), never much past 2 s.
                // (GStreamer 1.22's splitmuxsink cuts RTSP-fed H.264 at every keyframe
                // after the first segment; shorter segments lose nothing.)
                const qint64 length = s.endMs - s.startMs;
                QVERIFY2(length >= 500 && length <= 3800, qPrintable(QString::number(length)));
                QVERIFY(qAbs(list[i + 1].startMs - s.endMs) < 600); // no gap
            }
        }
        // The files hold the camera's pictures of that time.
        const qint64 stamp = firstStamp(list[1].path);
        QVERIFY2(qAbs(stamp - list[1].startMs) < 1500,
                 qPrintable(QString::number(stamp - list[1].startMs)));
    }

    void aDroppedCameraLeavesAVisibleGap()
    {
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        QSignalSpy failures(&recorder, &Recorder::failed);
        Recorder::Options o = options(dir.path());
        o.segmentSeconds = 30;
        recorder.start(sim.url(1), o);
        QTest::qWait(2500);
        const qint64 droppedAt = QDateTime::currentMSecsSinceEpoch();
        sim.command("drop 1");
        QTRY_VERIFY_WITH_TIMEOUT(failures.size() >= 1, 15000);
        QTest::qWait(2500);
        sim.command("restore 1");
        const qint64 restoredAt = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(3500);
        recorder.stop();
        const QList<MediaSegment> list = segments(closed);
        QVERIFY2(list.size() >= 2, qPrintable(QString::number(list.size())));
        const MediaSegment &before = list.constFirst();
        const MediaSegment &after = list.constLast();
        QVERIFY(before.endMs >= droppedAt - 500 && before.endMs < restoredAt);
        QVERIFY(after.startMs >= restoredAt - 500);
        QVERIFY(after.startMs - before.endMs >= 2000); // the gap is there, not hidden
        QVERIFY(firstStamp(before.path) > 0);          // the interrupted file still plays
    }

    void aFullDiskStopsRecordingAndKeepsWhatWasWritten()
    {
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        QSignalSpy storage(&recorder, &Recorder::storageFailed);
        Recorder::Options o = options(dir.path());
        o.segmentSeconds = 1;
        recorder.start(sim.url(1), o);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 2, 20000);
        // The disk fills up: from now on no file can grow past 4 KiB (EFBIG, like ENOSPC).
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        signal(SIGXFSZ, SIG_IGN);
        rlimit full = previous;
        full.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
        const bool stopped = QTest::qWaitFor([&] { return storage.size() > 0; }, 15000);
        setrlimit(RLIMIT_FSIZE, &previous);
        QVERIFY(stopped);
        QVERIFY(!recorder.isRecording());
        QVERIFY2(storage.first().at(0).toString().contains(u"disk"_s),
                 qPrintable(storage.first().at(0).toString()));
        // It stays stopped: no retry writes on.
        const int segmentsAtStop = closed.size();
        QTest::qWait(2500);
        QCOMPARE(closed.size(), segmentsAtStop);
        const QList<MediaSegment> list = segments(closed);
        QVERIFY(!list.constLast().complete); // the one being written when the disk filled
        for (const MediaSegment &s : list) {
            if (s.complete)
                QVERIFY2(firstStamp(s.path) > 0, qPrintable(s.path)); // still plays
        }
    }

    void keepsRecordingThroughAResolutionChange()
    {
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        Recorder::Options o = options(dir.path());
        o.segmentSeconds = 1;
        recorder.start(sim.url(1), o);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 2, 20000);
        const qint64 changedAt = QDateTime::currentMSecsSinceEpoch();
        sim.command("resize 1 640 360");
        QTRY_VERIFY_WITH_TIMEOUT(!segments(closed).isEmpty() &&
                                     segments(closed).constLast().startMs > changedAt + 1000,
                                 20000);
        recorder.stop();
        // Footage after the change is there and plays at the new size.
        const MediaSegment after = segments(closed).constLast();
        LiveStream player;
        LiveStream::Options p;
        p.frameSize = QSize();
        player.start(QUrl::fromLocalFile(after.path), p);
        QTRY_VERIFY_WITH_TIMEOUT(player.framesReceived() > 0, 10000);
        QCOMPARE(player.latestFrame().size(), QSize(640, 360));
        // And the gap around the change, if any, is short.
        const QList<MediaSegment> list = segments(closed);
        for (int i = 1; i < list.size(); ++i)
            QVERIFY2(list[i].startMs - list[i - 1].endMs < 3000,
                     qPrintable(QString::number(list[i].startMs - list[i - 1].endMs)));
    }

    void tooLittleFreeSpaceRefusesToStart()
    {
        Simulator sim(1, 320, 180);
        QTemporaryDir dir;
        Recorder recorder;
        QSignalSpy storage(&recorder, &Recorder::storageFailed);
        Recorder::Options o = options(dir.path());
        o.minFreeBytes = std::numeric_limits<qint64>::max() / 2;
        recorder.start(sim.url(1), o);
        QCOMPARE(storage.size(), 1);
        QVERIFY(!recorder.isRecording());
        QVERIFY(recorder.lastError().contains(u"free"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Recorder)
#include "tst_recorder.moc"
