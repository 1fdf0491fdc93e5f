// A stretch of an interrogation's recording exported for the file: exactly the range asked
// for, its subtitles beside it from zero, burned into the picture when asked, a manifest
// verify() accepts naming the original and its hash; cancelled or refused, nothing is left.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <core/filehash.h>
#include <decodedframes.h>
#include <media/clipexporter.h>
#include <media/gstreamer.h>
#include <review/export/pairclipexport.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Review;

namespace {

Transcript said()
{
    Transcript t;
    t.segments = {{1000, 3000, u"你昨天晚上在哪里？"_s, u"民警"_s},
                  {3500, 6000, u"我在家，后来去了网吧。"_s, u"王五"_s},
                  {9000, 11000, u"你和谁在一起？"_s, u"民警"_s}};
    return t;
}

//! The length of \a path (from its last frame) and its picture at \a atMs.
std::pair<qint64, QImage> decoded(const QString &path, qint64 atMs)
{
    const QList<Testing::DecodedFrame> frames = Testing::decodeAll(path, true);
    QImage picture;
    for (const Testing::DecodedFrame &f : frames)
        if (picture.isNull() && f.ptsNs / 1000000 >= atMs)
            picture = f.picture;
    const qint64 last = frames.isEmpty() ? -1 : frames.constLast().ptsNs / 1000000 + 40;
    return {last, picture};
}

} // namespace

class TestPairClipExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_recording;

private Q_SLOTS:
    void initTestCase()
    {
        m_recording = m_dir.filePath(u"同录.mkv"_s);
        QVERIFY(Gst::runToEnd(
                    u"videotestsrc pattern=black num-buffers=375 "
                    "! video/x-raw,width=320,height=240,framerate=25/1 "
                    "! x264enc speed-preset=ultrafast key-int-max=50 ! h264parse "
                    "! matroskamux name=mux ! filesink location=%1 "
                    "audiotestsrc num-buffers=150 samplesperbuffer=1600 ! audio/x-raw,rate=16000 "
                    "! audioconvert ! vorbisenc ! mux."_s.arg(Gst::quoted(m_recording)),
                    60)
                    .ok());
    }

    void theSubtitlesStartAtTheClip()
    {
        const Transcript t = PairClipExport::shifted(said(), 2000, 10000);
        QCOMPARE(t.segments.size(), 3);
        QCOMPARE(t.segments[0].startMs, 0);
        QCOMPARE(t.segments[0].endMs, 1000);
        QCOMPARE(t.segments[1].startMs, 1500);
        QCOMPARE(t.segments[2].endMs, 8000);
    }

    void exactlyTheStretchWithItsManifest_data()
    {
        QTest::addColumn<bool>("burn");
        QTest::newRow("subtitles beside") << false;
        QTest::newRow("subtitles burned in") << true;
    }
    void exactlyTheStretchWithItsManifest()
    {
        QFETCH(bool, burn);
        PairClipExport::Request r;
        r.recording = m_recording;
        r.recordingSha256 = fileSha256(m_recording);
        r.fromMs = 2500; // between keyframes
        r.toMs = 7500;
        r.transcript = said();
        r.burnSubtitles = burn;
        r.outputPath = m_dir.filePath(burn ? u"burned.mp4"_s : u"clip.mp4"_s);
        r.operatorName = u"法制 李"_s;
        r.about =
            QJsonObject{{u"interrogation"_s, u"王五 第1次询问"_s}, {u"pairs"_s, QJsonArray{1}}};
        r.sealKey = "key";
        QList<double> progress;
        r.progress = [&](double f) {
            progress << f;
            return true;
        };
        const auto clip = PairClipExport::run(r);
        QVERIFY2(clip.ok(), qPrintable(clip ? QString() : clip.error().text()));
        QVERIFY(!progress.isEmpty());

        const auto [duration, picture] = decoded(clip->path, 1500);
        QVERIFY2(std::abs(duration - 5000) <= 80, qPrintable(QString::number(duration)));
        // The segment said at 3.5 s in the recording is at 1.0 s in the clip's subtitles.
        const auto subtitles = Transcript::read(clip->subtitlesPath);
        QVERIFY(subtitles.ok());
        QCOMPARE(subtitles->segments.size(), 2);
        QCOMPARE(subtitles->segments[1].startMs, 1000);
        QCOMPARE(subtitles->segments[1].text, u"我在家，后来去了网吧。"_s);
        // Burned in: the black picture carries light text at the bottom at 1.5 s (3.5–6 s said).
        int light = 0;
        for (int y = picture.height() * 2 / 3; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                light += qGray(picture.pixel(x, y)) > 128;
        QCOMPARE(light > 50, burn);

        const auto manifest = ClipExporter::verify(clip->path);
        QVERIFY2(manifest.ok(), qPrintable(manifest ? QString() : manifest.error().text()));
        QCOMPARE(manifest->value(u"source"_s).toObject().value(u"sha256"_s).toString(),
                 r.recordingSha256);
        QCOMPARE(manifest->value(u"requestedFromMs"_s).toInteger(), 2500);
        QCOMPARE(manifest->value(u"operator"_s).toString(), u"法制 李"_s);
        QCOMPARE(manifest->value(u"subtitles"_s).toObject().value(u"burnedIn"_s).toBool(), burn);
        QCOMPARE(manifest->value(u"subtitles"_s).toObject().value(u"sha256"_s).toString(),
                 fileSha256(clip->subtitlesPath));
        QCOMPARE(ClipExporter::checkSeal(*manifest, "key"), ClipExporter::Seal::Matches);
        QCOMPARE(fileSha256(m_recording), r.recordingSha256); // the original only read
    }

    void cancelledOrRefusedLeavesNothing()
    {
        PairClipExport::Request r;
        r.recording = m_recording;
        r.fromMs = 0;
        r.toMs = 14000;
        r.outputPath = m_dir.filePath(u"cancelled.mp4"_s);
        int calls = 0;
        r.progress = [&](double) {
            return ++calls < 2;
        };
        auto clip = PairClipExport::run(r);
        QCOMPARE(clip.error().code, u"cancelled"_s);
        QVERIFY(QDir(m_dir.path()).entryList({u"cancelled*"_s}).isEmpty());

        QVERIFY(calls >= 1);
        r.progress = {};
        r.outputPath = u"/dev/full"_s;
        QVERIFY(!PairClipExport::run(r).ok());
        r.outputPath = m_dir.filePath(u"x.mp4"_s);
        r.toMs = r.fromMs;
        QCOMPARE(PairClipExport::run(r).error().code, u"empty"_s);
        r.toMs = 1000;
        r.recording = m_dir.filePath(u"absent.mkv"_s);
        QCOMPARE(PairClipExport::run(r).error().code, u"missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestPairClipExport)
#include "tst_pairclipexport.moc"
