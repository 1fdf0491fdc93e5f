#include "admincommands.h"

#include "accounts/accountsapi.h"
#include "accounts/passwordhash.h"
#include "db/postgres.h"
#include "seed/democity.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

Arguments Arguments::parse(const QStringList &args)
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

bool Arguments::onlyKnown(const QStringList &known)
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!known.contains(it.key())) {
            error = u"unknown option --%1"_s.arg(it.key());
            return false;
        }
    }
    return true;
}

namespace {

int misuse(const QString &why)
{
    std::fprintf(stderr, "jiandu-central: %s (see jiandu-central --help)\n", qPrintable(why));
    return Usage;
}

int failed(const QString &why)
{
    std::fprintf(stderr, "jiandu-central: %s\n", qPrintable(why));
    return Failure;
}

//! A unit's path: its parent's path and its code.
std::optional<QString> pathOf(PgConnection &c, const QString &parent, const QString &code)
{
    if (parent.isEmpty())
        return code;
    const PgResult r = c.exec("SELECT path FROM unit WHERE code = $1", {pgText(parent)});
    if (r.rows() != 1)
        return std::nullopt;
    return r.text(0, 0) + u'/' + code;
}

int addUnit(PgConnection &c, const QString &code, const QString &name, const QString &parent,
            const QString &kind)
{
    static const QRegularExpression codePattern(u"^[0-9A-Za-z]{1,32}$"_s);
    if (!codePattern.match(code).hasMatch())
        return misuse(u"a unit code is 1…32 letters or digits"_s);
    if (name.isEmpty() || name.size() > 100)
        return misuse(u"a unit needs a name (--name) of at most 100 characters"_s);
    const auto path = pathOf(c, parent, code);
    if (!path)
        return failed(u"no parent unit %1"_s.arg(parent));
    const PgResult r =
        c.exec("INSERT INTO unit (code, name, parent_code, kind, path) VALUES ($1, $2, $3, $4, $5) "
               "ON CONFLICT (code) DO NOTHING",
               {pgText(code), pgText(name), parent.isEmpty() ? PgParam() : pgText(parent),
                pgText(kind), pgText(*path)});
    return r.affected() == 1 ? Ok : failed(u"unit %1 exists already"_s.arg(code));
}

} // namespace

int keyCommand(PgConnection &c, const Arguments &args)
{
    const QString action = args.positional.value(1);
    const QString name = args.positional.value(2);
    try {
        if (action == "add"_L1) {
            if (name.isEmpty() || name.size() > 64)
                return misuse(u"key add needs a KEY of 1…64 characters"_s);
            QString secret = args.options.value(u"secret"_s);
            if (secret.isEmpty()) {
                QByteArray random(24, Qt::Uninitialized);
                QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                                      random.size() / 4);
                secret = QString::fromLatin1(random.toHex());
            }
            const PgResult r =
                c.exec("INSERT INTO share_key (key, secret, name, scopes) VALUES ($1, $2, $3, "
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
            const PgResult r = c.exec("UPDATE share_key SET enabled = $2 WHERE key = $1",
                                      {pgText(name), PgParam(action == "enable"_L1 ? "t" : "f")});
            if (r.affected() == 0) {
                std::fprintf(stderr, "jiandu-central: no key %s\n", qPrintable(name));
                return Failure;
            }
            return Ok;
        }
        if (action == "list"_L1) {
            const PgResult r =
                c.exec("SELECT key, name, enabled, created_at FROM share_key ORDER BY key");
            for (int i = 0; i < r.rows(); ++i)
                std::printf("%s\t%s\t%s\t%s\n", qPrintable(r.text(i, 0)), qPrintable(r.text(i, 1)),
                            r.view(i, 2) == "t" ? "enabled" : "disabled", qPrintable(r.text(i, 3)));
            return Ok;
        }
        return misuse(u"key add|disable|enable|list"_s);
    } catch (const PgError &error) {
        std::fprintf(stderr, "jiandu-central: %s\n", error.what());
        return Failure;
    }
}

int addDemoUnits(PgConnection &c)
{
    // Parents come before their children in the list.
    int added = 0;
    for (const DemoUnit &u : demoCityUnits()) {
        const auto path = pathOf(c, u.parentCode, u.code);
        if (!path)
            continue;
        added += int(c.exec("INSERT INTO unit (code, name, parent_code, kind, path) VALUES "
                            "($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING",
                            {pgText(u.code), pgText(u.name),
                             u.parentCode.isEmpty() ? PgParam() : pgText(u.parentCode),
                             pgText(u.kind), pgText(*path)})
                         .affected());
    }
    return added;
}

