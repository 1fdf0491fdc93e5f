#include "cachecommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <core/datadirectory.h>
#include <cstdio>
#include <storage/localcache.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

// Prompts on the terminal without echo; empty if there is no terminal.
QString promptSecret(const char *prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt, stderr);
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    return read ? QString::fromUtf8(buffer).chopped(QByteArray(buffer).endsWith('\n') ? 1 : 0)
                : QString();
}

// The password from FILE (first line), the environment variable, or the terminal.
QString secret(const QCommandLineParser &parser, const QCommandLineOption &fileOption,
               const char *environment, const char *prompt)
{
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readLine()).trimmed();
    }
    if (qEnvironmentVariableIsSet(environment))
        return qEnvironmentVariable(environment);
    return promptSecret(prompt);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The encrypted local cache of a workstation.\n\n"
        "  init    create a new cache with a random data key protected by the password\n"
        "  check   verify the password, the file's integrity and its schema\n"
        "  stats   size, schema version and record counts\n"
        "  passwd  protect the data key with a new password (the file is not rewritten)\n"
        "  rekey   re-encrypt the whole file with a new data key\n\n"
        "The password comes from --password-file, else JIANDU_CACHE_PASSWORD, else the "
        "terminal; the new one for passwd from --new-password-file, else "
        "JIANDU_CACHE_NEW_PASSWORD, else the terminal. Keys are never printed."_s);
    parser.addPositionalArgument(u"action"_s, u"init | check | stats | passwd | rekey"_s);
    const QCommandLineOption cacheDir(u"cache"_s, u"Cache directory (default: <data dir>/cache)."_s,
                                      u"dir"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Workstation data directory."_s, u"dir"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s, u"Read the password from the file's first line."_s, u"file"_s);
    const QCommandLineOption newPasswordFile(
        u"new-password-file"_s, u"passwd: read the new password from this file."_s, u"file"_s);
    const QCommandLineOption json(u"json"_s, u"stats: print JSON."_s);
    parser.addOptions({cacheDir, dataDir, passwordFile, newPasswordFile, json});
    if (const int code = parseCommandLine(parser, arguments, u"cache ACTION [options]"_s);
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QStringList actions{u"init"_s, u"check"_s, u"stats"_s, u"passwd"_s, u"rekey"_s};
    if (positional.size() != 1 || !actions.contains(positional[0])) {
        printError(u"usage: jiandu-cli cache init|check|stats|passwd|rekey [options]"_s);
        return ExitUsage;
    }
    const QString action = positional[0];
    const QString directory = parser.isSet(cacheDir)
                                  ? parser.value(cacheDir)
                                  : QDir(parser.isSet(dataDir) ? parser.value(dataDir)
                                                               : DataDirectory::defaultPath(false))
                                        .filePath(u"cache"_s);

    const QString password =
        secret(parser, passwordFile, "JIANDU_CACHE_PASSWORD", "Cache password: ");
    if (password.isEmpty()) {
        printError(u"no password: use --password-file, JIANDU_CACHE_PASSWORD or a terminal"_s);
        return ExitUsage;
    }

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
    auto cache = LocalCache::open(directory, password);
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
        if (parser.isSet(json)) {
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"directory"_s, directory},
                                          {u"fileBytes"_s, stats->fileBytes},
                                          {u"schemaVersion"_s, stats->schemaVersion},
                                          {u"incidents"_s, stats->incidents},
                                          {u"openMs"_s, openMs}})
                    .toJson(QJsonDocument::Compact)));
        } else {
            printOut(u"directory       %1\nfile size       %2 bytes\nschema version  %3\n"
                     "incidents       %4\nopened in       %5 ms"_s.arg(directory)
                         .arg(stats->fileBytes)
                         .arg(stats->schemaVersion)
                         .arg(stats->incidents)
                         .arg(openMs));
        }
        return ExitOk;
    }
    if (action == u"passwd") {
        const QString newPassword =
            secret(parser, newPasswordFile, "JIANDU_CACHE_NEW_PASSWORD", "New cache password: ");
        if (newPassword.isEmpty()) {
            printError(u"no new password: use --new-password-file, JIANDU_CACHE_NEW_PASSWORD or "
                       "a terminal"_s);
            return ExitUsage;
        }
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
