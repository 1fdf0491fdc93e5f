// 视频刻录 of a stay: a subject's rooms from the positions, each filmed by its room's camera,
// one after another in one file — the corridor no camera watches left out and said — with a
// caption per stretch, then the disc image holding it with a README of SHA-256s.
#include "decodedframes.h"
#include "recordedfootage.h"
#include "simulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <casearea/trajectory/discimage.h>
#include <casearea/trajectory/trajectoryvideo.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;
using Jiandu::Testing::decodeAll;
using Jiandu::Testing::recordFootage;
using Jiandu::Testing::Simulator;

namespace {
const QByteArray kPlan = R"({"site": "测试所", "area": "办案区", "width": 12, "height": 5,
  "rooms": [
    {"id": "A", "name": "讯问室一", "type": "interrogation",
     "outline": [[0,0],[5,0],[5,5],[0,5]], "cameras": ["cam-a"]},
    {"id": "C", "name": "通道", "type": "corridor", "outline": [[5,0],[7,0],[7,5],[5,5]]},
    {"id": "B", "name": "候问室一", "type": "waiting",
     "outline": [[7,0],[12,0],[12,5],[7,5]], "cameras": ["cam-b"]}]})";

QList<PositionFix> walk(qint64 fromMs)
{
    // 3 s in A, 2 s in the corridor, 3 s in B, a position every 200 ms.
    QList<PositionFix> fixes;
    for (qint64 t = 0; t < 8000; t += 200) {
        PositionFix fix;
        fix.tag = u"B-01"_s;
        fix.sourceMs = fix.receiveMs = fromMs + t;
        fix.hasPoint = true;
        fix.point = t < 3000 ? QPointF(2.5, 2.5) : t < 5000 ? QPointF(6, 2.5) : QPointF(9.5, 2.5);
        fix.accuracy = 0.5;
        fixes.append(fix);
    }
    return fixes;
}

QString isoListing(const QString &iso, QString *readme)
{
    QProcess list;
    list.start(u"xorriso"_s, {u"-indev"_s, iso, u"-ls"_s, u"/"_s});
    list.waitForFinished(30000);
    QTemporaryDir out;
    QProcess extract;
    extract.start(u"xorriso"_s, {u"-osirrox"_s, u"on"_s, u"-indev"_s, iso, u"-extract"_s,
                                 u"/README.txt"_s, out.filePath(u"README.txt"_s)});
    extract.waitForFinished(30000);
    QFile file(out.filePath(u"README.txt"_s));
    if (file.open(QIODevice::ReadOnly))
        *readme = QString::fromUtf8(file.readAll());
    return QString::fromUtf8(list.readAllStandardOutput());
}
} // namespace

class TestTrajectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<MediaSegment> m_a, m_b;