int unitCommand(PgConnection &c, const Arguments &args)
{
    const QString action = args.positional.value(1);
    try {
        if (action == "add"_L1) {
            static const QStringList kinds{u"city"_s, u"district"_s, u"station"_s, u"casearea"_s,
                                           u"other"_s};
            const QString kind = args.options.value(u"kind"_s, u"other"_s);
            if (!kinds.contains(kind))
                return misuse(u"--kind is one of %1"_s.arg(kinds.join(u", "_s)));
            return addUnit(c, args.positional.value(2), args.options.value(u"name"_s),
                           args.options.value(u"parent"_s), kind);
        }
        if (action == "demo"_L1) {
            std::printf("%d units added\n", addDemoUnits(c));
            return Ok;
        }
        if (action == "list"_L1) {
            const PgResult r = c.exec("SELECT code, name, kind, path FROM unit ORDER BY path");
            for (int i = 0; i < r.rows(); ++i)
                std::printf("%s\t%s\t%s\t%s\n", qPrintable(r.text(i, 0)), qPrintable(r.text(i, 1)),
                            qPrintable(r.text(i, 2)), qPrintable(r.text(i, 3)));
            return Ok;
        }
        return misuse(u"unit add|demo|list"_s);
    } catch (const PgError &error) {
        return failed(QString::fromUtf8(error.what()));
    }
}

int userCommand(PgConnection &c, const Arguments &args)
{
    const QString action = args.positional.value(1);
    const QString name = args.positional.value(2);
    try {
        if (action == "add"_L1 || action == "password"_L1) {
            static const QRegularExpression namePattern(u"^[A-Za-z0-9_.-]{2,64}$"_s);
            if (!namePattern.match(name).hasMatch())
                return misuse(u"a user name is 2…64 letters, digits or _.-"_s);
            // Never on the command line (other users see it in ps): the environment, or a
            // line of standard input.
            QString password = qEnvironmentVariable("JIANDU_PASSWORD");
            if (password.isEmpty()) {
                std::fprintf(stderr, "password for %s: ", qPrintable(name));
                QTextStream in(stdin);
                password = in.readLine(512);
            }
            if (const QString weak = PasswordHash::weakness(password); !weak.isEmpty())
                return failed(u"the password needs %1"_s.arg(weak));
            const QString hash = PasswordHash::make(password);
            if (action == "password"_L1) {
                const PgResult r = c.exec("UPDATE app_user SET password_hash = $2 WHERE name = $1",
                                          {pgText(name), pgText(hash)});
                return r.affected() == 1 ? Ok : failed(u"no user %1"_s.arg(name));
            }
            const QString role = args.options.value(u"role"_s);
            if (!AccountsApi::roles().contains(role))
                return misuse(u"--role is one of %1"_s.arg(AccountsApi::roles().join(u", "_s)));
            const PgResult r =
                c.exec("INSERT INTO app_user (name, display_name, password_hash, role, unit_code) "
                       "SELECT $1, $2, $3, $4, code FROM unit WHERE code = $5 ON CONFLICT (name) "
                       "DO NOTHING",
                       {pgText(name), pgText(args.options.value(u"display-name"_s)), pgText(hash),
                        pgText(role), pgText(args.options.value(u"unit"_s))});
            return r.affected() == 1
                       ? Ok
                       : failed(u"user %1 exists already, or there is no unit %2"_s.arg(
                             name, args.options.value(u"unit"_s)));
        }
        if (action == "disable"_L1 || action == "enable"_L1) {
            const PgResult r = c.exec("UPDATE app_user SET enabled = $2 WHERE name = $1",
                                      {pgText(name), PgParam(action == "enable"_L1 ? "t" : "f")});
            if (action == "disable"_L1) // and every session it had
                c.exec("DELETE FROM refresh_token WHERE user_name = $1", {pgText(name)});
            return r.affected() == 1 ? Ok : failed(u"no user %1"_s.arg(name));
        }
        if (action == "list"_L1) {
            const PgResult r = c.exec("SELECT name, display_name, role, unit_code, enabled "
                                      "FROM app_user ORDER BY name");
            for (int i = 0; i < r.rows(); ++i)
                std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(r.text(i, 0)),
                            qPrintable(r.text(i, 1)), qPrintable(r.text(i, 2)),
                            qPrintable(r.text(i, 3)), r.view(i, 4) == "t" ? "enabled" : "disabled");
            return Ok;
        }
        return misuse(u"user add|password|disable|enable|list"_s);
    } catch (const PgError &error) {
        return failed(QString::fromUtf8(error.what()));
    }
}

} // namespace Jiandu::Central
