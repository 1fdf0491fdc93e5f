#include "decodedframes.h"
#include "recordedfootage.h"
#include "simulatorprocess.h"

#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <media/clipexporter.h>
#include <media/framestamp.h>
#include <media/gstreamer.h>
#include <media/recorder.h>
#include <media/snapshot.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;
using Jiandu::Testing::decodeAll;
using Jiandu::Testing::DecodedFrame;
using Jiandu::Testing::recordFootage;
using Jiandu::Testing::Simulator;

namespace {

// The source frames of a camera: wall-clock time (ns) → stamp, as recorded.
struct SourceFrame
{
    qint64 wallNs;
    qint64 stamp;
};

QList<SourceFrame> sourceFrames(const QList<MediaSegment> &segments)
{
    QList<SourceFrame> out;
    for (const MediaSegment &segment : segments) {
        const QList<DecodedFrame> frames = decodeAll(segment.path);
        for (const DecodedFrame &f : frames)
            out.append(
                {segment.startMs * 1000000 + (f.ptsNs - frames.constFirst().ptsNs), f.stamp});
    }
    return out;
}

QList<qint64> stampsBetween(const QList<SourceFrame> &source, qint64 fromMs, qint64 toMs)
{
    QList<qint64> stamps;
    for (const SourceFrame &f : source) {
        if (f.wallNs >= fromMs * 1000000 && f.wallNs < (toMs + 1) * 1000000)
            stamps.append(f.stamp);
    }
    return stamps;
}

QList<qint64> stampsOf(const QList<DecodedFrame> &frames)
{
    QList<qint64> stamps;
    for (const DecodedFrame &f : frames)
        stamps.append(f.stamp);
    return stamps;
}

ClipExporter::Options options(ClipExporter::Mode mode = ClipExporter::Mode::Fast)
{
    ClipExporter::Options o;
    o.mode = mode;
    o.operatorName = u"tester"_s;
    return o;
}

} // namespace

