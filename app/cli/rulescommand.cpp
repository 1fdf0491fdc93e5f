#include "rulescommand.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <core/boundedfile.h>
#include <core/localtime.h>
#include <rules/eventfeed.h>
#include <rules/ruleengine.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

QJsonObject alertChangeJson(const AlertChange &c)
{
    QJsonObject line{{u"at"_s, localTimeText(c.atMs)},
                     {u"atMs"_s, c.atMs},
                     {u"change"_s, c.kind == AlertChange::Kind::Raised       ? u"raised"_s
                                   : c.kind == AlertChange::Kind::Suppressed ? u"suppressed"_s
                                                                             : u"resolved"_s},
                     {u"rule"_s, c.alert.ruleId},
                     {u"tier"_s, Rule::tierName(c.alert.tier)},
                     {u"colour"_s, c.alert.colour},
                     {u"score"_s, c.alert.score},
                     {u"subject"_s, c.alert.subjectKey},
                     {u"message"_s, c.alert.message}};
    if (c.alert.deadlineMs >= 0)
        line.insert(u"deadline"_s, localTimeText(c.alert.deadlineMs));
    if (!c.reason.isEmpty())
        line.insert(u"reason"_s, c.reason);
    return line;
}

namespace {

void printChanges(const QList<AlertChange> &changes)
{
    for (const AlertChange &c : changes)
        printOut(
            QString::fromUtf8(QJsonDocument(alertChangeJson(c)).toJson(QJsonDocument::Compact)));
}

int check(const QString &path)
{
    auto set = RuleSet::load(path);
    if (!set) {
        printError(set.error().message);
        return ExitFailure;
    }
    int enabled = 0;
    for (const Rule &r : set->rules)
        enabled += r.enabled ? 1 : 0;
    printOut(u"%1: version %2, %3 rules (%4 enabled): ok"_s.arg(path, set->version)
                 .arg(set->rules.size())
                 .arg(enabled));
    return ExitOk;
}

int run(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"rules"_s) || !parser.isSet(u"events"_s)) {
        printError(u"run needs --rules FILE and --events FILE.jsonl"_s);
        return ExitUsage;
    }
    if (parser.value(u"clock"_s) != u"virtual") {
        printError(u"--clock: only \"virtual\" (time follows the events) is supported here"_s);
        return ExitUsage;
    }
    auto set = RuleSet::load(parser.value(u"rules"_s));
    if (!set) {
        printError(set.error().message);
        return ExitFailure;
    }
    // Read whole and bounded, as the client reads its feed: a pipe or a device is refused.
    const QString eventsPath = parser.value(u"events"_s);
    auto eventsText = BoundedFile::read(eventsPath, 1LL << 30);
    if (!eventsText) {
        printError(eventsText.error().text());
        return ExitFailure;
    }
    QBuffer events(&eventsText.value());
    events.open(QIODevice::ReadOnly);
    RuleEngine engine(*set);
    // --state: the engine's deadlines carried from one run to the next, as across a restart.
    const QString statePath = parser.value(u"state"_s);
    if (!statePath.isEmpty() && QFile::exists(statePath)) {
        const auto state = BoundedFile::read(statePath, 4LL << 30);
        if (!state || !engine.restoreState(QJsonDocument::fromJson(*state).object())) {
            printError(u"%1: not a rule engine state file"_s.arg(statePath));
            return ExitFailure;
        }
    }
    const EventFeed::Batch batch = EventFeed::read(events, eventsPath);
    for (const QString &error : batch.errors)
        printError(error);
    const int malformed = int(batch.errors.size());
    // One batch, judged in event-time order whatever the order of the lines.
    qint64 lastMs = engine.now();
    for (const RuleEvent &event : batch.events)
        lastMs = std::max(lastMs, event.timeMs);
    printChanges(engine.process(batch.events, lastMs));
    qint64 until = lastMs;
    if (parser.isSet(u"until"_s)) {
        until = EventFeed::parseTime(QJsonValue(parser.value(u"until"_s)));
        if (until < 0) {
            bool number = false;
            until = parser.value(u"until"_s).toLongLong(&number);
            if (!number) {
                printError(u"--until expects \"yyyy-MM-dd HH:mm:ss\" or ms since the epoch"_s);
                return ExitUsage;
            }
        }
    }
    printChanges(engine.advanceTo(until));
    if (!statePath.isEmpty()) {
        if (auto target = BoundedFile::checkTarget(statePath); !target) {
            printError(target.error().message);
            return ExitFailure;
        }
        QSaveFile state(statePath);
        const QByteArray json = QJsonDocument(engine.saveState()).toJson(QJsonDocument::Compact);
        if (!state.open(QIODevice::WriteOnly) || state.write(json) != json.size() ||
            !state.commit()) {
            printError(
                u"%1: the state could not be saved (%2)"_s.arg(statePath, state.errorString()));
            return ExitFailure;
        }
    }
    const RuleEngine::Counters &c = engine.counters();
    printError(
        u"%1 events (%2 late, %3 duplicates, %4 already satisfied, %5 without their key, %6 no "
        "rule listens to, %7 malformed); %8 alerts open, %9 deadlines running at %10"_s
            .arg(c.events)
            .arg(c.late)
            .arg(c.duplicates)
            .arg(c.satisfied)
            .arg(c.withoutKey)
            .arg(c.ignored)
            .arg(malformed)
            .arg(engine.openAlerts().size())
            .arg(engine.runningDeadlines())
            .arg(localTimeText(until)));
    return ExitOk;
}

int dispatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"check FILE: reads a rule file and reports every mistake as FILE:LINE: reason; exit "
        "code 1 if there is one.\n"
        "run --rules FILE --events FILE.jsonl --clock virtual [--until TIME]: replays events "
        "(one JSON object a line: {\"type\", \"time\", \"subject\": {…}}) through the rules in "
        "virtual time and prints every alert raised or resolved as a JSON line; deadlines "
        "still running are fired up to --until (default: the last event); --state FILE carries "
        "running deadlines from one run to the next. Counts of late, duplicate and malformed "
        "events go to standard error."_s);
    parser.addPositionalArgument(u"action"_s, u"check FILE | run"_s);
    parser.addOption({u"rules"_s, u"run: the rule file."_s, u"file"_s});
    parser.addOption({u"events"_s, u"run: the events, JSON lines."_s, u"file"_s});
    parser.addOption(
        {u"clock"_s, u"run: virtual (time follows the events)."_s, u"clock"_s, u"virtual"_s});
    parser.addOption({u"until"_s, u"run: fire deadlines up to this time."_s, u"time"_s});
    parser.addOption({u"state"_s,
                      u"run: read the running deadlines from FILE first (if it exists) and save "
                      "them there after, as across a restart."_s,
                      u"file"_s});
    if (const int code = parseCommandLine(parser, arguments, u"rules check FILE | run …"_s);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == u"check" && positional.size() == 2)
        return check(positional[1]);
    if (positional.value(0) == u"run" && positional.size() == 1)
        return run(parser);
    printError(u"usage: jiandu-cli rules check FILE | run --rules FILE --events FILE.jsonl "
               "--clock virtual"_s);
    return ExitUsage;
}

} // namespace

Command rulesCommand()
{
    return {u"rules"_s, u"Check rule files and replay events through them."_s, dispatch};
}

} // namespace Jiandu::Cli
