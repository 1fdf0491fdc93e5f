#include "clicommand.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

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
