// trajectorybench DIR OUT [ROOMS] [MINUTES_PER_ROOM]
// 视频刻录 of a long stay: a subject ROOMS rooms one after another (default 8), MINUTES_PER_ROOM
// in each (default 45: six hours), each room filmed by its own camera. The cameras' recordings
// are the one-minute segments DIR/seg000.mkv … (made by bench/casearea-trajectory.sh), each
// camera's at the time the subject was in its room. Prints the seconds TrajectoryVideo::make
// (the client's and jiandu-cli's code: stream copy, manifest, captions) took.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <casearea/trajectory/trajectoryvideo.h>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::CaseArea;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: trajectorybench DIR OUT [ROOMS] [MINUTES_PER_ROOM]\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int rooms = argc > 3 ? std::atoi(argv[3]) : 8;
    const int minutes = argc > 4 ? std::atoi(argv[4]) : 45;
    const QStringList files = dir.entryList({u"seg*.mkv"_s}, QDir::Files, QDir::Name);
    if (files.size() < minutes || rooms < 1) {
        std::fprintf(stderr, "%s holds %lld one-minute segments; %d are needed\n", argv[1],
                     static_cast<long long>(files.size()), minutes);
        return 2;
    }
    // A row of rooms along a corridor, each with its camera.
    FloorPlan plan;
    plan.width = rooms * 4.0;
    plan.height = 4;
    QList<RoomStretch> stretches;
    const qint64 base = 1793491200000; // any wall-clock origin
    const qint64 perRoomMs = minutes * 60000LL;
    for (int r = 0; r < rooms; ++r) {
        Room room;
        room.id = u"R%1"_s.arg(r + 1);
        room.name = u"讯问室%1"_s.arg(r + 1);
        room.type = RoomType::Interrogation;
        room.outline = {{r * 4.0, 0}, {r * 4.0 + 4, 0}, {r * 4.0 + 4, 4}, {r * 4.0, 4}};
        room.cameras = {u"cam-%1"_s.arg(r + 1)};
        plan.rooms.append(room);
        stretches.append({room.id, base + r * perRoomMs, base + (r + 1) * perRoomMs});
    }
    // Each camera recorded the minutes the subject was in its room.
    const auto footage = [&](const QString &camera, qint64, qint64) {
        const qint64 start = base + (camera.mid(4).toInt() - 1) * perRoomMs;
        QList<MediaSegment> segments;
        for (int i = 0; i < minutes; ++i)
            segments.append({camera, start + i * 60000LL, start + (i + 1) * 60000LL,
                             dir.filePath(files[i]), 0, true});
        return Result<QList<MediaSegment>>(segments);
    };
    ClipExporter::Options options;
    options.operatorName = u"bench"_s;
    QElapsedTimer timer;
    timer.start();
    auto made = TrajectoryVideo::make(plan, stretches, {u"王某"_s, u"RQ1"_s, u"A1"_s}, footage,
                                      QString::fromLocal8Bit(argv[2]), options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().text()));
        return 1;
    }
    std::printf("%.3f %d\n", seconds, made->clip.frames);
    return 0;
}
