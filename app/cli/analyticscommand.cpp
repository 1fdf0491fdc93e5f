#include "analyticscommand.h"

#include <QJsonDocument>
#include <QMutex>
#include <QThreadPool>
#include <algorithm>
#include <analytics/health/diagnosis.h>
#include <atomic>
#include <csignal>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Jiandu::Analytics;

namespace Jiandu::Cli {

namespace {

std::atomic<bool> interrupted = false;

std::optional<int> number(const QString &text, int low, int high)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < low || v > high)
        return std::nullopt;
    return v;
}

QString humanReport(const Diagnosis &d)
{
    QString text = u"%1: %2 (%3 pictures %4×%5)\n"_s.arg(d.source, verdictName(d.overall))
                       .arg(d.pictures)
                       .arg(d.width)
                       .arg(d.height);
    for (const CheckResult &r : d.checks)
        text += u"  %1 %2 %3 — %4\n"_s.arg(checkName(r.check), -14)
                    .arg(verdictName(r.verdict), -12)
                    .arg(r.score, 4, 'f', 2)
                    .arg(r.detail);
    if (!d.shortBecause.isEmpty())
        text += u"  (%1)\n"_s.arg(d.shortBecause);
    return text;
}

int diagnoseSources(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"视频质量诊断: looks at a few pictures of each camera or recording and says whether "
        "the signal is lost or the picture covered, blurred, frozen, tinted, too dark or "
        "bright, noisy, or (with a reference view) moved. A fault is told when it holds for "
        "several pictures in a row. Exit code 1 when a source has a fault or gave no picture."_s);
    parser.addPositionalArgument(u"diagnose"_s, u"The action."_s);
    parser.addPositionalArgument(u"SOURCE"_s,
                                 u"rtsp:// address, recording or picture; several may be given."_s);
    const QCommandLineOption reference(
        u"reference"_s,
        u"The view as it should be (a picture, recording or camera): needed to tell a moved "
        "camera, and makes cover, blur and tint judged against the view's own look."_s,
        u"SOURCE"_s);
    const QCommandLineOption pictures(u"pictures"_s, u"Pictures looked at (2–100, default 5)."_s,
                                      u"N"_s, u"5"_s);
    const QCommandLineOption interval(u"interval"_s,
                                      u"Milliseconds between them in the source (default 1000)."_s,
                                      u"MS"_s, u"1000"_s);
    const QCommandLineOption timeout(u"timeout"_s,
                                     u"Seconds a source is given for its pictures (default 20)."_s,
                                     u"S"_s, u"20"_s);
    const QCommandLineOption keyframes(
        u"keyframes"_s,
        u"Decode key frames only (live cameras: far less processor time; the pictures are "
        "then at least a key-frame interval apart)."_s);
    const QCommandLineOption jobs(u"jobs"_s, u"Sources diagnosed at once (default 2)."_s, u"N"_s,
                                  u"2"_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON object a source, a line each."_s);
    parser.addOptions({reference, pictures, interval, timeout, keyframes, jobs, json});
    if (const int code = parseCommandLine(
            parser, arguments,
            u"analytics diagnose SOURCE… [--reference SOURCE] [--pictures N] [--interval MS] "
            "[--timeout S] [--keyframes] [--jobs N] [--json]"_s);
        code >= 0)
        return code;
    QStringList sources = parser.positionalArguments();
    sources.removeFirst();
    const auto count = number(parser.value(pictures), 2, 100);
    const auto every = number(parser.value(interval), 0, 3600000);
    const auto seconds = number(parser.value(timeout), 1, 3600);
    const auto parallel = number(parser.value(jobs), 1, 64);
    if (sources.isEmpty() || !count || !every || !seconds || !parallel) {
        printError(u"analytics diagnose needs at least one SOURCE; --pictures 2–100, --interval "
                   "0–3600000, --timeout 1–3600, --jobs 1–64."_s);
        return ExitUsage;
    }
    ReferenceView view;
    if (parser.isSet(reference)) {
        const auto taken = referenceFrom(parser.value(reference), *seconds * 1000);
        if (!taken) {
            printError(u"The reference view could not be read: "_s + taken.error().text());
            return ExitFailure;
        }
        view = *taken;
    }
    std::signal(SIGINT, [](int) { interrupted = true; });
    std::signal(SIGTERM, [](int) { interrupted = true; });

    DiagnosisOptions options;
    options.pictures = *count;
    options.intervalMs = *every;
    options.timeoutMs = *seconds * 1000;
    options.keyframesOnly = parser.isSet(keyframes);
    options.cancelled = [] {
        return interrupted.load();
    };
    std::vector<Diagnosis> results(size_t(sources.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(*parallel);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        pool.start([&, i] {
            // Made once, on demand: a fault holds in every picture compared (three at most), a
            // source that gives nothing has lost its signal.
            CameraHealth health(std::clamp(*count - 1, 1, 3), 3, 1);
            health.setReference(view);
            results[size_t(i)] = diagnose(sources[i], options, health);
        });
    }
    pool.waitForDone();
    if (interrupted) {
        printError(u"Interrupted."_s);
        return ExitFailure;
    }
    bool healthy = true;
    for (const Diagnosis &d : results) {
        if (parser.isSet(json))
            printOut(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
        else
            printOut(humanReport(d).trimmed());
        healthy = healthy && d.overall != HealthVerdict::Fault && d.pictures > 0;
    }
    return healthy ? ExitOk : ExitFailure;
}

int dispatch(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == u"diagnose"_s)
        return diagnoseSources(arguments);
    if (action == u"--help"_s || action == u"-h"_s) {
        printOut(u"Usage: jiandu-cli analytics diagnose …\n"
                 "diagnose SOURCE… [--reference SOURCE] [--json]: camera health (signal, cover, "
                 "blur, freeze, tint, light, noise, a moved view).\n"
                 "Run `jiandu-cli analytics ACTION --help` for an action's options."_s);
        return ExitOk;
    }
    printError(u"analytics: give an action: diagnose."_s);
    return ExitUsage;
}

} // namespace

Command analyticsCommand()
{
    return {u"analytics"_s, u"Video analytics: camera health diagnosis."_s, dispatch};
}

} // namespace Jiandu::Cli
