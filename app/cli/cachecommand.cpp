#include "cachecommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <core/datadirectory.h>
#include <cstdio>
#include <storage/casebundle.h>
#include <storage/localcache.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The encrypted local cache of a workstation.\n\n"
        "  init    create a new cache with a random data key protected by the password\n"
        "  check   verify the password, the file's integrity and its schema\n"
        "  stats   size, schema version and record counts\n"
        "  passwd  protect the data key with a new password (the file is not rewritten)\n"
        "  rekey   re-encrypt the whole file with a new data key\n"
        "  export-case AJBH --to DIR   write case AJBH (records, files, transcripts) as an\n"
        "          encrypted, self-contained bundle for an offline laptop\n"
        "  import DIR   verify the bundle in DIR and add its case to this cache\n\n"
        "The password comes from --password-file, else JIANDU_CACHE_PASSWORD, else the "
        "terminal; the new one for passwd from --new-password-file, else "
        "JIANDU_CACHE_NEW_PASSWORD, else the terminal; the bundle's transfer password from "
        "--transfer-password-file, else JIANDU_TRANSFER_PASSWORD, else the terminal. Keys are "
        "never printed."_s);
    parser.addPositionalArgument(
        u"action"_s, u"init | check | stats | passwd | rekey | export-case AJBH | import DIR"_s);
    const QCommandLineOption cacheDir(u"cache"_s, u"Cache directory (default: <data dir>/cache)."_s,
                                      u"dir"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Workstation data directory."_s, u"dir"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s, u"Read the password from the file's first line."_s, u"file"_s);
    const QCommandLineOption newPasswordFile(
        u"new-password-file"_s, u"passwd: read the new password from this file."_s, u"file"_s);
    const QCommandLineOption json(u"json"_s, u"stats: print JSON."_s);
    const QCommandLineOption to(u"to"_s, u"export-case: the new bundle's folder."_s, u"dir"_s);
    const QCommandLineOption transferFile(
        u"transfer-password-file"_s, u"export-case, import: the bundle's password."_s, u"file"_s);
    const QCommandLineOption filesDir(u"files-dir"_s,
                                      u"import: where the case's files go (default: "
                                      "<cache>/files)."_s,
                                      u"dir"_s);
    parser.addOptions(
        {cacheDir, dataDir, passwordFile, newPasswordFile, json, to, transferFile, filesDir});
    if (const int code = parseCommandLine(parser, arguments, u"cache ACTION [options]"_s);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QStringList simple{u"init"_s, u"check"_s, u"stats"_s, u"passwd"_s, u"rekey"_s};
    const bool withArgument = positional.size() == 2 &&
                              (positional[0] == u"export-case"_s || positional[0] == u"import"_s);
    if (!(positional.size() == 1 && simple.contains(positional[0])) && !withArgument) {
        printError(u"usage: jiandu-cli cache init|check|stats|passwd|rekey|export-case AJBH|"
                   "import DIR [options]"_s);
        return ExitUsage;
    }
    if (positional[0] == u"export-case"_s && !parser.isSet(to)) {
        printError(u"export-case needs --to DIR"_s);
        return ExitUsage;
    }
    const QString action = positional[0];
    const QString directory = cacheDirectory(parser, cacheDir, dataDir);

    const QString password =
        secret(parser, passwordFile, "JIANDU_CACHE_PASSWORD", "Cache password: ");
    if (password.isEmpty())
        return ExitUsage;

    if (action == u"init") {
        auto cache = LocalCache::create(directory, password);
        if (!cache) {
            printError(cache.error().text());
            return ExitFailure;
        }
        printOut(u"created encrypted cache in %1"_s.arg(QDir::toNativeSeparators(directory)));
        return ExitOk;
    }

    QElapsedTimer opening;
    opening.start();
    // Looking never writes: check and stats open the cache read-only.
    const bool looking = action == u"check" || action == u"stats";
    auto cache =
        LocalCache::open(directory, password,
                         looking ? LocalCache::Access::ReadOnly : LocalCache::Access::ReadWrite);
    if (!cache) {
        printError(cache.error().text());
        return ExitFailure;
    }
    const qint64 openMs = opening.elapsed();

    if (action == u"check") {
        if (auto checked = (*cache)->database().check(); !checked) {
            printError(checked.error().text());
            return ExitFailure;
        }
        printOut(u"%1: ok"_s.arg(QDir::toNativeSeparators(directory)));
        return ExitOk;
    }
    if (action == u"stats") {
        auto stats = (*cache)->stats();
        if (!stats) {
            printError(stats.error().text());
            return ExitFailure;
        }
        QJsonObject schema;
        QStringList schemaText;
        for (auto it = stats->schema.cbegin(); it != stats->schema.cend(); ++it) {
            schema.insert(it.key(), it.value());
            schemaText.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        }
        if (parser.isSet(json)) {
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"directory"_s, directory},
                                                                 {u"fileBytes"_s, stats->fileBytes},
                                                                 {u"schema"_s, schema},
                                                                 {u"incidents"_s, stats->incidents},
                                                                 {u"openMs"_s, openMs}})
                                           .toJson(QJsonDocument::Compact)));
        } else {
            printOut(u"directory       %1\nfile size       %2 bytes\ntables          %3\n"
                     "incidents       %4\nopened in       %5 ms"_s.arg(directory)
                         .arg(stats->fileBytes)
                         .arg(schemaText.join(u", "_s))
                         .arg(stats->incidents)
                         .arg(openMs));
        }
        return ExitOk;
    }
    if (action == u"export-case" || action == u"import") {
        const QString transfer =
            secret(parser, transferFile, "JIANDU_TRANSFER_PASSWORD", "Bundle transfer password: ");
        if (transfer.isEmpty())
            return ExitUsage;
        int lastPercent = -1;
        const CaseBundle::Progress progress = [&lastPercent](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent / 10 != lastPercent / 10)
                std::fprintf(stderr, "%d%%\n", percent);
            lastPercent = percent;
            return true;
        };
        auto summary = action == u"export-case"
                           ? CaseBundle::exportCase((*cache)->database(), positional[1],
                                                    parser.value(to), transfer, progress)
                           : CaseBundle::importBundle((*cache)->database(), positional[1], transfer,
                                                      parser.isSet(filesDir)
                                                          ? parser.value(filesDir)
                                                          : QDir(directory).filePath(u"files"_s),
                                                      progress);
        if (!summary) {
            printError(summary.error().text());
            return ExitFailure;
        }
        printOut(u"%1 case %2: %3 incident(s), %4 file(s), %5 bytes"_s
                     .arg(action == u"import" ? u"imported"_s : u"exported"_s, summary->ajbh)
                     .arg(summary->incidents)
                     .arg(summary->files)
                     .arg(summary->fileBytes));
        return ExitOk;
    }
    if (action == u"passwd") {
        const QString newPassword =
            secret(parser, newPasswordFile, "JIANDU_CACHE_NEW_PASSWORD", "New cache password: ");
        if (newPassword.isEmpty())
            return ExitUsage;
        if (auto changed = (*cache)->changePassword(newPassword); !changed) {
            printError(changed.error().text());
            return ExitFailure;
        }
        printOut(u"password changed"_s);
        return ExitOk;
    }
    // rekey
    if (auto rekeyed = (*cache)->rekey(password); !rekeyed) {
        printError(rekeyed.error().text());
        return ExitFailure;
    }
    printOut(u"cache re-encrypted with a new data key"_s);
    return ExitOk;
}

} // namespace

Command cacheCommand()
{
    return {u"cache"_s, u"Create, check, re-key and inspect the encrypted local cache."_s, run};
}

} // namespace Jiandu::Cli
