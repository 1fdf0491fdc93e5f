#include "aligncommand.h"
#include "analyticscommand.h"
#include "cachecommand.h"
#include "caseareacommand.h"
#include "clicommand.h"
#include "configcommand.h"
#include "mapcommand.h"
#include "mediacommand.h"
#include "modulescommand.h"
#include "recordcommand.h"
#include "rulescommand.h"
#include "synccommand.h"
#include "transcribecommand.h"

#include <QCoreApplication>
#include <core/loghub.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Jiandu::Cli;

namespace {

QList<Command> commands()
{
    return {alignCommand(),  analyticsCommand(), cacheCommand(), caseAreaCommand(),
            configCommand(), mapCommand(),       mediaCommand(), modulesCommand(),
            recordCommand(), rulesCommand(),     syncCommand(),  transcribeCommand()};
}

QString usage()
{
    QString text = u"Usage: jiandu-cli [--version] [--help] COMMAND [options] [arguments]\n\n"_s
                   "The local services of the Jiandu workstation without a window.\n\n"
                   "Commands:\n"_s;
    for (const Command &command : commands())
        text += u"  %1 %2\n"_s.arg(command.name, -10).arg(command.summary);
    text += u"\nRun `jiandu-cli COMMAND --help` for a command's options.\n"_s
            "Exit codes: 0 success, 1 failure or problems found, 2 bad command line.\n"_s;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    ::umask(077); // what it writes is its user's only, as for the client
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"jiandu-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JIANDU_VERSION));
    // Warnings go to stderr only; a command's stdout stays machine-readable.
    Jiandu::LogHub::instance().installMessageHandler();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printError(u"no command given"_s);
        std::fputs(usage().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    const QString first = arguments.constFirst();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        if (first == u"help"_s && arguments.size() > 1)
            arguments = {arguments[1], u"--help"_s};
        else {
            printOut(usage());
            return ExitOk;
        }
    }
    if (arguments.constFirst() == u"--version"_s || arguments.constFirst() == u"-v"_s) {
        printOut(u"jiandu-cli "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (command.name == arguments.constFirst())
            return command.run(arguments);
    }
    printError(u"unknown command \"%1\"; run `jiandu-cli --help` for the list."_s.arg(
        arguments.constFirst()));
    return ExitUsage;
}
