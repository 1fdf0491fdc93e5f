#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <functional>

namespace Jiandu::Cli {

//! Exit codes shared by every subcommand (also listed by `jiandu-cli --help`).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, //!< the command ran and found a problem, or could not do its job
    ExitUsage = 2,   //!< unknown command, option or bad value
};

//! One subcommand: `jiandu-cli NAME [options] [arguments]`.
struct Command
{
    QString name;
    QString summary;
    //! Receives the arguments after NAME, with NAME standing in for argv[0].
    std::function<int(const QStringList &arguments)> run;
};

//! Parses \a arguments for a subcommand; on --help prints the subcommand's help and returns
//! ExitOk, on an error prints it and returns ExitUsage; otherwise returns -1 to continue.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &usage);

//! A password or secret from the file of \a fileOption (its first line), else the environment
//! variable \a environment, else the terminal (no echo); empty, with a message saying where it
//! can come from, if none gave one.
QString secret(const QCommandLineParser &parser, const QCommandLineOption &fileOption,
               const char *environment, const char *prompt);

//! The cache directory: --cache if given, else cache/ in --data-dir or the default data
//! directory.
QString cacheDirectory(const QCommandLineParser &parser, const QCommandLineOption &cacheDir,
                       const QCommandLineOption &dataDir);

void printOut(const QString &text);
void printError(const QString &text);

} // namespace Jiandu::Cli