private Q_SLOTS:
    void initTestCase()
    {
        Simulator sim(2, 320, 180);
        const auto footage = recordFootage(sim, m_dir.path(), {u"cam-a"_s, u"cam-b"_s}, 11);
        m_a = footage[0];
        m_b = footage[1];
        QVERIFY(m_a.size() >= 11 && m_b.size() >= 11);
    }

    void theStayIsFilmedRoomByRoomAndTheCorridorIsSaid()
    {
        const auto plan = FloorPlan::fromJson(kPlan);
        QVERIFY(plan.ok());
        const PlaceThresholds thresholds = PlaceThresholds::fromJson({{u"dwellSeconds"_s, 1}});
        const qint64 start = std::max(m_a[1].startMs, m_b[1].startMs);
        const QList<RoomStretch> stretches =
            StayTrajectory::rooms(*plan, thresholds, walk(start), u"B-01"_s, start, start + 8000);
        QCOMPARE(stretches.size(), 3);
        QCOMPARE(stretches[0].roomId, u"A"_s);
        QCOMPARE(stretches[1].roomId, u"C"_s);
        QCOMPARE(stretches[2].roomId, u"B"_s);
        QCOMPARE(StayTrajectory::dwell(stretches).value(u"C"_s), 2000);

        const QString out = m_dir.filePath(u"轨迹.mkv"_s);
        ClipExporter::Options options;
        options.mode = ClipExporter::Mode::Exact;
        options.operatorName = u"法制员"_s;
        const TrajectoryVideo::Subject subject{u"王某强"_s, u"RQ1"_s, u"A440106"_s};
        auto made = TrajectoryVideo::make(
            *plan, stretches, subject,
            [this](const QString &camera, qint64, qint64) -> Result<QList<MediaSegment>> {
                return camera == u"cam-a"_s ? m_a : m_b;
            },
            out, options);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().text()));
        QCOMPARE(made->parts.size(), 2);
        QCOMPARE(made->parts[0].cameraId, u"cam-a"_s);
        QCOMPARE(made->parts[1].cameraId, u"cam-b"_s);
        QCOMPARE(made->unfilmed.size(), 1);
        QCOMPARE(made->unfilmed[0].roomId, u"C"_s);

        // Six seconds of footage, not the eight of the stay: the corridor is not in it.
        const auto frames = decodeAll(out);
        QVERIFY(frames.size() > 50);
        const double seconds = double(frames.constLast().ptsNs - frames.constFirst().ptsNs) / 1e9;
        QVERIFY2(seconds > 5.5 && seconds < 6.5, qPrintable(QString::number(seconds)));
        const auto manifest = ClipExporter::verify(out);
        QVERIFY(manifest.ok());
        const QJsonArray ranges = manifest->value(u"ranges"_s).toArray();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[1].toObject().value(u"camera"_s).toString(), u"cam-b"_s);

        // A caption per stretch, the second beginning where the first ends.
        QFile srt(made->captionsPath);
        QVERIFY(srt.open(QIODevice::ReadOnly));
        const QString captions = QString::fromUtf8(srt.readAll());
        QVERIFY2(captions.contains(u"讯问室一"_s) && captions.contains(u"候问室一"_s) &&
                     captions.contains(u"王某强"_s) && !captions.contains(u"通道"_s),
                 qPrintable(captions));
        QVERIFY2(captions.contains(u"\n2\n00:00:02,9"_s) || captions.contains(u"\n2\n00:00:03,0"_s),
                 qPrintable(captions));

        // The disc: the video, its manifest, its captions and a README with their SHA-256.
        DiscImage::Content content{out, {made->captionsPath}, u"王某强 轨迹视频"_s, u"RQ1"_s};
        const QString iso = m_dir.filePath(u"disc.iso"_s);
        auto written = DiscImage::write(content, iso);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        QString readme;
        const QString listing = isoListing(iso, &readme);
        QVERIFY2(listing.contains(u"轨迹.mkv"_s) && listing.contains(u"轨迹.mkv.manifest.json"_s) &&
                     listing.contains(u"轨迹.mkv.srt"_s),
                 qPrintable(listing));
        QVERIFY2(readme.contains(manifest->value(u"sha256"_s).toString()), qPrintable(readme));
        QVERIFY(!QFileInfo::exists(iso + u".partial"_s));
        QCOMPARE(QDir(m_dir.path()).entryList({u".disc-*"_s}, QDir::AllEntries | QDir::Hidden),
                 QStringList{});
    }

    void aRoomWhoseCameraRecordedNothingIsNamedNotFatal()
    {
        const auto plan = FloorPlan::fromJson(kPlan);
        const qint64 start = std::max(m_a[1].startMs, m_b[1].startMs);
        const QList<RoomStretch> stretches{{u"A"_s, start, start + 3000},
                                           {u"B"_s, start + 3000, start + 6000}};
        // Camera b was down: nothing of it in the index.
        auto made =
            TrajectoryVideo::make(*plan, stretches, {u"王某强"_s, {}, {}},
                                  [this](const QString &camera, qint64, qint64) {
                                      return Result<QList<MediaSegment>>(
                                          camera == u"cam-a"_s ? m_a : QList<MediaSegment>{});
                                  },
                                  m_dir.filePath(u"half.mkv"_s), {});
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().text()));
        QCOMPARE(made->parts.size(), 1);
        QCOMPARE(made->unrecorded.size(), 1);
        QCOMPARE(made->unrecorded[0].cameraId, u"cam-b"_s);
        const auto frames = decodeAll(made->clip.path);
        const double seconds = double(frames.constLast().ptsNs - frames.constFirst().ptsNs) / 1e9;
        QVERIFY2(seconds > 2 && seconds < 4.2, qPrintable(QString::number(seconds)));
    }

    void badRequestsAreRefusedInWords()
    {
        const auto plan = FloorPlan::fromJson(kPlan);
        // Only in the corridor: nothing to film.
        const QList<RoomStretch> corridor{{u"C"_s, 1000, 9000}};
        auto none =
            TrajectoryVideo::make(*plan, corridor, {u"王某强"_s, {}, {}},
                                  [](const QString &, qint64, qint64) {
                                      return Result<QList<MediaSegment>>(QList<MediaSegment>{});
                                  },
                                  m_dir.filePath(u"none.mkv"_s), {});
        QCOMPARE(none.error().code, u"no-footage"_s);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"none.mkv"_s)));

        // A video without its manifest, a device as the image.
        QFile bare(m_dir.filePath(u"bare.mkv"_s));
        QVERIFY(bare.open(QIODevice::WriteOnly));
        bare.write("not a video");
        bare.close();
        auto unproven =
            DiscImage::write({bare.fileName(), {}, u"x"_s, u"x"_s}, m_dir.filePath(u"bare.iso"_s));
        QVERIFY(!unproven.ok());
        QVERIFY2(unproven.error().message.contains(u"manifest"_s),
                 qPrintable(unproven.error().message));
        auto device = DiscImage::write({bare.fileName(), {}, u"x"_s, u"x"_s}, u"/dev/null"_s);
        QCOMPARE(device.error().code, u"not-regular"_s);
    }
};

QTEST_GUILESS_MAIN(TestTrajectory)
#include "tst_trajectory.moc"
