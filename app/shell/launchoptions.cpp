#include "launchoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <core/datadirectory.h>
#include <core/shellsettings.h>

using namespace Qt::StringLiterals;

namespace Jiandu {

QString LaunchOptions::effectiveDataDirectory() const
{
    return dataDirectory.isEmpty() ? DataDirectory::defaultPath(demo)
                                   : QDir(dataDirectory).absolutePath();
}

Result<LaunchOptions> LaunchOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Jiandu police supervision workstation.\n\n"
           "Exit codes: 0 success, 1 failure, 2 bad command line, 3 data directory unusable or "
           "in use, 4 module directory missing, 5 local cache unusable."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Run on the embedded demo site with its own data directory."));
    const QCommandLineOption wall(u"wall"_s,
                                  tr("Video wall mode: full-screen rotating content on the chosen "
                                     "screens. Leave it with Ctrl+Alt+Q."));
    const QCommandLineOption screens(
        u"screens"_s, tr("Screens for wall mode, e.g. 0,1 (default: all)."), tr("list"));
    const QCommandLineOption offline(u"offline"_s,
                                     tr("Work from the local cache only; do not contact servers."));
    const QCommandLineOption config(u"config"_s, tr("Use this configuration file."), tr("path"));
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Keep data (cache, logs, layout) in this directory."), tr("path"));
    const QCommandLineOption lang(u"lang"_s, tr("Interface language: zh_CN or en."), tr("code"));
    const QCommandLineOption listModules(
        u"list-modules"_s, tr("Print the modules that load, with versions, as JSON and exit."));
    parser.addOptions(
        {help, version, demo, wall, screens, offline, config, dataDir, lang, listModules});

    if (!parser.parse(arguments))
        return Error{parser.errorText() + u'\n' + tr("Run jiandu --help for the options."), {}};
    if (!parser.positionalArguments().isEmpty())
        return Error{tr("Unexpected argument \"%1\". Run jiandu --help for the options.")
                         .arg(parser.positionalArguments().constFirst()),
                     {}};

    LaunchOptions options;
    options.helpText = parser.helpText();
    if (parser.isSet(help)) {
        options.action = LaunchOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = LaunchOptions::Action::ShowVersion;
        return options;
    }
    options.demo = parser.isSet(demo);
    options.wall = parser.isSet(wall);
    options.offline = parser.isSet(offline);
    if (parser.isSet(listModules))
        options.action = LaunchOptions::Action::ListModules;

    if (parser.isSet(screens)) {
        if (!options.wall)
            return Error{tr("--screens only applies to wall mode; add --wall."), {}};
        const QStringList parts = parser.value(screens).split(u',');
        for (const QString &part : parts) {
            bool ok = false;
            const int index = part.trimmed().toInt(&ok);
            if (!ok || index < 0 || index > 63)
                return Error{tr("--screens expects screen numbers separated by commas, e.g. "
                                "0,1; \"%1\" is not one.")
                                 .arg(part),
                             {}};
            if (!options.screens.contains(index))
                options.screens.append(index);
        }
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (!ShellSettings::supportedLanguages().contains(options.language))
            return Error{
                tr("--lang expects %1; \"%2\" is not supported.")
                    .arg(ShellSettings::supportedLanguages().join(u" | "_s), options.language),
                {}};
    }
    for (const auto &[option, target] :
         {std::pair{&config, &options.configPath}, std::pair{&dataDir, &options.dataDirectory}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option);
        if (target->trimmed().isEmpty())
            return Error{tr("--%1 needs a path.").arg(option->names().constFirst()), {}};
    }
    return options;
}

} // namespace Jiandu
