// The labelled set: clips of made-up rooms and of the photographs OpenCV's examples ship, each
// healthy (day, infrared night) or with one fault (covered, blurred, frozen, tinted, dark,
// bright, noisy, moved) at a random strength, encoded as a camera would (H.264 in Matroska),
// then diagnosed as a recording with the view's reference. Prints precision and recall per
// fault and the false alarms on healthy clips.
// Usage: healthaccuracy WORKDIR [--photos DIR] [--clips N]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <analytics/health/diagnosis.h>
#include <analytics/testing/faultyviews.h>
#include <cstdio>
#include <ctime>
#include <map>
#include <media/gstreamer.h>
#include <opencv2/imgproc.hpp>

using namespace Qt::StringLiterals;
using namespace Jiandu;
using namespace Jiandu::Analytics;
using namespace Jiandu::Analytics::Testing;

namespace {

constexpr int kFrames = 10; // at 2 per second: five pictures a second apart
const cv::Size kView{640, 360};

double threadSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

//! A photograph as a scene, or empty when it cannot be read.
cv::Mat photoScene(const QString &path)
{
    QImage image(path);
    if (image.isNull() || image.width() < 256 || image.height() < 256)
        return {};
    image = image.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(image.height(), image.width(), CV_8UC3, image.bits(), image.bytesPerLine())
        .clone();
}

std::optional<HealthCheck> checkOf(ViewKind kind)
{
    switch (kind) {
    case ViewKind::Day:
    case ViewKind::Night:
        return std::nullopt;
    case ViewKind::Covered:
        return HealthCheck::Covered;
    case ViewKind::Blurred:
        return HealthCheck::Blur;
    case ViewKind::Frozen:
        return HealthCheck::Frozen;
    case ViewKind::ColourCast:
        return HealthCheck::ColourCast;
    case ViewKind::Dark:
        return HealthCheck::Dark;
    case ViewKind::Bright:
        return HealthCheck::Bright;
    case ViewKind::Noisy:
        return HealthCheck::Noise;
    case ViewKind::Moved:
        return HealthCheck::Moved;
    }
    return std::nullopt;
}

//! \a frames (BGR, the view's size) as H.264 in Matroska at 2 a second; empty, or why not.
QString encode(const std::vector<cv::Mat> &frames, const QString &path, const QDir &work)
{
    const QString raw = work.filePath(u"frames.bgr"_s);
    QFile out(raw);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    for (const cv::Mat &frame : frames)
        out.write(reinterpret_cast<const char *>(frame.data), qint64(frame.total() * 3));
    out.close();
    const auto made = Gst::runToEnd(
        u"filesrc location=%1 ! rawvideoparse width=%2 height=%3 format=bgr framerate=2/1 "
        "! videoconvert ! x264enc speed-preset=veryfast key-int-max=10 bitrate=1500 "
        "! matroskamux ! filesink location=%4"_s.arg(Gst::quoted(raw))
            .arg(kView.width)
            .arg(kView.height)
            .arg(Gst::quoted(path)),
        120);
    return made ? QString() : made.error().text();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: healthaccuracy WORKDIR [--photos DIR] [--clips N]\n");
        return 2;
    }
    const QDir work(args[1]);
    QDir().mkpath(work.path());
    QStringList photos;
    int clips = 400;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--photos"_s) {
            const QDir dir(args[i + 1]);
            for (const QString &name :
                 dir.entryList({u"*.jpg"_s, u"*.png"_s}, QDir::Files, QDir::Name))
                photos << dir.filePath(name);
        } else if (args[i] == u"--clips"_s) {
            clips = args[i + 1].toInt();
        }
    }
    std::vector<cv::Mat> photoScenes;
    std::vector<QString> photoNames;
    for (const QString &path : std::as_const(photos))
        if (cv::Mat scene = photoScene(path); !scene.empty()) {
            photoScenes.push_back(scene);
            photoNames.push_back(QFileInfo(path).fileName());
        }
    Gst::ensureInitialized();

    // Of every 40 clips: 10 by day, 6 at night, 3 of each fault.
    std::vector<ViewKind> plan;
    for (int i = 0; i < 10; ++i)
        plan.push_back(ViewKind::Day);
    for (int i = 0; i < 6; ++i)
        plan.push_back(ViewKind::Night);
    for (int k = int(ViewKind::Covered); k < kViewKinds; ++k)
        for (int i = 0; i < 3; ++i)
            plan.push_back(ViewKind(k));

    struct Tally
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
    };
    std::map<int, Tally> tally;
    std::map<int, std::pair<int, int>> healthy; // kind → (clips, with any alarm)
    QStringList mistakes;
    double cpu = 0;
    QRandomGenerator random(20261207);
    for (int clip = 0; clip < clips; ++clip) {
        const ViewKind kind = plan[size_t(clip) % plan.size()];
        const quint64 seed = quint64(clip) + 1;
        const bool photo = !photoScenes.empty() && clip % 2 == 0;
        const cv::Mat scene = photo ? photoScenes[size_t(clip / 2) % photoScenes.size()]
                                    : drawScene({960, 540}, seed);
        const double strength = random.generateDouble();
        // The frames encoded as a camera sends them; the reference view taken from the
        // camera's stream the same way, on a healthy day.
        const QString path = work.filePath(u"clip.mkv"_s);
        const QString referencePath = work.filePath(u"reference.mkv"_s);
        std::vector<cv::Mat> frames;
        for (int picture = 0; picture < kFrames; ++picture)
            frames.push_back(renderView(scene, {kind, picture, kView, strength, seed}));
        if (const QString error = encode(frames, path, work); !error.isEmpty()) {
            std::fprintf(stderr, "encoding failed: %s\n", qPrintable(error));
            return 1;
        }
        if (const QString error = encode({referenceView(scene, kView)}, referencePath, work);
            !error.isEmpty()) {
            std::fprintf(stderr, "encoding failed: %s\n", qPrintable(error));
            return 1;
        }
        const auto reference = referenceFrom(referencePath);
        if (!reference) {
            std::fprintf(stderr, "no reference: %s\n", qPrintable(reference.error().text()));
            return 1;
        }
        CameraHealth health;
        health.setReference(*reference);
        const double before = threadSeconds();
        const Diagnosis d = diagnose(path, {}, health);
        cpu += threadSeconds() - before;

        const auto expected = checkOf(kind);
        QStringList alarms;
        for (const CheckResult &r : d.checks) {
            const bool fault = r.verdict == HealthVerdict::Fault;
            if (fault)
                alarms << checkKey(r.check) + u": "_s + r.detail;
            if (r.check == HealthCheck::Signal)
                continue;
            Tally &t = tally[int(r.check)];
            if (fault && expected == r.check)
                ++t.truePositive;
            else if (fault)
                ++t.falsePositive;
            else if (expected == r.check)
                ++t.falseNegative;
        }
        if (!expected) {
            auto &[count, alarmed] = healthy[int(kind)];
            ++count;
            alarmed += alarms.isEmpty() ? 0 : 1;
        }
        const bool right = expected ? alarms.size() == 1 && d.checks.at(int(*expected)).verdict ==
                                                                HealthVerdict::Fault
                                    : alarms.isEmpty();
        if (!right)
            mistakes << u"clip %1 %2 (%3, strength %4): %5"_s.arg(clip)
                                .arg(QString::fromLatin1(viewKindKey(kind)),
                                     photo ? photoNames[size_t(clip / 2) % photoNames.size()]
                                           : u"drawn"_s)
                                .arg(strength, 0, 'f', 2)
                                .arg(alarms.isEmpty() ? u"nothing found"_s : alarms.join(u"; "_s)) +
                            (expected ? u" — "_s + checkKey(*expected) + u": "_s +
                                            verdictKey(d.checks.at(int(*expected)).verdict) +
                                            u", "_s + d.checks.at(int(*expected)).detail
                                      : QString());
    }
    QFile::remove(work.filePath(u"frames.bgr"_s));

    std::printf("%d clips (%d photographs, %d drawn rooms), 5 pictures each, with reference "
                "view\n",
                clips, photoScenes.empty() ? 0 : (clips + 1) / 2,
                photoScenes.empty() ? clips : clips / 2);
    std::printf("%-14s %6s %6s %6s %10s %8s\n", "fault", "TP", "FP", "FN", "precision", "recall");
    QJsonObject summary;
    for (int k = int(ViewKind::Covered); k < kViewKinds; ++k) {
        const HealthCheck check = *checkOf(ViewKind(k));
        const Tally t = tally[int(check)];
        const double precision = t.truePositive + t.falsePositive
                                     ? double(t.truePositive) / (t.truePositive + t.falsePositive)
                                     : 0;
        const double recall = t.truePositive + t.falseNegative
                                  ? double(t.truePositive) / (t.truePositive + t.falseNegative)
                                  : 0;
        std::printf("%-14s %6d %6d %6d %10.3f %8.3f\n", qPrintable(checkKey(check)), t.truePositive,
                    t.falsePositive, t.falseNegative, precision, recall);
        summary.insert(checkKey(check),
                       QJsonObject{{u"precision"_s, precision}, {u"recall"_s, recall}});
    }
    for (const ViewKind kind : {ViewKind::Day, ViewKind::Night}) {
        const auto [count, alarmed] = healthy[int(kind)];
        std::printf("healthy %-6s %d clips, %d with a false alarm (%.2f %%)\n", viewKindKey(kind),
                    count, alarmed, count ? 100.0 * alarmed / count : 0.0);
        summary.insert(u"falseAlarm-"_s + QString::fromLatin1(viewKindKey(kind)),
                       count ? double(alarmed) / count : 0.0);
    }
    std::printf("diagnosis CPU: %.1f ms a clip (decoding included)\n", 1000 * cpu / clips);
    summary.insert(u"cpuMsPerClip"_s, 1000 * cpu / clips);
    for (const QString &m : std::as_const(mistakes))
        std::fprintf(stderr, "%s\n", qPrintable(m));
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
