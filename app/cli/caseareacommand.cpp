#include "caseareacommand.h"

#include "exportsupport.h"
#include "rulescommand.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <casearea/tracking/areasimulation.h>
#include <casearea/tracking/placereplay.h>
#include <casearea/trajectory/discimage.h>
#include <casearea/trajectory/trajectoryvideo.h>
#include <cmath>
#include <core/boundedfile.h>
#include <core/localtime.h>
#include <rules/eventfeed.h>
#include <rules/ruleset.h>
#include <storage/localcache.h>
#include <storage/segmentrepository.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

constexpr qint64 kMaxInput = 1LL << 30;

std::optional<CaseArea::FloorPlan> loadPlan(const QCommandLineParser &parser)
{
    auto plan = CaseArea::FloorPlan::load(parser.value(u"plan"_s));
    if (!plan) {
        printError(plan.error().text());
        return std::nullopt;
    }
    return std::move(plan).value();
}

//! The defaults, or the --thresholds file's.
std::optional<CaseArea::PlaceThresholds> loadThresholds(const QCommandLineParser &parser)
{
    CaseArea::PlaceThresholds thresholds;
    if (parser.isSet(u"thresholds"_s)) {
        const auto text = BoundedFile::read(parser.value(u"thresholds"_s), 1 << 20);
        QJsonParseError error;
        const QJsonDocument doc = text ? QJsonDocument::fromJson(*text, &error) : QJsonDocument();
        if (!text || !doc.isObject()) {
            printError(u"%1: not a JSON object of place-rule thresholds%2"_s.arg(
                parser.value(u"thresholds"_s),
                text ? u" ("_s + error.errorString() + u')' : u": "_s + text.error().text()));
            return std::nullopt;
        }
        thresholds = CaseArea::PlaceThresholds::fromJson(doc.object());
    }
    return thresholds;
}

//! The --positions file's fixes; the lines refused are said on standard error.
std::optional<CaseArea::PlaceReplay::Positions> loadPositions(const QCommandLineParser &parser)
{
    // Read whole and bounded: a pipe or a device is refused, not waited on.
    const QString positionsPath = parser.value(u"positions"_s);
    auto positionsText = BoundedFile::read(positionsPath, kMaxInput);
    if (!positionsText) {
        printError(positionsText.error().text());
        return std::nullopt;
    }
    QBuffer positionsBuffer(&positionsText.value());
    positionsBuffer.open(QIODevice::ReadOnly);
    const auto positions = CaseArea::PlaceReplay::readPositions(positionsBuffer, positionsPath);
    for (const QString &error : positions.errors)
        printError(error);
    return positions;
}

int replay(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"plan"_s) || !parser.isSet(u"positions"_s) ||
        !parser.isSet(u"alerts-out"_s)) {
        printError(u"replay needs --plan PLAN, --positions FILE.jsonl and --alerts-out FILE"_s);
        return ExitUsage;
    }
    const auto plan = loadPlan(parser);
    if (!plan)
        return ExitFailure;
    // The shipped catalogue unless another rule file is named.
    const QString rulesPath =
        parser.isSet(u"rules"_s) ? parser.value(u"rules"_s) : u":/cli/rules/catalogue.json"_s;
    const auto rules = RuleSet::load(rulesPath);
    if (!rules) {
        printError(rules.error().message);
        return ExitFailure;
    }
    const auto thresholdsRead = loadThresholds(parser);
    const auto positions = thresholdsRead ? loadPositions(parser) : std::nullopt;
    if (!positions)
        return ExitFailure;
    const CaseArea::PlaceThresholds &thresholds = *thresholdsRead;
    QList<RuleEvent> journey;
    qsizetype journeyErrors = 0;
    if (parser.isSet(u"journey"_s)) {
        const QString journeyPath = parser.value(u"journey"_s);
        auto journeyText = BoundedFile::read(journeyPath, kMaxInput);
        if (!journeyText) {
            printError(journeyText.error().text());
            return ExitFailure;
        }
        QBuffer journeyBuffer(&journeyText.value());
        journeyBuffer.open(QIODevice::ReadOnly);
        const EventFeed::Batch batch = EventFeed::read(journeyBuffer, journeyPath);
        for (const QString &error : batch.errors)
            printError(error);
        journeyErrors = batch.errors.size();
        journey = batch.events;
    }

    const auto outcome = CaseArea::PlaceReplay::run(*plan, thresholds, positions->fixes, journey);
    RuleEngine engine(*rules);
    QList<AlertChange> changes = engine.process(outcome.events, outcome.lastMs);
    changes += engine.advanceTo(outcome.lastMs);

    if (auto target = BoundedFile::checkTarget(parser.value(u"alerts-out"_s)); !target) {
        printError(target.error().message);
        return ExitFailure;
    }
    QSaveFile out(parser.value(u"alerts-out"_s));
    if (!out.open(QIODevice::WriteOnly)) {
        printError(u"%1: cannot be written (%2)"_s.arg(out.fileName(), out.errorString()));
        return ExitFailure;
    }
    for (const AlertChange &change : std::as_const(changes))
        out.write(QJsonDocument(alertChangeJson(change)).toJson(QJsonDocument::Compact) + '\n');
    if (!out.commit()) {
        printError(u"%1: cannot be written (%2)"_s.arg(out.fileName(), out.errorString()));
        return ExitFailure;
    }
    const CaseArea::RoomTracker::Counters &c = outcome.counters;
    printError(u"%1 positions taken (%2 out of order or repeated, %3 less accurate than %4 m, %5 "
               "in no room, %6 naming no room of the plan, %7 malformed), %8 journey steps (%9 "
               "malformed), %10 place and journey events; %11 alert changes written to %12, up "
               "to %13"_s.arg(c.taken)
                   .arg(c.outOfOrder)
                   .arg(c.inaccurate)
                   .arg(thresholds.accuracyGate)
                   .arg(c.outside)
                   .arg(c.unknownRoom)
                   .arg(positions->errors.size())
                   .arg(journey.size())
                   .arg(journeyErrors)
                   .arg(outcome.events.size())
                   .arg(changes.size())
                   .arg(out.fileName(), localTimeText(outcome.lastMs)));
    return ExitOk;
}

