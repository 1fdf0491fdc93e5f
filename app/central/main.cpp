// jiandu-central: the central service. See `jiandu-central --help`.
#include "admincommands.h"
#include "centralservice.h"
#include "db/migrations.h"
#include "seed/incidentgenerator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace Jiandu;
using namespace Jiandu::Central;
using namespace Qt::StringLiterals;

namespace {

const char kUsage[] =
    "Usage: jiandu-central COMMAND [options]\n"
    "\n"
    "  serve --config FILE            serve the API (HTTP, or HTTPS with a certificate)\n"
    "  migrate --config FILE          bring the database's schema up to date\n"
    "  seed --config FILE [--incidents N] [--days D] [--end \"yyyy-MM-dd HH:mm:ss\"]\n"
    "       [--random-seed S]         generate realistic 警情 records (demo, benchmarks)\n"
    "  key add --config FILE KEY [--secret S] [--name TEXT] [--scopes share,intake]\n"
    "                                 a consumer of the share API (share) or a system that\n"
    "                                 delivers events (intake); prints the secret\n"
    "  key disable|enable --config FILE KEY\n"
    "  key list --config FILE\n"
    "  unit add --config FILE CODE --name NAME [--parent CODE] [--kind city|district|station|\n"
    "       casearea|other]          a unit of the organisation\n"
    "  unit demo|list --config FILE   the demo city's tree; the units\n"
    "  user add --config FILE NAME --role operator|legal|unit_officer|leader|admin\n"
    "       --unit CODE [--display-name TEXT]   the password from JIANDU_PASSWORD or stdin\n"
    "  user password|disable|enable|list --config FILE [NAME]\n"
    "  config check FILE              check a configuration file\n"
    "  --version, --help\n"
    "\n"
    "Exit codes: 0 success, 1 failure, 2 bad command line, 3 configuration refused,\n"
    "4 the database cannot be reached or is at another schema version.\n";

int usage(const QString &why)
{
    std::fprintf(stderr, "jiandu-central: %s\n\n%s", qPrintable(why), kUsage);
    return Usage;
}

std::optional<CentralConfig> loadConfig(const Arguments &args, int &exit)
{
    const QString path = args.options.value(u"config"_s);
    if (path.isEmpty()) {
        exit = usage(u"--config FILE is required"_s);
        return std::nullopt;
    }
    QString error;
    auto config = CentralConfig::load(path, &error);
    if (!config) {
        std::fprintf(stderr, "jiandu-central: configuration refused: %s\n", qPrintable(error));
        exit = BadConfig;
    }
    return config;
}

std::unique_ptr<PgConnection> connect(const CentralConfig &config, int &exit)
{
    try {
        return std::make_unique<PgConnection>(config.databaseUrl.toStdString());
    } catch (const PgError &error) {
        std::fprintf(stderr, "jiandu-central: %s\n", error.what());
        exit = NoDatabase;
        return nullptr;
    }
}

int serve(const CentralConfig &config)
{
    // Every connection is a descriptor: take what the system allows, not the shell's default.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    int exit = Ok;
    {
        auto connection = connect(config, exit);
        if (!connection)
            return exit;
        const int version = Migrations::currentVersion(*connection);
        if (version != Migrations::latestVersion()) {
            std::fprintf(stderr,
                         "jiandu-central: the database is at schema version %d, this service "
                         "needs %d: run `jiandu-central migrate --config FILE` first\n",
                         version, Migrations::latestVersion());
            return NoDatabase;
        }
    }
    RuleSet rules;
    if (config.engine) {
        auto loaded = config.rulesFile.isEmpty()
                          ? RuleSet::load(u":/central/rules/catalogue.json"_s)
                          : RuleSet::load(config.rulesFile);
        if (!loaded) {
            std::fprintf(stderr, "jiandu-central: the rules cannot be loaded: %s\n",
                         qPrintable(loaded.error().text()));
            return BadConfig;
        }
        rules = std::move(loaded).value();
    }
    CentralService service(config, std::move(rules));
    HttpServer::Options options;
    options.host = config.listenHost.toStdString();
    options.port = config.listenPort;
    options.tlsCertificate = config.tlsCertificate.toStdString();
    options.tlsKey = config.tlsKey.toStdString();
    options.ioThreads = config.threads > 0 ? config.threads
                                           : int(std::max(1U, std::thread::hardware_concurrency()));
    options.workerThreads = config.databaseConnections + 4;
    options.instance = config.instance.toStdString();
    HttpServer server(
        options, [&service](const HttpRequest &r) { return service.handle(r); },
        [&service](const HttpRequest &r) { return service.immediate(r); });
    std::string error;
    if (!server.listen(&error)) {
        std::fprintf(stderr, "jiandu-central: %s\n", error.c_str());
        return Failure;
    }
    std::printf("jiandu-central %s listening on %s://%s:%u\n", qPrintable(config.instance),
                config.tlsCertificate.isEmpty() ? "http" : "https", options.host.c_str(),
                unsigned(server.port()));
    std::fflush(stdout);
    service.start();
    server.run();
    std::fprintf(stderr, "jiandu-central %s stopped\n", qPrintable(config.instance));
    return Ok;
}

int migrate(const CentralConfig &config)
{
    int exit = Ok;
    auto connection = connect(config, exit);
    if (!connection)
        return exit;
    try {
        const QStringList applied = Migrations::apply(*connection);
        std::printf("schema version %d%s%s\n", Migrations::latestVersion(),
                    applied.isEmpty() ? " (already up to date)" : ", applied: ",
                    qPrintable(applied.join(u", "_s)));
        return Ok;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "jiandu-central: migration failed: %s\n", error.what());
        return Failure;
    }
}

