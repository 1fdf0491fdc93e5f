// jiandu-central: the central service. See `jiandu-central --help`.
#include "centralservice.h"
#include "db/migrations.h"
#include "seed/incidentgenerator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>
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
    "  config check FILE              check a configuration file\n"
    "  --version, --help\n"
    "\n"
    "Exit codes: 0 success, 1 failure, 2 bad command line, 3 configuration refused,\n"
    "4 the database cannot be reached or is at another schema version.\n";

enum Exit { Ok = 0, Failure = 1, Usage = 2, BadConfig = 3, NoDatabase = 4 };

int usage(const QString &why)
{
    std::fprintf(stderr, "jiandu-central: %s\n\n%s", qPrintable(why), kUsage);
    return Usage;
}

//! "--name value" options after the command words; the rest stays positional.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> options;
    QString error;

    static Arguments parse(const QStringList &args)
    {
        Arguments a;
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args[i].startsWith("--"_L1)) {
                if (i + 1 >= args.size()) {
                    a.error = u"%1 needs a value"_s.arg(args[i]);
                    return a;
                }
                a.options.insert(args[i].mid(2), args[i + 1]);
                ++i;
            } else {
                a.positional.append(args[i]);
            }
        }
        return a;
    }
    bool onlyKnown(const QStringList &known)
    {
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            if (!known.contains(it.key())) {
                error = u"unknown option --%1"_s.arg(it.key());
                return false;
            }
        }
        return true;
    }
};

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
    HttpServer server(options, [&service](const HttpRequest &r) { return service.handle(r); });
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

int key(const CentralConfig &config, const Arguments &args)
{
    const QString action = args.positional.value(1);
    const QString name = args.positional.value(2);
    int exit = Ok;
    auto connection = connect(config, exit);
    if (!connection)
        return exit;
    try {
        if (action == "add"_L1) {
            if (name.isEmpty() || name.size() > 64)
                return usage(u"key add needs a KEY of 1…64 characters"_s);
            QString secret = args.options.value(u"secret"_s);
            if (secret.isEmpty()) {
                QByteArray random(24, Qt::Uninitialized);
                QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                                      random.size() / 4);
                secret = QString::fromLatin1(random.toHex());
            }
            const PgResult r = connection->exec(
                "INSERT INTO share_key (key, secret, name, scopes) VALUES ($1, $2, $3, "
                "string_to_array($4, ',')) ON CONFLICT (key) DO NOTHING",
                {pgText(name), pgText(secret), pgText(args.options.value(u"name"_s)),
                 pgText(args.options.value(u"scopes"_s, u"share"_s))});
            if (r.affected() == 0) {
                std::fprintf(stderr, "jiandu-central: key %s exists already\n", qPrintable(name));
                return Failure;
            }
            std::printf("%s\n", qPrintable(secret));
            return Ok;
        }
        if (action == "disable"_L1 || action == "enable"_L1) {
            const PgResult r =
                connection->exec("UPDATE share_key SET enabled = $2 WHERE key = $1",
                                 {pgText(name), PgParam(action == "enable"_L1 ? "t" : "f")});
            if (r.affected() == 0) {
                std::fprintf(stderr, "jiandu-central: no key %s\n", qPrintable(name));
                return Failure;
            }
            return Ok;
        }
        if (action == "list"_L1) {
            const PgResult r = connection->exec(
                "SELECT key, name, enabled, created_at FROM share_key ORDER BY key");
            for (int i = 0; i < r.rows(); ++i)
                std::printf("%s\t%s\t%s\t%s\n", qPrintable(r.text(i, 0)), qPrintable(r.text(i, 1)),
                            r.view(i, 2) == "t" ? "enabled" : "disabled", qPrintable(r.text(i, 3)));
            return Ok;
        }
        return usage(u"key add|disable|enable|list"_s);
    } catch (const PgError &error) {
        std::fprintf(stderr, "jiandu-central: %s\n", error.what());
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
                            u"random-seed"_s, u"secret"_s,    u"name"_s, u"scopes"_s};
    if (!parsed.onlyKnown(known))
        return usage(parsed.error);
    if (command != "serve"_L1 && command != "migrate"_L1 && command != "seed"_L1 &&
        command != "key"_L1)
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
    return key(*config, parsed);
}
