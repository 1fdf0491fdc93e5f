// Click-to-seek on a local interrogation recording (see bench/README.md): the time from the
// seek to the first picture at the new position, paused and while playing, for the review
// screen's player; the peer in the same run is ffmpeg decoding one frame at each position
// (-ss before -i: its fast keyframe seek, then decoding to the frame).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <media/fileplayer.h>
#include <media/gstreamer.h>

using namespace Qt::StringLiterals;
using namespace Jiandu;

namespace {

bool make(const QString &path, int minutes)
{
    return Gst::runToEnd(u"videotestsrc pattern=ball num-buffers=%1 ! "
                         u"video/x-raw,width=1280,height=720,framerate=25/1 "
                         "! timeoverlay ! x264enc speed-preset=veryfast key-int-max=50 "
                         "bitrate=1500 ! h264parse "
                         "! mp4mux name=mux faststart=true ! filesink location=%2 "
                         "audiotestsrc wave=pink-noise num-buffers=%3 samplesperbuffer=1600 ! "
                         "audio/x-raw,rate=16000 "
                         "! audioconvert ! avenc_aac ! mux."_s.arg(minutes * 60 * 25)
                             .arg(Gst::quoted(path))
                             .arg(minutes * 60 * 10),
                         3600)
        .ok();
}

struct Stats
{
    QList<double> ms;
    QString line(const char *name) const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return u"| %1 | %2 ms | %3 ms | %4 ms |"_s.arg(QLatin1StringView(name))
            .arg(s[s.size() / 2], 0, 'f', 1)
            .arg(s[int(s.size() * 0.95)], 0, 'f', 1)
            .arg(s.constLast(), 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seeks(u"seeks"_s, u"Seeks per mode (default 50)."_s, u"N"_s, u"50"_s);
    const QCommandLineOption minutes(u"minutes"_s, u"Length of the recording (default 10)."_s,
                                     u"MIN"_s, u"10"_s);
    parser.addOptions({seeks, minutes});
    parser.process(app);
    Gst::ensureInitialized();
    QTemporaryDir dir(u"/var/tmp/seekbench-XXXXXX"_s);
    const QString file = dir.filePath(u"interrogation.mp4"_s);
    const int length = parser.value(minutes).toInt();
    std::fprintf(stderr, "making a %d-minute 720p recording…\n", length);
    if (!make(file, length))
        return 1;

    FilePlayer player;
    FilePlayer::Options options;
    options.audioSink = u"fakesink sync=true"_s;
    QEventLoop loop;
    QObject::connect(&player, &FilePlayer::opened, &loop, &QEventLoop::quit);
    player.open(file, options);
    loop.exec();
    const qint64 duration = player.durationMs();
    QList<qint64> targets;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < parser.value(seeks).toInt(); ++i)
        targets << random->bounded(qint64(1000), duration - 2000);

    auto measure = [&](bool playing) {
        Stats stats;
        if (playing)
            player.play();
        for (const qint64 target : std::as_const(targets)) {
            QElapsedTimer timer;
            QEventLoop wait;
            const auto c =
                QObject::connect(&player, &FilePlayer::frame, [&](const QImage &, qint64 at) {
                    if (at >= target - 1 && at < target + 1000)
                        wait.quit();
                });
            QTimer::singleShot(10000, &wait, &QEventLoop::quit);
            timer.start();
            player.seek(target);
            wait.exec();
            stats.ms << timer.nsecsElapsed() / 1e6;
            QObject::disconnect(c);
            if (playing)
                QThread::msleep(200); // heard a moment, as a reviewer does
        }
        player.pause();
        return stats;
    };
    const Stats paused = measure(false);
    const Stats playing = measure(true);

    Stats ffmpeg;
    for (const qint64 target : std::as_const(targets)) {
        QElapsedTimer timer;
        timer.start();
        QProcess::execute(u"ffmpeg"_s,
                          {u"-v"_s, u"error"_s, u"-ss"_s, QString::number(target / 1000.0, 'f', 3),
                           u"-i"_s, file, u"-frames:v"_s, u"1"_s, u"-f"_s, u"null"_s, u"-"_s});
        ffmpeg.ms << timer.nsecsElapsed() / 1e6;
    }
    std::printf("recording: %d min, 1280×720 H.264 25 fps, keyframe every 2 s, AAC; %lld seeks "
                "each\n\n| seek | median | p95 | max |\n|---|---|---|---|\n%s\n%s\n%s\n",
                length, qint64(targets.size()), paused.line("Jiandu, paused").toUtf8().constData(),
                playing.line("Jiandu, playing").toUtf8().constData(),
                ffmpeg.line("ffmpeg -ss … -frames:v 1 (process per seek)").toUtf8().constData());
    return 0;
}
