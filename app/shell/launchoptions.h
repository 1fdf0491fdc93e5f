#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <core/result.h>

namespace Jiandu {

//! Exit codes of jiandu, documented in --help and the README.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,           //!< unknown option or bad value
    ExitDataDirectory = 3,   //!< data directory unusable or used by another instance
    ExitModuleDirectory = 4, //!< module directory missing
    ExitCache = 5,           //!< the local cache cannot be opened or created
};

//! What the command line asked for.
struct LaunchOptions
{
    enum class Action { Invalid = 0, Run, ShowHelp, ShowVersion, ListModules };
    Action action = Action::Run;
    bool demo = false;
    bool wall = false;
    bool offline = false;
    QList<int> screens;    //!< empty: every screen (wall mode)
    QString configPath;    //!< empty: <data dir>/config/jiandu.ini
    QString dataDirectory; //!< empty: the default for the mode (demo or real)
    QString language;      //!< empty: from settings
    QString helpText;

    //! Where data lives when --data-dir is not given; the demo never shares a real one.
    QString effectiveDataDirectory() const;
};

//! Parses jiandu's arguments (argv[0] first). Errors name the option and what is allowed.
class LaunchOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(Jiandu::LaunchOptionsParser)

public:
    static Result<LaunchOptions> parse(const QStringList &arguments);
};

} // namespace Jiandu
