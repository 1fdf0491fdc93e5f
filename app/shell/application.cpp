#include "application.h"

#include "cacheunlock.h"
#include "centralsession.h"
#include "launchoptions.h"
#include "screenlock.h"
#include "shell.h"
#include "signalwatcher.h"
#include "signindialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScreen>
#include <QTranslator>
#include <core/clock.h>
#include <core/datadirectory.h>
#include <core/logging.h>
#include <core/loghub.h>
#include <core/settingsstore.h>
#include <core/severity.h>
#include <core/shellsettings.h>
#include <core/sitedescription.h>
#include <cstdio>
#include <moduleapi/modulemanager.h>
#include <storage/localcache.h>
#include <sync/syncsettings.h>

Q_LOGGING_CATEGORY(lcApp, "jiandu.app", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Jiandu {

namespace {

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void printOut(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fputs(qPrintable(u"jiandu: "_s + text + u'\n'), stderr);
}

QString operatorName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"operator"_s : user;
}

// The demo's central service (scripts/demo starts it) has a demo account, public like the rest
// of the demo's data: the demo signs in with it by itself.
std::unique_ptr<CentralSession> signInToDemoCentral(const LocalCache &cache, const QUrl &server)
{
    const Sync::CentralAccount account{server, {}, u"demo"_s, u"jiandu-demo-2026"_s};
    Sync::CentralSignIn signIn(cache);
    signIn.setTimeout(
        3000); // before the window shows: a demo service that is gone is not waited for
    QEventLoop loop;
    std::unique_ptr<CentralSession> session;
    signIn.signIn(account, 7, [&](Result<Sync::CentralSignIn::Outcome> outcome) {
        if (outcome)
            session = std::make_unique<CentralSession>(account, outcome->info, outcome->online);
        else
            qCWarning(lcApp).noquote() << "demo sign-in:" << outcome.error().text();
        loop.quit();
    });
    loop.exec();
    return session;
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(u"jiandu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(JIANDU_VERSION));
    QCoreApplication::setOrganizationDomain(u"jiandu.invalid"_s);
}

// --help, --version, --list-modules and command-line errors: no window, no data directory.
int runWithoutWindow(int argc, char *argv[], const Result<LaunchOptions> &untranslated)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    const QStringList arguments = argumentList(argc, argv);
    QString language = u"zh_CN"_s;
    if (untranslated && !untranslated->language.isEmpty())
        language = untranslated->language;
    installTranslations(language);
    const Result<LaunchOptions> parsed = LaunchOptionsParser::parse(arguments);
    if (!parsed) {
        printError(parsed.error().message);
        return ExitUsage;
    }
    switch (parsed->action) {
    case LaunchOptions::Action::ShowHelp:
        printOut(parsed->helpText);
        return ExitOk;
    case LaunchOptions::Action::ShowVersion:
        printOut(u"jiandu "_s + QCoreApplication::applicationVersion() + u" (Qt "_s +
                 QString::fromLatin1(qVersion()) + u")\n"_s);
        return ExitOk;
    case LaunchOptions::Action::ListModules: {
        LogHub::instance().installMessageHandler();
        LogHub::instance().setEchoToStderr(false);
        ModuleManager modules(ModuleManager::defaultDirectory(), language);
        if (const Result<void> found = modules.discover(); !found) {
            printError(found.error().message);
            return ExitModuleDirectory;
        }
        modules.load();
        printOut(
            QString::fromUtf8(QJsonDocument(modules.toJson()).toJson(QJsonDocument::Indented)));
        return modules.failedCount() == 0 ? ExitOk : ExitFailure;
    }
    case LaunchOptions::Action::Run:
    case LaunchOptions::Action::Invalid:
        break;
    }
    return ExitFailure;
}

void showStartupError(const QString &title, const QString &message)
{
    printError(message);
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    box.setObjectName(u"startupError"_s);
    box.exec();
}

QList<QScreen *> wallScreens(const QList<int> &requested, QString *error)
{
    const QList<QScreen *> available = QGuiApplication::screens();
    if (requested.isEmpty())
        return available;
    QList<QScreen *> chosen;
    for (int index : requested) {
        if (index >= available.size()) {
            *error = QCoreApplication::translate(
                         "Jiandu::Application",
                         "--screens: there is no screen %1; this machine has %n screen(s), "
                         "numbered from 0.",
                         nullptr, int(available.size()))
                         .arg(index);
            return {};
        }
        chosen.append(available[index]);
    }
    return chosen;
}

} // namespace

bool installTranslations(const QString &language)
{
    // Replaces the catalogues of an earlier call (the language can change once settings load).
    static QList<QTranslator *> installed;
    for (QTranslator *translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
    // The source strings are English; the English catalogue gives their plurals ("1 hour",
    // "2 hours" for "%n hour(s)").
    auto *ours = new QTranslator(QCoreApplication::instance());
    const bool found = ours->load(u":/i18n/jiandu_"_s + language + u".qm"_s);
    if (language == u"en"_s) {
        if (found) {
            QCoreApplication::installTranslator(ours);
            installed.append(ours);
        } else {
            delete ours;
        }
        return true;
    }
    if (found) {
        QCoreApplication::installTranslator(ours);
        installed.append(ours);
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    }
    return found;
}

int runApplication(int argc, char *argv[])
{
    const Result<LaunchOptions> parsed = LaunchOptionsParser::parse(argumentList(argc, argv));
    if (!parsed || parsed->action != LaunchOptions::Action::Run)
        return runWithoutWindow(argc, argv, parsed);
    const LaunchOptions &options = *parsed;

    // Modules' web pages (the command map) share the windows' OpenGL context.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    setApplicationInfo();
    QGuiApplication::setDesktopFileName(u"jiandu"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/jiandu.svg"_s));
    QApplication::setQuitOnLastWindowClosed(false);
    LogHub::instance().installMessageHandler();
    // Chinese first; the operator's own choice is known once the settings are read.
    const QString startLanguage = options.language.isEmpty() ? u"zh_CN"_s : options.language;
    installTranslations(startLanguage);

    // The data directory is locked before anything is read from or written to it.
    auto dataDirectory = DataDirectory::open(options.effectiveDataDirectory());
    if (!dataDirectory) {
        showStartupError(QCoreApplication::translate("Jiandu::Application", "Jiandu cannot start"),
                         dataDirectory.error().message);
        return ExitDataDirectory;
    }
    const DataDirectory &data = *dataDirectory.value();
    const bool logging = LogHub::instance().startFile(data.logDirectory());

    SettingsStore settings(options.configPath.isEmpty() ? data.configFile() : options.configPath);
    const QString language =
        options.language.isEmpty() ? ShellSettings::language(settings) : options.language;
    if (language != startLanguage)
        installTranslations(language);
    QLoggingCategory::setFilterRules(
        ShellSettings::loggingRules(ShellSettings::debugCategories(settings)));
    qCInfo(lcApp).noquote() << "Jiandu" << QCoreApplication::applicationVersion() << "starting;"
                            << "data directory" << data.path() << "language" << language
                            << (options.demo ? "demo" : "") << (options.wall ? "wall" : "")
                            << (options.offline ? "offline" : "");

    QString screenError;
    const QList<QScreen *> screens =
        options.wall ? wallScreens(options.screens, &screenError) : QList<QScreen *>();
    if (!screenError.isEmpty()) {
        printError(screenError);
        return ExitUsage;
    }

    // The encrypted local cache. An unattended video wall has no one to type a password; it
    // shows what the central service feeds it.
    std::unique_ptr<LocalCache> cache;
    if (options.demo) {
        auto demo = CacheUnlock::openDemo(data.cacheDirectory());
        if (!demo) {
            showStartupError(
                QCoreApplication::translate("Jiandu::Application", "The local cache is unusable"),
                demo.error().message);
            return ExitCache;
        }
        cache = std::move(demo).value();
    } else if (!options.wall) {
        CacheUnlockDialog unlock(data.cacheDirectory());
        if (unlock.exec() != QDialog::Accepted)
            return ExitOk; // the operator chose not to log in
        cache = unlock.takeCache();
    }

    // A workstation of a site with a central service: the operator signs in with their account
    // (role and unit come from it); a standalone site keeps the workstation's settings.
    std::unique_ptr<CentralSession> session;
    QString offlineSignIn;
    const QString demoCentral =
        options.demo && !options.offline ? qEnvironmentVariable("JIANDU_DEMO_CENTRAL") : QString();
    const QUrl server(SyncSettings::server.value(settings));
    if (cache && !demoCentral.isEmpty()) {
        session = signInToDemoCentral(*cache, QUrl(demoCentral));
    } else if (cache && !options.demo && !server.isEmpty()) {
        SignInDialog signIn(
            *cache, server,
            QByteArray::fromHex(
                SyncSettings::pinnedCertificate.value(settings).remove(u':').toLatin1()),
            SyncSettings::offlineDays.value(settings));
        if (signIn.exec() != QDialog::Accepted)
            return ExitOk;
        session = signIn.takeSession();
        offlineSignIn = signIn.offlineReason();
    }

    ModuleManager modules(ModuleManager::defaultDirectory(), language);
    if (const Result<void> found = modules.discover(); !found) {
        showStartupError(
            QCoreApplication::translate("Jiandu::Application", "Jiandu modules are missing"),
            found.error().message);
        return ExitModuleDirectory;
    }
    modules.load();

    ShellContext context;
    context.dataDirectory = data.path();
    context.language = language;
    context.userName = session ? session->accountInfo().user : operatorName();
    if (session) {
        context.role = session->accountInfo().role;
        context.unit = session->accountInfo().unit;
    }
    context.demo = options.demo;
    context.offline = options.offline;
    context.wall = options.wall;
    // The demo's site is embedded; a workstation's comes with its configuration.
    const QString sitePath =
        options.demo ? u":/demo/site.json"_s : settings.value(u"site/description"_s).toString();
    if (!sitePath.isEmpty()) {
        if (auto site = SiteDescription::load(sitePath))
            context.site = *site;
        else
            qCWarning(lcApp).noquote() << site.error().text();
    }

    Shell shell(context, settings, *SystemClock::instance(), modules,
                WindowLayoutStore(data.userDirectory(context.userName) + u"/layout.ini"_s),
                cache.get());
    if (session)
        shell.addService(session.get());
    shell.startModules();
    if (session && !session->confirmedOnline())
        shell.notify(Severity::Warning,
                     QCoreApplication::translate("Jiandu::Application", "Signed in offline"),
                     QCoreApplication::translate("Jiandu::Application",
                                                 "The central service could not be reached (%1). "
                                                 "You work from the local cache; your changes "
                                                 "are sent when it is back.")
                         .arg(offlineSignIn));

    if (!settings.problem().isEmpty())
        shell.notify(Severity::Warning,
                     QCoreApplication::translate("Jiandu::Application", "Configuration reset"),
                     settings.problem());
    if (!logging)
        shell.notify(Severity::Warning,
                     QCoreApplication::translate("Jiandu::Application", "No log file"),
                     QCoreApplication::translate("Jiandu::Application",
                                                 "The log cannot be written to %1: %2. Messages "
                                                 "are shown in the run log page only.")
                         .arg(QDir::toNativeSeparators(data.logDirectory()),
                              LogHub::instance().fileError()));
    for (const ModuleStatus &status : modules.statuses()) {
        if (status.state == ModuleStatus::State::Failed)
            shell.notify(
                Severity::Warning,
                QCoreApplication::translate("Jiandu::Application", "Module not loaded"),
                QCoreApplication::translate("Jiandu::Application", "%1: %2")
                    .arg(status.name.isEmpty() ? status.filePath : status.name, status.reason));
    }

    QObject::connect(&shell, &Shell::quitRequested, &app, [&] {
        shell.saveLayout();
        QCoreApplication::quit();
    });
    SignalWatcher termination;
    QObject::connect(&termination, &SignalWatcher::terminationRequested, &shell,
                     [&shell](int signalNumber) {
                         qCInfo(lcApp) << "signal" << signalNumber << "received; closing";
                         emit shell.quitRequested();
                     });
    if (options.wall)
        shell.showWall(screens);
    else
        shell.showMainWindow();

    // Away from the desk, the screen locks; the operator's own password opens it. The demo's
    // sample data does not lock unless the settings ask for it; a wall has nobody to type.
    std::unique_ptr<ScreenLock> screenLock;
    const int lockMinutes =
        options.demo && !settings.contains(QLatin1String(ShellSettings::kLockMinutes))
            ? 0
            : ShellSettings::lockMinutes(settings);
    if (!options.wall && lockMinutes > 0) {
        ScreenLock::Verify verify;
        if (session) {
            verify = [account = session.get()](const QString &password,
                                               std::function<void(QString)> answer) {
                answer(account->matches(password)
                           ? QString()
                           : QCoreApplication::translate("Jiandu::Application",
                                                         "The password is wrong."));
            };
        } else {
            verify = [directory = data.cacheDirectory(),
                      &shell](const QString &password, std::function<void(QString)> answer) {
                CacheUnlock::checkPassword(directory, password, &shell, std::move(answer));
            };
        }
        screenLock =
            std::make_unique<ScreenLock>(lockMinutes * 60'000, context.userName, std::move(verify));
    }

    const int code = app.exec();
    shell.saveLayout();
    modules.shutdown();
    settings.sync();
    qCInfo(lcApp) << "Jiandu stopped";
    LogHub::instance().stopFile();
    return code;
}

} // namespace Jiandu
