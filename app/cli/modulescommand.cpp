#include "modulescommand.h"

#include <QJsonDocument>
#include <moduleapi/modulemanager.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Cli {

namespace {

int runModules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loads every module of the module directory (without starting them) and reports "_s
        "each one's id, version and state. Exit code 1 if any module cannot load."_s);
    const QCommandLineOption directory(
        u"module-dir"_s, u"Module directory (default: the installation's)."_s, u"path"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    parser.addOptions({directory, json});
    if (const int code = parseCommandLine(parser, arguments, u"modules [options]"_s); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"modules takes no arguments"_s);
        return ExitUsage;
    }

    ModuleManager modules(parser.isSet(directory) ? parser.value(directory)
                                                  : ModuleManager::defaultDirectory(),
                          u"en"_s);
    if (const Result<void> found = modules.discover(); !found) {
        printError(found.error().message);
        return ExitFailure;
    }
    modules.load();
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(modules.toJson()).toJson()));
    } else {
        QStringList lines{u"%1 %2 %3 %4"_s.arg(u"ID"_s, -16)
                              .arg(u"VERSION"_s, -9)
                              .arg(u"STATE"_s, -8)
                              .arg(u"FILE / REASON"_s)};
        for (const ModuleStatus &s : modules.statuses()) {
            const bool failed = s.state == ModuleStatus::State::Failed;
            lines.append(u"%1 %2 %3 %4"_s.arg(s.id.isEmpty() ? u"-"_s : s.id, -16)
                             .arg(s.version.isEmpty() ? u"-"_s : s.version, -9)
                             .arg(failed ? u"failed"_s : u"loads"_s, -8)
                             .arg(failed ? s.reason : s.filePath));
        }
        printOut(lines.join(u'\n'));
    }
    return modules.failedCount() == 0 ? ExitOk : ExitFailure;
}

} // namespace

Command modulesCommand()
{
    return {u"modules"_s, u"List the installed modules and check that each one loads."_s,
            runModules};
}

} // namespace Jiandu::Cli
