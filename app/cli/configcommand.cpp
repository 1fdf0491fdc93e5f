#include "configcommand.h"

#include <QFileInfo>
#include <core/setting.h>
#include <core/settingsstore.h>
#include <core/shellsettings.h>
#include <moduleapi/modulemanager.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

int check(const QString &path, const QString &moduleDirectory)
{
    if (!QFileInfo::exists(path)) {
        printError(path + u": no such file"_s);
        return ExitFailure;
    }
    if (const QString reason = SettingsStore::checkFile(path); !reason.isEmpty()) {
        printError(path + u": "_s + reason);
        return ExitFailure;
    }
    const SettingsStore settings(path); // the file passed checkFile(): opened as it is
    QStringList problems = ShellSettings::invalidValues(settings);
    // The modules' own settings, as each module declares them (loaded, not started).
    ModuleManager modules(moduleDirectory, u"en"_s);
    if (modules.discover())
        modules.load();
    for (const Setting *setting : modules.settings()) {
        if (const QString problem = setting->problem(settings); !problem.isEmpty())
            problems.append(problem);
    }
    for (const QString &problem : problems)
        printError(path + u": "_s + problem);
    if (!problems.isEmpty())
        return ExitFailure;
    printOut(path + u": ok"_s);
    return ExitOk;
}

int runConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"check FILE: reports whether FILE is a usable configuration file and whether every "_s
        "known setting in it, the shell's and each installed module's, has a valid value (a "
        "rule file named there must load). Exit code 1 if not."_s);
    parser.addPositionalArgument(u"action"_s, u"check"_s);
    parser.addPositionalArgument(u"file"_s, u"The configuration file (INI)."_s);
    const QCommandLineOption moduleDirectory(
        u"module-dir"_s,
        u"Module directory whose settings are checked too (default: the "
        "installation's)."_s,
        u"path"_s);
    parser.addOption(moduleDirectory);
    if (const int code = parseCommandLine(parser, arguments, u"config check FILE"_s); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != u"check"_s) {
        printError(u"usage: jiandu-cli config check FILE"_s);
        return ExitUsage;
    }
    return check(positional[1], parser.isSet(moduleDirectory) ? parser.value(moduleDirectory)
                                                              : ModuleManager::defaultDirectory());
}

} // namespace

Command configCommand()
{
    return {u"config"_s, u"Check a workstation configuration file."_s, runConfig};
}

} // namespace Jiandu::Cli