class tst_ClipExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<MediaSegment> m_a; // camera a
    QList<MediaSegment> m_b; // camera b, recorded at the same time
    QList<SourceFrame> m_sourceA;
    QList<SourceFrame> m_sourceB;

    QString errorOf(const Result<ClipExporter::Clip> &r)
    {
        return r.ok() ? QString() : r.error().text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Simulator sim(2, 320, 180);
        const auto footage = recordFootage(sim, m_dir.path(), {u"cam-a"_s, u"cam-b"_s}, 7, 30000);
        m_a = footage[0];
        m_b = footage[1];
        QVERIFY(m_a.size() >= 7 && m_b.size() >= 7);
        m_sourceA = sourceFrames(m_a);
        m_sourceB = sourceFrames(m_b);
        QVERIFY(m_sourceA.size() > 100);
        for (const SourceFrame &f : m_sourceA)
            QVERIFY2(f.stamp > 0, "every simulator frame carries its capture time");
    }

    void fastModeStartsOnTheKeyframeBefore()
    {
        const qint64 from = m_a[1].startMs + 300;
        const qint64 to = m_a[4].startMs + 500;
        const QString out = m_dir.filePath(u"fast.mkv"_s);
        auto clip = ClipExporter::exportRange(m_a, from, to, out, options());
        QVERIFY2(clip.ok(), qPrintable(errorOf(clip)));
        QVERIFY(clip->actualStartMs <= from && clip->actualStartMs >= from - 1100);

        const QList<DecodedFrame> frames = decodeAll(out);
        QVERIFY(!frames.isEmpty());
        QVERIFY(frames.constFirst().keyframe); // plays from its first frame
        // Every source frame from the keyframe to the end, none missing, none added.
        QCOMPARE(stampsOf(frames), stampsBetween(m_sourceA, clip->actualStartMs, to));
        QCOMPARE(clip->frames, frames.size());

        auto verified = ClipExporter::verify(out);
        QVERIFY(verified.ok());
        QCOMPARE(verified->value(u"camera"_s).toString(), u"cam-a"_s);
        QCOMPARE(verified->value(u"operator"_s).toString(), u"tester"_s);
        QCOMPARE(verified->value(u"mode"_s).toString(), u"fast"_s);
        QCOMPARE(verified->value(u"sha256"_s).toString(), clip->sha256);
    }

    void exactModeIsFrameAccurate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mp4") << u"exact.mp4"_s;
        QTest::newRow("mkv") << u"exact.mkv"_s;
    }

    void exactModeIsFrameAccurate()
    {
        QFETCH(QString, file);
        // Both ends in the middle of a GOP (a segment is one GOP here).
        const qint64 from = m_a[1].startMs + 330;
        const qint64 to = m_a[4].startMs + 510;
        const QString out = m_dir.filePath(file);
        auto clip =
            ClipExporter::exportRange(m_a, from, to, out, options(ClipExporter::Mode::Exact));
        QVERIFY2(clip.ok(), qPrintable(errorOf(clip)));
        const QList<qint64> expected = stampsBetween(m_sourceA, from, to);
        const QList<DecodedFrame> frames = decodeAll(out);
        QVERIFY(frames.constFirst().keyframe);
        QCOMPARE(frames.constFirst().stamp, expected.constFirst());
        QCOMPARE(frames.constLast().stamp, expected.constLast());
        QCOMPARE(stampsOf(frames), expected);
        QVERIFY(clip->actualStartMs >= from && clip->actualStartMs < from + 45);
        QVERIFY(clip->actualEndMs <= to && clip->actualEndMs > to - 45);
        // Time runs evenly through the joins between re-encoded and copied pieces.
        for (int i = 1; i < frames.size(); ++i)
            QVERIFY2(frames[i].ptsNs - frames[i - 1].ptsNs < 80000000,
                     qPrintable(u"gap before frame %1"_s.arg(i)));
        QCOMPARE(ClipExporter::verify(out)->value(u"mode"_s).toString(), u"exact"_s);
    }

    void exactModeWithinOneGop()
    {
        const qint64 from = m_a[2].startMs + 200;
        const qint64 to = m_a[2].startMs + 600;
        const QString out = m_dir.filePath(u"short.mp4"_s);
        auto clip =
            ClipExporter::exportRange(m_a, from, to, out, options(ClipExporter::Mode::Exact));
        QVERIFY2(clip.ok(), qPrintable(errorOf(clip)));
        QCOMPARE(stampsOf(decodeAll(out)), stampsBetween(m_sourceA, from, to));
    }

    void concatenatesCamerasInTimeOrder()
    {
        // Given out of order: camera b later, camera a earlier.
        const ClipExporter::Range later{m_b, m_b[4].startMs + 100, m_b[5].startMs + 400};
        const ClipExporter::Range earlier{m_a, m_a[1].startMs + 200, m_a[2].startMs + 300};
        const QString out = m_dir.filePath(u"trajectory.mp4"_s);
        auto clip =
            ClipExporter::concatenate({later, earlier}, out, options(ClipExporter::Mode::Exact));
        QVERIFY2(clip.ok(), qPrintable(errorOf(clip)));
        const QList<qint64> expected = stampsBetween(m_sourceA, earlier.fromMs, earlier.toMs) +
                                       stampsBetween(m_sourceB, later.fromMs, later.toMs);
        const QList<DecodedFrame> frames = decodeAll(out);
        QCOMPARE(stampsOf(frames), expected);
        for (int i = 1; i < frames.size(); ++i) // no pause between the cameras
            QVERIFY(frames[i].ptsNs - frames[i - 1].ptsNs < 80000000);
        const QJsonArray ranges = ClipExporter::verify(out)->value(u"ranges"_s).toArray();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[0].toObject().value(u"camera"_s).toString(), u"cam-a"_s);
        QCOMPARE(ranges[1].toObject().value(u"camera"_s).toString(), u"cam-b"_s);
    }

    void burnsTheWatermarkIntoEveryFrame()
    {
        const qint64 from = m_a[1].startMs;
        const qint64 to = m_a[2].startMs + 500;
        const QString plainPath = m_dir.filePath(u"plain.mkv"_s);
        const QString markedPath = m_dir.filePath(u"marked.mkv"_s);
        auto o = options(ClipExporter::Mode::Exact);
        QVERIFY(ClipExporter::exportRange(m_a, from, to, plainPath, o).ok());
        o.burnedWatermark = u"督察 tester · ws-01 · 2026-11-23 10:00"_s;
        auto clip = ClipExporter::exportRange(m_a, from, to, markedPath, o);
        QVERIFY2(clip.ok(), qPrintable(errorOf(clip)));
        const QList<DecodedFrame> plain = decodeAll(plainPath, true);
        const QList<DecodedFrame> marked = decodeAll(markedPath, true);
        QCOMPARE(stampsOf(marked), stampsOf(plain));
        for (int i = 0; i < marked.size(); i += 10) {
            // The text sits at the bottom right: that corner differs, the top row does not.
            const QRect corner(marked[i].picture.width() / 2, marked[i].picture.height() - 30,
                               marked[i].picture.width() / 2, 30);
            qint64 difference = 0;
            for (int y = corner.top(); y <= corner.bottom(); ++y)
                for (int x = corner.left(); x <= corner.right(); ++x)
                    difference += qAbs(qGray(marked[i].picture.pixel(x, y)) -
                                       qGray(plain[i].picture.pixel(x, y)));
            QVERIFY2(difference / (corner.width() * corner.height()) > 4,
                     qPrintable(u"frame %1: no watermark"_s.arg(i)));
        }
        QCOMPARE(ClipExporter::verify(markedPath)->value(u"watermark"_s).toString(),
                 o.burnedWatermark);
    }

    void cancelLeavesNothingBehind()
    {
        const QString out = m_dir.filePath(u"cancelled.mkv"_s);
        auto o = options(ClipExporter::Mode::Exact);
        int calls = 0;
        o.progress = [&](int percent) {
            ++calls;
            return percent < 30;
        };
        auto clip = ClipExporter::exportRange(m_a, m_a[0].startMs, m_a[6].endMs, out, o);
        QVERIFY(!clip.ok());
        QCOMPARE(clip.error().code, u"cancelled"_s);
        QVERIFY(calls > 0);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
        QVERIFY(!QFile::exists(ClipExporter::manifestPath(out)));
    }

    void aChangedClipFailsVerification()
    {
        const QString out = m_dir.filePath(u"tampered.mkv"_s);
        QVERIFY(ClipExporter::exportRange(m_a, m_a[1].startMs, m_a[2].endMs, out, options()).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char byte = f.peek(1).at(0);
        f.write(QByteArray(1, char(byte ^ 0x55)));
        f.close();
        auto verified = ClipExporter::verify(out);
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().message.contains(u"changed after export"_s));
        QVERIFY(!ClipExporter::verify(m_dir.filePath(u"nothing.mkv"_s)).ok());
    }

    void aRangeWithoutFootageIsAClearError()
    {
        auto none = ClipExporter::exportRange(m_a, m_a.constLast().endMs + 60000,
                                              m_a.constLast().endMs + 120000,
                                              m_dir.filePath(u"none.mkv"_s), options());
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(u"no recording"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.mkv"_s)));
        QVERIFY(!ClipExporter::exportRange(m_a, 2000, 1000, m_dir.filePath(u"x.mkv"_s), options())
                     .ok());
    }

    void damagedSegmentsAreReportedNotFatal()
    {
        // A truncated segment still gives what it holds; a garbage one is named in the error.
        QList<MediaSegment> segments = m_a.mid(1, 3);
        const QString truncated = m_dir.filePath(u"truncated.mkv"_s);
        QFile::copy(segments[1].path, truncated);
        QFile t(truncated);
        QVERIFY(t.resize(t.size() / 4));
        segments[1].path = truncated;
        auto partial = ClipExporter::exportRange(segments, segments[0].startMs, segments[2].endMs,
                                                 m_dir.filePath(u"p.mkv"_s),
                                                 options(ClipExporter::Mode::Exact));
        if (partial.ok()) {
            QVERIFY(partial->frames > 0);
            // What the truncated segment lost is reported, in the result and the manifest.
            QCOMPARE(partial->missingMs.size(), 1);
            const auto [fromMs, toMs] = partial->missingMs.constFirst();
            QVERIFY2(
                fromMs > segments[1].startMs && toMs <= segments[2].startMs + 100 &&
                    toMs - fromMs >= 500,
                qPrintable(
                    u"%1..%2"_s.arg(fromMs - segments[1].startMs).arg(toMs - segments[1].startMs)));
            const auto manifest = ClipExporter::verify(m_dir.filePath(u"p.mkv"_s));
            QVERIFY(manifest.ok());
            QCOMPARE(manifest->value(u"missing"_s).toArray().size(), 1);
        } else {
            QVERIFY(partial.error().message.contains(u"truncated.mkv"_s));
        }
        // Whole segments: nothing is missing.
        auto whole = ClipExporter::exportRange(m_a.mid(1, 3), m_a[1].startMs, m_a[3].endMs,
                                               m_dir.filePath(u"w.mkv"_s),
                                               options(ClipExporter::Mode::Exact));
        QVERIFY2(whole.ok(), qPrintable(errorOf(whole)));
        QVERIFY(whole->missingMs.isEmpty());

        const QString garbage = m_dir.filePath(u"garbage.mkv"_s);
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(100000, 'x'));
        g.close();
        segments[1].path = garbage;
        auto failed = ClipExporter::exportRange(segments, segments[1].startMs + 100,
                                                segments[2].endMs, m_dir.filePath(u"g.mkv"_s),
                                                options(ClipExporter::Mode::Exact));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u"garbage.mkv"_s),
                 qPrintable(failed.error().text()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"g.mkv"_s)));
    }

    void snapshotOfARecordedFrame()
    {
        const qint64 at = m_a[3].startMs + 250;
        auto frame = Snapshot::fromRecording(m_a, at);
        QVERIFY2(frame.ok(), qPrintable(frame.ok() ? QString() : frame.error().text()));
        QVERIFY(frame->timeMs >= at && frame->timeMs < at + 45);
        const QList<qint64> expected = stampsBetween(m_sourceA, at, at + 45);
        QCOMPARE(FrameStamp::read(frame->image), expected.constFirst());

        const QString path = m_dir.filePath(u"still.jpg"_s);
        QVERIFY(Snapshot::saveAs(frame->image, path,
                                 {u"cam-a"_s, u"一号机位"_s, u"tester"_s, frame->timeMs})
                    .ok());
        QCOMPARE(QImageReader(path).format(), QByteArray("jpeg"));
        const Snapshot::Metadata read = Snapshot::read(path);
        QCOMPARE(read.cameraId, u"cam-a"_s);
        QCOMPARE(read.cameraName, u"一号机位"_s);
        QCOMPARE(read.timeMs, frame->timeMs);
        QVERIFY(!Snapshot::fromRecording(m_a, m_a.constLast().endMs + 5000).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ClipExporter)
#include "tst_clipexporter.moc"
