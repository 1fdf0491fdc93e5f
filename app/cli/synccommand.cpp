#include "synccommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <alerts/data/alertsreplica.h>
#include <alerts/data/alertsschema.h>
#include <atomic>
#include <casearea/data/caseareaschema.h>
#include <casearea/data/plansreplica.h>
#include <casearea/data/reservationsreplica.h>
#include <casearea/data/stepsreplica.h>
#include <commandmap/dispatch/dispatchschema.h>
#include <commandmap/dispatch/instructionsreplica.h>
#include <core/datadirectory.h>
#include <core/incidentjson.h>
#include <csignal>
#include <storage/localcache.h>
#include <sync/sharepull.h>
#include <sync/supervisionsync.h>
#include <sync/syncschema.h>
#include <videopatrol/data/findingsreplica.h>
#include <videopatrol/data/layoutsreplica.h>
#include <videopatrol/data/videopatrolschema.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Sync;

namespace Jiandu::Cli {

namespace {

std::atomic_bool g_stopRequested{false};

void requestStop(int)
{
    g_stopRequested = true;
}

QJsonObject summaryJson(const SharePull::Summary &summary, LocalCache &cache)
{
    QJsonArray feeds;
    qint64 records = 0;
    for (const SharePull::FeedProgress &feed : summary.feeds) {
        records += feed.records;
        QJsonObject entry{{u"feed"_s, shareFeedInfo(feed.feed).name},
                          {u"records"_s, feed.records},
                          {u"pages"_s, feed.pages},
                          {u"rejected"_s, feed.rejected},
                          {u"crowdedSeconds"_s, feed.crowdedSeconds},
                          {u"windowsDone"_s, feed.windowsDone},
                          {u"windows"_s, feed.windowsTotal},
                          {u"error"_s, feed.error}};
        if (auto state = ShareStore(cache.database().connection()).state(feed.feed)) {
            entry.insert(u"syncedTo"_s, ShareClient::timeText(state->syncedToMs));
            entry.insert(u"lastSuccess"_s, state->lastSuccessMs
                                               ? ShareClient::timeText(state->lastSuccessMs)
                                               : QString());
            entry.insert(u"pendingWindows"_s, state->windows.size());
        }
        feeds.append(entry);
    }
    const double seconds = summary.elapsedMs / 1000.0;
    return {{u"ok"_s, summary.ok()},
            {u"cancelled"_s, summary.cancelled},
            {u"feeds"_s, feeds},
            {u"records"_s, records},
            {u"seconds"_s, seconds},
            {u"recordsPerSecond"_s, seconds > 0 ? qRound64(records / seconds) : 0},
            {u"requests"_s, summary.network.requests},
            {u"retries"_s, summary.network.retries},
            {u"tokens"_s, summary.network.tokens},
            {u"rateLimited"_s, summary.network.rateLimited},
            {u"bytes"_s, summary.network.bytes},
            {u"requestSeconds"_s, summary.network.requestMs / 1000.0},
            {u"parseSeconds"_s, summary.network.parseMs / 1000.0},
            {u"writeSeconds"_s, summary.writeMs / 1000.0}};
}

QString summaryText(const SharePull::Summary &summary)
{
    QStringList lines;
    for (const SharePull::FeedProgress &feed : summary.feeds) {
        QString line = u"%1: %2 records in %3 pages"_s.arg(shareFeedInfo(feed.feed).name)
                           .arg(feed.records)
                           .arg(feed.pages);
        if (feed.rejected)
            line += u", %1 refused (see the log)"_s.arg(feed.rejected);
        if (feed.crowdedSeconds)
            line += u", %1 seconds with more than 200 records"_s.arg(feed.crowdedSeconds);
        if (!feed.error.isEmpty())
            line += u" — stopped: "_s + feed.error;
        lines.append(line);
    }
    lines.append(u"%1 s, %2 requests, %3 retries"_s.arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                     .arg(summary.network.requests)
                     .arg(summary.network.retries));
    return lines.join(u'\n');
}

QJsonObject supervisionJson(const Result<SupervisionSync::Progress> &round,
                            const SupervisionStore::State &state)
{
    QJsonObject o{{u"ok"_s, round.ok()},
                  {u"pending"_s, state.pending},
                  {u"filesToSend"_s, state.filesToSend},
                  {u"filesToReceive"_s, state.filesToReceive},
                  {u"position"_s, state.next},
                  {u"unseenConflicts"_s, state.unseenConflicts},
                  {u"lastSuccess"_s,
                   state.lastSuccessMs ? ShareClient::timeText(state.lastSuccessMs) : QString()}};
    if (round) {
        o.insert(u"pushed"_s, round->pushed);
        o.insert(u"conflicts"_s, round->conflicts);
        o.insert(u"pulled"_s, round->pulled);
        o.insert(u"filesSent"_s, round->filesSent);
        o.insert(u"filesReceived"_s, round->filesReceived);
    } else {
        o.insert(u"error"_s, round.error().message);
        o.insert(u"errorCode"_s, round.error().code);
    }
    return o;
}

QString supervisionText(const Result<SupervisionSync::Progress> &round,
                        const SupervisionStore::State &state)
{
    if (!round)
        return u"supervision data: stopped — %1 (%2 operations queued)"_s.arg(round.error().text())
            .arg(state.pending);
    return u"supervision data: %1 operations sent (%2 decided against this workstation), %3 "
           "changes received, %4 queued; files: %5 sent, %6 received, %7 to send, %8 to "
           "receive"_s.arg(round->pushed)
               .arg(round->conflicts)
               .arg(round->pulled)
               .arg(state.pending)
               .arg(round->filesSent)
               .arg(round->filesReceived)
               .arg(state.filesToSend)
               .arg(state.filesToReceive);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Pulls the 警情中心 share feeds (jq 警情, jb 接报, jqxf 下发, jqfk 反馈) from the "
        "central service into the encrypted cache, as the 警情中心 share API offers them: a "
        "token for the signed share key, then pages. A pull that is stopped or killed resumes "
        "where its last stored page ended."_s);
    const QCommandLineOption cacheDir(u"cache"_s, u"Cache directory (default: <data dir>/cache)."_s,
                                      u"dir"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Workstation data directory."_s, u"dir"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s, u"Read the cache password from the file's first line."_s, u"file"_s);
    const QCommandLineOption server(u"server"_s,
                                    u"The central service, http(s)://host:port (default: "
                                    "JIANDU_SERVER)."_s,
                                    u"url"_s);
    const QCommandLineOption key(u"share-key"_s,
                                 u"The share key the centre issued (default: JIANDU_SHARE_KEY)."_s,
                                 u"key"_s);
    const QCommandLineOption secretFile(
        u"share-secret-file"_s,
        u"Read the share key's secret from the file's first line (else JIANDU_SHARE_SECRET, "
        "else the one kept in the cache, else the terminal)."_s,
        u"file"_s);
    const QCommandLineOption rememberSecret(
        u"remember-secret"_s,
        u"Keep the share key's secret in the encrypted cache (for the client and later pulls) "
        "and exit."_s);
    const QCommandLineOption pin(
        u"pin"_s, u"Trust only this server certificate: SHA-256 of its DER, hex."_s, u"sha256"_s);
    const QCommandLineOption feeds(
        u"feeds"_s,
        u"What to sync: the share feeds jq, jb, jqxf, jqfk, and \"supervision\" (alerts and "
        "problems, both ways; needs --user). Default: the four feeds if a share key is given, "
        "supervision if --user is."_s,
        u"list"_s);
    const QCommandLineOption user(
        u"user"_s, u"Sync the supervision data as this account of the central service."_s,
        u"name"_s);
    const QCommandLineOption userPasswordFile(
        u"user-password-file"_s,
        u"Read the account's password from the file's first line (else JIANDU_USER_PASSWORD, "
        "else the terminal)."_s,
        u"file"_s);
    const QCommandLineOption since(u"since"_s,
                                   u"Where a feed never pulled begins, \"yyyy-MM-dd HH:mm:ss\" "
                                   "(China Standard Time; default: --days before now)."_s,
                                   u"time"_s);
    const QCommandLineOption days(
        u"days"_s, u"Days back a feed never pulled begins (default 30)."_s, u"n"_s, u"30"_s);
    const QCommandLineOption until(u"until"_s, u"Where the pull ends (default: now)."_s, u"time"_s);
    const QCommandLineOption connections(
        u"connections"_s, u"Windows read at once (1–32, default 4)."_s, u"n"_s, u"4"_s);
    const QCommandLineOption windowMinutes(
        u"window-minutes"_s, u"Span of one window in minutes (1–10080, default 1440)."_s, u"n"_s,
        u"1440"_s);
    const QCommandLineOption once(u"once"_s, u"Pull once and exit (else every --interval)."_s);
    const QCommandLineOption interval(u"interval"_s, u"Seconds between pulls (default 10)."_s,
                                      u"s"_s, u"10"_s);
    const QCommandLineOption json(u"json"_s, u"Print each pull's summary as a line of JSON."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No progress on stderr."_s);
    parser.addOptions({cacheDir,         dataDir,        passwordFile, server, key,
                       secretFile,       rememberSecret, pin,          feeds,  user,
                       userPasswordFile, since,          days,         until,  connections,
                       windowMinutes,    once,           interval,     json,   quiet});
    if (const int code = parseCommandLine(parser, arguments, u"sync [options]"_s); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"sync takes no arguments; see `jiandu-cli sync --help`"_s);
        return ExitUsage;
    }

    ShareEndpoint endpoint;
    endpoint.server =
        QUrl(parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("JIANDU_SERVER"));
    if (!endpoint.server.isValid() ||
        (endpoint.server.scheme() != u"http"_s && endpoint.server.scheme() != u"https"_s) ||
        endpoint.server.host().isEmpty()) {
        printError(u"--server must be http(s)://host:port (or set JIANDU_SERVER)"_s);
        return ExitUsage;
    }
    endpoint.key = parser.isSet(key) ? parser.value(key) : qEnvironmentVariable("JIANDU_SHARE_KEY");
    if (parser.isSet(pin)) {
        endpoint.pinnedSha256 = QByteArray::fromHex(parser.value(pin).remove(u':').toLatin1());
        if (endpoint.pinnedSha256.size() != 32) {
            printError(u"--pin must be 64 hex digits (SHA-256 of the certificate's DER)"_s);
            return ExitUsage;
        }
    }

    SharePull::Options options;
    const QString feedList = parser.isSet(feeds)      ? parser.value(feeds)
                             : endpoint.key.isEmpty() ? QString()
                                                      : u"jq,jb,jqxf,jqfk"_s;
    bool supervision = !parser.isSet(feeds) && parser.isSet(user);
    for (const QString &name : feedList.split(u',', Qt::SkipEmptyParts)) {
        if (name.trimmed() == u"supervision"_s) {
            supervision = true;
            continue;
        }
        const auto feed = shareFeedNamed(name.trimmed());
        if (!feed) {
            printError(
                u"unknown feed \"%1\"; the feeds are jq, jb, jqxf, jqfk and supervision"_s.arg(
                    name));
            return ExitUsage;
        }
        if (!options.feeds.contains(*feed))
            options.feeds.append(*feed);
    }
    if (!options.feeds.isEmpty() && endpoint.key.isEmpty()) {
        printError(u"--share-key is needed for the share feeds (or set JIANDU_SHARE_KEY)"_s);
        return ExitUsage;
    }
    if (supervision && !parser.isSet(user)) {
        printError(u"--user is needed to sync the supervision data"_s);
        return ExitUsage;
    }
    if (options.feeds.isEmpty() && !supervision && !parser.isSet(rememberSecret)) {
        printError(u"nothing to sync: give --share-key for the share feeds or --user for the "
                   "supervision data"_s);
        return ExitUsage;
    }
    const auto number = [&parser](const QCommandLineOption &option, int low, int high) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok && value >= low && value <= high ? value : -1;
    };
    const int dayCount = number(days, 0, 3660);
    const int connectionCount = number(connections, 1, 32);
    const int minutes = number(windowMinutes, 1, 7 * 24 * 60);
    const int seconds = number(interval, 1, 86400);
    if (dayCount < 0 || connectionCount < 0 || minutes < 0 || seconds < 0) {
        printError(u"--days, --connections, --window-minutes or --interval is out of range; "
                   "see `jiandu-cli sync --help`"_s);
        return ExitUsage;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    options.sinceMs = nowMs - qint64(dayCount) * 24 * 3600 * 1000;
    if (parser.isSet(since)) {
        options.sinceMs = IncidentJson::parseTime(parser.value(since));
        if (options.sinceMs <= 0) {
            printError(u"--since must be \"yyyy-MM-dd HH:mm:ss\""_s);
            return ExitUsage;
        }
    }
    if (parser.isSet(until)) {
        options.untilMs = IncidentJson::parseTime(parser.value(until));
        if (options.untilMs <= 0 || options.untilMs < options.sinceMs) {
            printError(u"--until must be \"yyyy-MM-dd HH:mm:ss\", after --since"_s);
            return ExitUsage;
        }
    }
    options.connections = connectionCount;
    options.windowMs = qint64(minutes) * 60 * 1000;

    const QString directory = cacheDirectory(parser, cacheDir, dataDir);
    const QString password =
        secret(parser, passwordFile, "JIANDU_CACHE_PASSWORD", "Cache password: ");
    if (password.isEmpty())
        return ExitUsage;
    auto cache = LocalCache::open(directory, password);
    if (!cache) {
        printError(cache.error().text());
        return ExitFailure;
    }
    if (auto migrated = (*cache)->migrate(SyncSchema::module(), SyncSchema::migrations());
        !migrated) {
        printError(migrated.error().text());
        return ExitFailure;
    }
    // The secret: from the file or the environment if given, else the one kept in the cache
    // (--remember-secret, or the client's settings), else the terminal.
    ShareStore store((*cache)->database().connection());
    if (!parser.isSet(secretFile) && !qEnvironmentVariableIsSet("JIANDU_SHARE_SECRET") &&
        !parser.isSet(rememberSecret) && !options.feeds.isEmpty()) {
        if (auto kept = store.shareSecret(); kept.ok())
            endpoint.secret = *kept;
    }
    if (endpoint.secret.isEmpty() && (!options.feeds.isEmpty() || parser.isSet(rememberSecret)))
        endpoint.secret = secret(parser, secretFile, "JIANDU_SHARE_SECRET", "Share key secret: ");
    if (endpoint.secret.isEmpty() && (!options.feeds.isEmpty() || parser.isSet(rememberSecret)))
        return ExitUsage;
    if (parser.isSet(rememberSecret)) {
        if (auto stored = store.setShareSecret(endpoint.secret); !stored) {
            printError(stored.error().text());
            return ExitFailure;
        }
        printOut(u"the share key's secret is kept in the encrypted cache"_s);
        return ExitOk;
    }

    // The supervision data's records are the modules': their tables, their replicas.
    std::unique_ptr<SupervisionSync> supervisionSync;
    const AlertsReplica alertsReplica;
    const FindingsReplica findingsReplica;
    const LayoutsReplica layoutsReplica;
    const PlansReplica plansReplica;
    const StepsReplica stepsReplica;
    const ReservationsReplica reservationsReplica;
    const CommandMap::InstructionsReplica instructionsReplica;
    if (supervision) {
        for (auto migrate : {&AlertsSchema::migrate, &VideoPatrolSchema::migrate,
                             &CaseAreaSchema::migrate, &DispatchSchema::migrate}) {
            if (auto migrated = migrate(**cache); !migrated) {
                printError(migrated.error().text());
                return ExitFailure;
            }
        }
        CentralAccount account{endpoint.server, endpoint.pinnedSha256, parser.value(user), {}};
        account.password =
            secret(parser, userPasswordFile, "JIANDU_USER_PASSWORD", "Account password: ");
        if (account.password.isEmpty())
            return ExitUsage;
        supervisionSync = std::make_unique<SupervisionSync>(
            **cache, account,
            QList<const ISyncParticipant *>{&alertsReplica, &findingsReplica, &layoutsReplica,
                                            &plansReplica, &stepsReplica, &reservationsReplica,
                                            &instructionsReplica});
    }

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    const bool showProgress = !parser.isSet(quiet);
    int exitCode = ExitOk;
    // One round: the supervision data both ways, then the share feeds.
    const auto supervisionRound = [&] {
        QEventLoop loop;
        Result<SupervisionSync::Progress> round = Error{};
        QTimer stopWatch;
        QObject::connect(&stopWatch, &QTimer::timeout, supervisionSync.get(), [&] {
            if (g_stopRequested)
                supervisionSync->cancel();
        });
        stopWatch.start(100);
        supervisionSync->run([&](Result<SupervisionSync::Progress> r) {
            round = std::move(r);
            loop.quit();
        });
        loop.exec();
        const auto state =
            SupervisionStore((*cache)->database().connection(), supervisionSync->scope()).state();
        const SupervisionStore::State shown = state ? *state : SupervisionStore::State{};
        if (parser.isSet(json))
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"supervision"_s, supervisionJson(round, shown)}})
                    .toJson(QJsonDocument::Compact)));
        else
            printOut(supervisionText(round, shown));
        return round.ok();
    };
    const auto shareRound = [&] {
        SharePull pull(**cache, endpoint, options);
        QEventLoop loop;
        SharePull::Summary summary;
        QObject::connect(&pull, &SharePull::finished, &loop, [&](const SharePull::Summary &s) {
            summary = s;
            loop.quit();
        });
        if (showProgress) {
            QObject::connect(
                &pull, &SharePull::progress, &loop, [](const SharePull::FeedProgress &feed) {
                    std::fprintf(stderr, "%s: %lld records, window %d of %d%s\n",
                                 qUtf8Printable(shareFeedInfo(feed.feed).name), feed.records,
                                 feed.windowsDone, feed.windowsTotal,
                                 feed.error.isEmpty() ? "" : qUtf8Printable(u" — "_s + feed.error));
                });
            QObject::connect(&pull, &SharePull::retrying, &loop, [](const QString &reason) {
                std::fprintf(stderr, "retrying: %s\n", qUtf8Printable(reason));
            });
        }
        QTimer stopWatch;
        QObject::connect(&stopWatch, &QTimer::timeout, &pull, [&pull] {
            if (g_stopRequested)
                pull.cancel();
        });
        stopWatch.start(100);
        pull.start();
        loop.exec();
        if (parser.isSet(json))
            printOut(QString::fromUtf8(
                QJsonDocument(summaryJson(summary, **cache)).toJson(QJsonDocument::Compact)));
        else
            printOut(summaryText(summary));
        return summary.ok();
    };
    while (true) {
        if (supervisionSync && !supervisionRound())
            exitCode = ExitFailure;
        if (!options.feeds.isEmpty() && !g_stopRequested && !shareRound())
            exitCode = ExitFailure;
        if (parser.isSet(once) || g_stopRequested)
            break;
        for (int waited = 0; waited < seconds * 10 && !g_stopRequested; ++waited)
            QThread::msleep(100);
        if (g_stopRequested)
            break;
    }
    return exitCode;
}

} // namespace

Command syncCommand()
{
    return {u"sync"_s,
            u"pull the 警情中心 share feeds into the encrypted cache; sync alerts and problems "
            "with the central service"_s,
            run};
}

} // namespace Jiandu::Cli
