#include "simulatorprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <media/framestamp.h>
#include <media/playbackclock.h>
#include <media/playbackstream.h>
#include <media/recorder.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::Simulator;

namespace {

// Every frame the stream delivers from now on, until \a untilMs or the end.
QList<PlaybackStream::Frame> drain(PlaybackStream &stream, qint64 untilMs)
{
    QList<PlaybackStream::Frame> frames;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && !stream.atEnd()) {
        const qint64 next = stream.nextFrameMs();
        if (next < 0) {
            QTest::qWait(5);
            continue;
        }
        if (next > untilMs)
            break;
        if (auto frame = stream.takeFrame(next))
            frames.append(*frame);
    }
    return frames;
}

} // namespace

class tst_Playback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<MediaSegment> m_segments;

private Q_SLOTS:
    void initTestCase()
    {
        Simulator sim(1, 320, 180);
        Recorder recorder;
        QSignalSpy closed(&recorder, &Recorder::segmentClosed);
        Recorder::Options o;
        o.directory = m_dir.path();
        o.cameraId = u"cam-a"_s;
        o.segmentSeconds = 1;
        recorder.start(sim.url(1), o);
        QTRY_VERIFY_WITH_TIMEOUT(closed.size() >= 6, 30000);
        recorder.stop();
        for (const QList<QVariant> &args : closed)
            m_segments.append(args.at(0).value<MediaSegment>());
    }

    void playsFromTheRequestedFrameAcrossSegments()
    {
        PlaybackStream stream;
        stream.setSegments(m_segments);
        stream.setFrameSize(QSize(320, 180));
        const qint64 at = m_segments[1].startMs + 370; // mid-GOP
        stream.seek(at);
        const QList<PlaybackStream::Frame> frames = drain(stream, m_segments[4].endMs);
        QVERIFY(frames.size() > 60);
        QVERIFY2(frames.constFirst().timeMs >= at && frames.constFirst().timeMs < at + 45,
                 qPrintable(QString::number(frames.constFirst().timeMs - at)));
        QCOMPARE(frames.constFirst().image.size(), QSize(320, 180));
        // Each frame is the next picture the camera took: no frame lost or repeated where
        // one file ends and the next begins. The camera stamps its pictures 40 ms apart give or
        // take its own jitter on a loaded machine; a repeat would be 0 ms, a loss 80 ms.
        for (int i = 1; i < frames.size(); ++i) {
            const qint64 step =
                FrameStamp::read(frames[i].image) - FrameStamp::read(frames[i - 1].image);
            QVERIFY2(step >= 10 && step <= 66, qPrintable(u"frame %1: %2 ms"_s.arg(i).arg(step)));
            QVERIFY(frames[i].timeMs > frames[i - 1].timeMs);
        }
        // And the timeline is the recording's wall clock.
        const qint64 stamp = FrameStamp::read(frames.constFirst().image);
        QVERIFY2(qAbs(frames.constFirst().timeMs - stamp) < 1000,
                 qPrintable(QString::number(frames.constFirst().timeMs - stamp)));
    }

    void onlyTheDueFrameIsShown()
    {
        PlaybackStream stream;
        stream.setSegments(m_segments);
        stream.setFrameSize(QSize(160, 90));
        const qint64 at = m_segments[2].startMs;
        stream.seek(at);
        QTRY_VERIFY_WITH_TIMEOUT(stream.nextFrameMs() >= 0, 10000);
        QVERIFY(!stream.takeFrame(at - 1000));                               // not yet due
        QTRY_VERIFY_WITH_TIMEOUT(stream.decodedUntilMs() > at + 200, 10000); // decoded ahead
        auto frame = stream.takeFrame(at + 200);
        QVERIFY(frame);
        QVERIFY(frame->timeMs <= at + 200 && frame->timeMs > at + 150); // the newest due
        QVERIFY(stream.nextFrameMs() > at + 200);
    }

    void gapsStayGapsAndDamagedSegmentsAreSkipped()
    {
        QList<MediaSegment> segments = m_segments;
        const MediaSegment missing = segments.takeAt(2); // a gap in the recording
        const QString garbage = m_dir.filePath(u"garbage.mkv"_s);
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(50000, 'x'));
        g.close();
        segments[3].path = garbage; // and a damaged file
        PlaybackStream stream;
        stream.setSegments(segments);
        stream.setFrameSize(QSize(160, 90));
        stream.seek(segments[1].startMs);
        const QList<PlaybackStream::Frame> frames =
            drain(stream, segments.constLast().endMs + 60000);
        QVERIFY(stream.atEnd());
        QCOMPARE(stream.damagedSegments(), QStringList{garbage});
        bool jumped = false;
        // (A file's own timestamps may run a few ms past the recorder's cut.)
        for (int i = 1; i < frames.size(); ++i) {
            QVERIFY(frames[i].timeMs < missing.startMs + 100 ||
                    frames[i].timeMs > missing.endMs - 100);
            if (frames[i].timeMs - frames[i - 1].timeMs > missing.endMs - missing.startMs - 200)
                jumped = true;
        }
        QVERIFY(jumped);
    }

    void theClockRunsAtItsRateAndStandsWhenPaused()
    {
        qint64 now = 1000;
        PlaybackClock clock([&] { return now; });
        QSignalSpy seeked(&clock, &PlaybackClock::seeked);
        clock.seek(1'800'000'000'000);
        QCOMPARE(seeked.size(), 1);
        clock.play();
        now += 1000;
        QCOMPARE(clock.position(), 1'800'000'001'000);
        clock.setRate(4);
        now += 500;
        QCOMPARE(clock.position(), 1'800'000'003'000);
        clock.pause();
        now += 5000;
        QCOMPARE(clock.position(), 1'800'000'003'000);
        clock.setRate(0.25);
        clock.play();
        now += 400;
        QCOMPARE(clock.position(), 1'800'000'003'100);
        clock.setRate(100);
        QCOMPARE(clock.rate(), PlaybackClock::kMaxRate);
        clock.moveTo(1'800'000'010'000); // a frame step: no re-read
        QCOMPARE(seeked.size(), 1);
        QCOMPARE(clock.position(), 1'800'000'010'000);
    }
};

QTEST_GUILESS_MAIN(tst_Playback)
#include "tst_playback.moc"
