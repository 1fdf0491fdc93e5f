#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {
// Taken for the whole run, so two instances starting together do not both migrate.
constexpr const char *kLockKey = "7363001";
} // namespace

QList<Migrations::Step> Migrations::builtIn()
{
    QList<Step> steps;
    static const QRegularExpression name(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(u":/central/migrations"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        steps.append({match.captured(1).toInt(), file.chopped(4), f.readAll()});
    }
    return steps;
}

int Migrations::latestVersion()
{
    const auto steps = builtIn();
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

int Migrations::currentVersion(PgConnection &connection)
{
    const PgResult exists = connection.exec("SELECT to_regclass('schema_migration') IS NOT NULL");
    if (exists.view(0, 0) != "t")
        return 0;
    const PgResult version =
        connection.exec("SELECT coalesce(max(version), 0) FROM schema_migration");
    return int(version.number(0, 0));
}

QStringList Migrations::apply(PgConnection &connection)
{
    connection.exec("SELECT pg_advisory_lock($1)", {PgParam(kLockKey)});
    struct Unlock
    {
        PgConnection &c;
        ~Unlock()
        {
            try {
                c.exec("SELECT pg_advisory_unlock($1)", {PgParam(kLockKey)});
            } catch (const PgError &) {
            }
        }
    } unlock{connection};

    const int current = currentVersion(connection);
    if (current == 0)
        connection.exec("CREATE TABLE IF NOT EXISTS schema_migration ("
                        " version integer PRIMARY KEY, name text NOT NULL,"
                        " applied_at timestamptz NOT NULL DEFAULT now())");
    const QList<Step> steps = builtIn();
    if (!steps.isEmpty() && current > steps.constLast().version)
        throw std::runtime_error(
            u"the database is at schema version %1, newer than this service knows (%2): "
            "update jiandu-central"_s.arg(current)
                .arg(steps.constLast().version)
                .toStdString());
    QStringList applied;
    for (const Step &step : steps) {
        if (step.version <= current)
            continue;
        PgTransaction transaction(connection);
        connection.execScript(step.sql);
        connection.exec("INSERT INTO schema_migration (version, name) VALUES ($1, $2)",
                        {pgNumber(step.version), pgText(step.name)});
        transaction.commit();
        applied.append(step.name);
    }
    return applied;
}

} // namespace Jiandu::Central