int seed(const CentralConfig &config, const Arguments &args)
{
    IncidentGenerator::Options options;
    bool ok = true;
    auto number = [&](const QString &name, qint64 fallback, qint64 least, qint64 most) {
        if (!args.options.contains(name))
            return fallback;
        bool valid = false;
        const qint64 n = args.options.value(name).toLongLong(&valid);
        if (!valid || n < least || n > most) {
            std::fprintf(stderr, "jiandu-central: --%s must be %lld…%lld\n", qPrintable(name),
                         qlonglong(least), qlonglong(most));
            ok = false;
        }
        return n;
    };
    options.incidents = number(u"incidents"_s, 1000, 1, 100'000'000);
    options.days = int(number(u"days"_s, 7, 1, 3650));
    options.seed = number(u"random-seed"_s, 1, 0, 1'000'000);
    if (args.options.contains(u"end"_s)) {
        options.end = QDateTime::fromString(args.options.value(u"end"_s), u"yyyy-MM-dd HH:mm:ss"_s);
        if (!options.end.isValid()) {
            std::fprintf(stderr, "jiandu-central: --end must be \"yyyy-MM-dd HH:mm:ss\"\n");
            ok = false;
        }
    }
    if (!ok)
        return Usage;
    int exit = Ok;
    auto connection = connect(config, exit);
    if (!connection)
        return exit;
    try {
        // The incidents name the demo city's units: an empty organisation gets its tree, so
        // users can be given units the records belong to.
        if (connection->exec("SELECT count(*) FROM unit").number(0, 0) == 0)
            addDemoUnits(*connection);
        IncidentGenerator::generate(*connection, options, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld of %lld incidents", qlonglong(done), qlonglong(total));
        });
        std::fprintf(stderr, "\n");
        std::printf("%lld incidents over %d days\n", qlonglong(options.incidents), options.days);
        return Ok;
    } catch (const PgError &error) {
        std::fprintf(stderr, "\njiandu-central: seeding failed: %s\n", error.what());
        return Failure;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::printf("%s", kUsage);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.constFirst() == "--version"_L1) {
        std::printf("jiandu-central %s (schema %d)\n", JIANDU_VERSION, Migrations::latestVersion());
        return Ok;
    }
    Arguments parsed = Arguments::parse(args);
    if (!parsed.error.isEmpty())
        return usage(parsed.error);
    const QString command = parsed.positional.value(0);
    if (command == "config"_L1) {
        if (parsed.positional.value(1) != "check"_L1 || parsed.positional.size() != 3)
            return usage(u"config check FILE"_s);
        QString error;
        if (!CentralConfig::load(parsed.positional.value(2), &error)) {
            std::fprintf(stderr, "jiandu-central: configuration refused: %s\n", qPrintable(error));
            return BadConfig;
        }
        std::printf("configuration OK\n");
        return Ok;
    }
    const QStringList known{u"config"_s,      u"incidents"_s, u"days"_s, u"end"_s,
                            u"random-seed"_s, u"secret"_s,    u"name"_s, u"scopes"_s,
                            u"kind"_s,        u"parent"_s,    u"role"_s, u"unit"_s,
                            u"display-name"_s};
    if (!parsed.onlyKnown(known))
        return usage(parsed.error);
    static const QStringList commands{u"serve"_s, u"migrate"_s, u"seed"_s,
                                      u"key"_s,   u"unit"_s,    u"user"_s};
    if (!commands.contains(command))
        return usage(command.isEmpty() ? u"no command"_s : u"unknown command %1"_s.arg(command));
    int exit = Ok;
    const auto config = loadConfig(parsed, exit);
    if (!config)
        return exit;
    if (command == "serve"_L1)
        return serve(*config);
    if (command == "migrate"_L1)
        return migrate(*config);
    if (command == "seed"_L1)
        return seed(*config, parsed);
    auto connection = connect(*config, exit);
    if (!connection)
        return exit;
    if (command == "key"_L1)
        return keyCommand(*connection, parsed);
    if (command == "unit"_L1)
        return unitCommand(*connection, parsed);
    return userCommand(*connection, parsed);
}
