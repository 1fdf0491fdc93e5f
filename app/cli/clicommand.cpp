#include "clicommand.h"

#include <QDir>
#include <QFile>
#include <core/datadirectory.h>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

// Prompts on the terminal without echo; empty if there is no terminal.
static QString promptSecret(const char *prompt)
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

// The password from FILE (first line), the environment variable, or the terminal; empty,
// with a message saying where it can come from, if none gave one.
QString secret(const QCommandLineParser &parser, const QCommandLineOption &fileOption,
               const char *environment, const char *prompt)
{
    QString value;
    if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (file.open(QIODevice::ReadOnly))
            value = QString::fromUtf8(file.readLine()).trimmed();
    } else if (qEnvironmentVariableIsSet(environment)) {
        value = qEnvironmentVariable(environment);
    } else {
        value = promptSecret(prompt);
    }
    if (value.isEmpty())
        printError(u"no %1: use --%2, %3 or a terminal"_s.arg(
            QString::fromLatin1(prompt).chopped(2).toLower(), fileOption.names().constFirst(),
            QString::fromLatin1(environment)));
    return value;
}

QString cacheDirectory(const QCommandLineParser &parser, const QCommandLineOption &cacheDir,
                       const QCommandLineOption &dataDir)
{
    if (parser.isSet(cacheDir))
        return parser.value(cacheDir);
    return QDir(parser.isSet(dataDir) ? parser.value(dataDir) : DataDirectory::defaultPath(false))
        .filePath(u"cache"_s);
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "jiandu-cli: %s\n", text.toUtf8().constData());
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u"\nRun `jiandu-cli "_s + arguments.value(0) +
                   u" --help`."_s);
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program; make the first line name the subcommand.
        text.replace(0, text.indexOf(u'\n'), u"Usage: jiandu-cli "_s + usage);
        printOut(text);
        return ExitOk;
    }
    return -1;
}

} // namespace Jiandu::Cli