// A made-up day of the area (the demo's), as the recorded files replay reads: positions and
// the journey, one JSON object a line.
int simulate(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"plan"_s) || !parser.isSet(u"positions-out"_s) ||
        !parser.isSet(u"journey-out"_s)) {
        printError(u"simulate needs --plan PLAN, --positions-out FILE and --journey-out FILE"_s);
        return ExitUsage;
    }
    const auto plan = loadPlan(parser);
    if (!plan)
        return ExitFailure;
    qint64 start = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(u"start"_s)) {
        start = EventFeed::parseTime(QJsonValue(parser.value(u"start"_s)));
        if (start < 0) {
            printError(u"--start expects \"yyyy-MM-dd HH:mm:ss\""_s);
            return ExitUsage;
        }
    }
    bool seedOk = true;
    const quint32 seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toUInt(&seedOk) : 1;
    if (!seedOk) {
        printError(u"--seed expects a whole number"_s);
        return ExitUsage;
    }
    const auto day = CaseArea::AreaSimulation::generate(*plan, start, seed);
    if (day.fixes.isEmpty()) {
        printError(u"%1: the plan needs an entrance, a corridor, a safety check, an information "
                   "collection, a storage, a waiting and an interrogation room"_s.arg(
                       parser.value(u"plan"_s)));
        return ExitFailure;
    }
    const auto write = [](const QString &path, const auto &lines, const auto &json) {
        if (auto target = BoundedFile::checkTarget(path); !target)
            return target.error().message;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        for (const auto &line : lines)
            out.write(QJsonDocument(json(line)).toJson(QJsonDocument::Compact) + '\n');
        return out.commit() ? QString() : out.errorString();
    };
    const QString positionsError =
        write(parser.value(u"positions-out"_s), day.fixes, [](const CaseArea::PositionFix &f) {
            return QJsonObject{{u"tag"_s, f.tag},
                               {u"time"_s, double(f.sourceMs)},
                               {u"x"_s, std::round(f.point.x() * 100) / 100},
                               {u"y"_s, std::round(f.point.y() * 100) / 100},
                               {u"floor"_s, f.floor.value_or(1)},
                               {u"accuracy"_s, f.accuracy},
                               {u"battery"_s, f.battery}};
        });
    const QString journeyError =
        write(parser.value(u"journey-out"_s), day.journey, [](const RuleEvent &e) {
            return QJsonObject{{u"type"_s, e.type},
                               {u"time"_s, localTimeText(e.timeMs)},
                               {u"subject"_s, e.subject}};
        });
    if (!positionsError.isEmpty() || !journeyError.isEmpty()) {
        printError(u"the day could not be written: %1"_s.arg(positionsError + journeyError));
        return ExitFailure;
    }
    printError(u"%1 positions and %2 journey steps, %3 to %4"_s.arg(day.fixes.size())
                   .arg(day.journey.size())
                   .arg(localTimeText(start), localTimeText(day.endMs)));
    return ExitOk;
}

