// clipbench DIR FROM_MINUTE TO_MINUTE OUT [fast|exact]
// Cuts [FROM, TO) minutes out of the one-minute segments DIR/seg000.mkv … (a recording made
// by bench/clip-export.sh) with Jiandu's fast clip export and prints the time it took.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
#include <media/clipexporter.h>

using namespace Jiandu;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: clipbench DIR FROM_MINUTE TO_MINUTE OUT [fast|exact]\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const qint64 base = 1793491200000; // any wall-clock origin
    QList<MediaSegment> segments;
    const QStringList files = dir.entryList({QStringLiteral("seg*.mkv")}, QDir::Files, QDir::Name);
    for (int i = 0; i < files.size(); ++i)
        segments.append({QStringLiteral("bench"), base + i * 60000LL, base + (i + 1) * 60000LL,
                         dir.filePath(files[i]), 0, true});
    const qint64 from = base + qint64(std::atof(argv[2]) * 60000);
    const qint64 to = base + qint64(std::atof(argv[3]) * 60000);
    QElapsedTimer timer;
    timer.start();
    ClipExporter::Options options;
    options.operatorName = QStringLiteral("bench");
    if (argc > 5 && qstrcmp(argv[5], "exact") == 0)
        options.mode = ClipExporter::Mode::Exact;
    auto clip =
        ClipExporter::exportRange(segments, from, to, QString::fromLocal8Bit(argv[4]), options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!clip) {
        std::fprintf(stderr, "%s\n", qPrintable(clip.error().text()));
        return 1;
    }
    std::printf("%.3f\n", seconds);
    return 0;
}