// 视频刻录 headless: the tag's rooms from the recorded positions, each filmed by its room's
// camera from the cache's recordings, one after another in one file with captions beside it.
int trajectoryVideo(const QCommandLineParser &parser, const QString &tag)
{
    const qint64 from = parseLocalTime(parser.value(u"from"_s));
    const qint64 to = parseLocalTime(parser.value(u"to"_s));
    if (!parser.isSet(u"plan"_s) || !parser.isSet(u"positions"_s) || !parser.isSet(u"cache"_s) ||
        !parser.isSet(u"out"_s) || from < 0 || to <= from) {
        printError(u"trajectory-video TAG needs --plan PLAN --positions FILE.jsonl --cache DIR "
                   "--from TIME --to TIME (after --from) --out FILE"_s);
        return ExitUsage;
    }
    const auto plan = loadPlan(parser);
    const auto thresholds = plan ? loadThresholds(parser) : std::nullopt;
    const auto positions = thresholds ? loadPositions(parser) : std::nullopt;
    if (!positions)
        return ExitFailure;
    const auto cache = openCache(parser);
    if (!cache)
        return ExitFailure;
    const QList<CaseArea::RoomStretch> stretches =
        CaseArea::StayTrajectory::rooms(*plan, *thresholds, positions->fixes, tag, from, to);
    SegmentRepository index(cache->database().connection());
    const CaseArea::TrajectoryVideo::Subject subject{
        parser.isSet(u"name"_s) ? parser.value(u"name"_s) : tag, tag, parser.value(u"case"_s)};
    auto made = CaseArea::TrajectoryVideo::make(
        *plan, stretches, subject,
        [&index](const QString &camera, qint64 fromMs, qint64 toMs) {
            return index.overlapping(camera, fromMs, toMs);
        },
        parser.value(u"out"_s), clipOptions(parser, cache.get()));
    for (const CaseArea::RoomStretch &s : made ? made->unfilmed : QList<CaseArea::RoomStretch>{}) {
        const CaseArea::Room *room = plan->room(s.roomId);
        printError(u"warning: %1 was in %2 from %3 to %4, which no camera watches"_s.arg(
            subject.name, room ? room->name : s.roomId, localTimeText(s.fromMs),
            localTimeText(s.toMs)));
    }
    for (const auto &part : made ? made->unrecorded : QList<CaseArea::TrajectoryVideo::Part>{})
        printError(
            u"warning: %1 was in %2 from %3 to %4, but camera %5 recorded nothing then"_s.arg(
                subject.name, part.roomName, localTimeText(part.fromMs), localTimeText(part.toMs),
                part.cameraId));
    if (!made) {
        printError(made.error().text());
        return ExitFailure;
    }
    if (const int code = printClip(made->clip); code != ExitOk)
        return code;
    QJsonArray parts;
    for (const auto &part : made->parts)
        parts.append(QJsonObject{{u"room"_s, part.roomName},
                                 {u"camera"_s, part.cameraId},
                                 {u"fromMs"_s, part.fromMs},
                                 {u"toMs"_s, part.toMs}});
    printOut(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"captions"_s, made->captionsPath}, {u"parts"_s, parts}})
            .toJson(QJsonDocument::Compact)));
    return ExitOk;
}

// 视频下载刻录 headless: an exported video, its manifest, captions and a README as an ISO.
int discImage(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"video"_s) || !parser.isSet(u"out"_s)) {
        printError(
            u"disc-image needs --video FILE (an export with its manifest) --out IMAGE.iso"_s);
        return ExitUsage;
    }
    CaseArea::DiscImage::Content content;
    content.video = parser.value(u"video"_s);
    content.extras = parser.values(u"extra"_s);
    // The captions trajectory-video writes go with their video.
    if (const QString captions = content.video + u".srt"_s;
        QFileInfo(captions).isFile() && !content.extras.contains(captions))
        content.extras.prepend(captions);
    content.title = parser.isSet(u"title"_s) ? parser.value(u"title"_s)
                                             : QFileInfo(content.video).completeBaseName();
    content.label = parser.isSet(u"label"_s) ? parser.value(u"label"_s) : content.title;
    if (auto written = CaseArea::DiscImage::write(content, parser.value(u"out"_s)); !written) {
        printError(written.error().text());
        return ExitFailure;
    }
    printOut(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"image"_s, parser.value(u"out"_s)},
                                  {u"bytes"_s, QFileInfo(parser.value(u"out"_s)).size()}})
            .toJson(QJsonDocument::Compact)));
    return ExitOk;
}

int dispatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"replay --plan PLAN --positions FILE.jsonl [--journey FILE.jsonl] --alerts-out FILE: "
        "judges a recorded day of a case-handling area as the client does live — positions "
        "(one JSON object a line: {\"tag\", \"time\", \"x\", \"y\" | \"room\", \"floor\", "
        "\"accuracy\", \"battery\"}) room by room with the dwell, accuracy gate and stale time, "
        "the subjects' journey (rule events: area.entered with the wristband's \"tag\", "
        "officer.card-bound, area.left, …) — through the rules in the messages' source time, "
        "and writes every alert raised or resolved as a JSON line. Lines refused and the "
        "counts go to standard error.\n"
        "simulate --plan PLAN --positions-out FILE --journey-out FILE [--start TIME] [--seed N]: "
        "writes a made-up day of the area (subjects escorted room to room, an escort stepping "
        "out, one officer questioning, a band that dies, a tag jittering at a door) as the files "
        "replay reads.\n"
        "trajectory-video TAG --plan PLAN --positions FILE.jsonl --cache DIR --from TIME --to "
        "TIME --out FILE [--name NAME] [--case NUMBER]: the rooms the tag was in, each filmed by "
        "its room's camera from the cache's recordings, one after another in one file (stream "
        "copy) with a manifest and captions (FILE.srt) beside it.\n"
        "disc-image --video FILE --out IMAGE.iso [--title TEXT] [--label LABEL] [--extra FILE]…: "
        "a disc image (ISO 9660, Joliet, Rock Ridge) of an export, its manifest, captions and a "
        "README with every file's SHA-256."_s);
    parser.addPositionalArgument(u"action"_s,
                                 u"replay | simulate | trajectory-video TAG | disc-image"_s);
    parser.addOption({u"plan"_s, u"The floor plan (JSON)."_s, u"file"_s});
    parser.addOption({u"positions"_s, u"The positions, JSON lines."_s, u"file"_s});
    parser.addOption({u"journey"_s,
                      u"The subjects' journey and the officers' cards, rule "
                      "events as JSON lines."_s,
                      u"file"_s});
    parser.addOption({u"rules"_s, u"A rule file instead of the shipped catalogue."_s, u"file"_s});
    parser.addOption({u"thresholds"_s,
                      u"Place-rule thresholds (JSON: dwellSeconds, accuracyGateMetres, "
                      "staleAfterSeconds, maxSpeedMetresPerSecond, unattendedAfterSeconds, "
                      "interrogationSettleSeconds)."_s,
                      u"file"_s});
    parser.addOption({u"alerts-out"_s, u"Where the alerts go, JSON lines."_s, u"file"_s});
    parser.addOption({u"positions-out"_s, u"simulate: where the positions go."_s, u"file"_s});
    parser.addOption({u"journey-out"_s, u"simulate: where the journey goes."_s, u"file"_s});
    parser.addOption({u"start"_s, u"simulate: when the day starts (default: now)."_s, u"time"_s});
    parser.addOption(
        {u"seed"_s, u"simulate: the day's seed (the same seed, the same day)."_s, u"number"_s});
    parser.addOption({u"cache"_s, u"trajectory-video: the cache with the recordings."_s, u"dir"_s});
    parser.addOption({u"from"_s, u"trajectory-video: start time."_s, u"time"_s});
    parser.addOption({u"to"_s, u"trajectory-video: end time."_s, u"time"_s});
    parser.addOption({u"out"_s, u"trajectory-video: the video to write."_s, u"file"_s});
    parser.addOption(
        {u"name"_s, u"trajectory-video: the subject's name for the captions."_s, u"name"_s});
    parser.addOption(
        {u"case"_s, u"trajectory-video: the case number for the captions."_s, u"number"_s});
    parser.addOption(
        {u"operator"_s, u"trajectory-video: who exports (the manifest)."_s, u"name"_s});
    parser.addOption({u"video"_s, u"disc-image: the exported video."_s, u"file"_s});
    parser.addOption({u"extra"_s, u"disc-image: another file for the disc."_s, u"file"_s});
    parser.addOption({u"title"_s, u"disc-image: the README's first line."_s, u"text"_s});
    parser.addOption({u"label"_s, u"disc-image: the volume label."_s, u"text"_s});
    if (const int code = parseCommandLine(parser, arguments, u"casearea replay …"_s); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{u"replay"_s})
        return replay(parser);
    if (positional == QStringList{u"simulate"_s})
        return simulate(parser);
    if (positional == QStringList{u"disc-image"_s})
        return discImage(parser);
    if (positional.size() == 2 && positional.first() == u"trajectory-video"_s)
        return trajectoryVideo(parser, positional.last());
    printError(u"usage: jiandu-cli casearea replay --plan PLAN --positions FILE.jsonl "
               "[--journey FILE.jsonl] --alerts-out FILE | simulate --plan PLAN --positions-out "
               "FILE --journey-out FILE | trajectory-video TAG --plan PLAN --positions FILE.jsonl "
               "--cache DIR --from TIME --to TIME --out FILE | disc-image --video FILE --out "
               "IMAGE.iso"_s);
    return ExitUsage;
}

} // namespace

Command caseAreaCommand()
{
    return {u"casearea"_s, u"Judge a recorded day of a case-handling area."_s, dispatch};
}

} // namespace Jiandu::Cli
