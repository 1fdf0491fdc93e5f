#include "accountsapi.h"

#include "../db/connectionpool.h"
#include "../http/envelope.h"
#include "../http/ratelimiter.h"
#include "../http/requestparameters.h"
#include "../share/jsonwebtoken.h"
#include "passwordhash.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>
#include <core/filehash.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

const QString kUnauthorized = u"未授权"_s;
const QString kBadParameters = u"请求参数校验失败"_s;

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpResponse forbidden(const QString &why)
{
    return envelope(Code::Unauthorized, kUnauthorized + u"："_s + why, "null", 403);
}

} // namespace

const QStringList &AccountsApi::roles()
{
    static const QStringList all{u"operator"_s, u"legal"_s, u"unit_officer"_s, u"leader"_s,
                                 u"admin"_s};
    return all;
}

AccountsApi::AccountsApi(ConnectionPool &pool, const CentralConfig &config, RateLimiter &limiter)
    : m_pool(pool)
    , m_config(config)
    , m_limiter(limiter)
    , m_loginsByName(std::make_unique<RateLimiter>(0.2, 10.0))
    , m_loginsByAddress(std::make_unique<RateLimiter>(5.0, 100.0))
{}

std::optional<AccountsApi::User> AccountsApi::load(const QString &name)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_users.constFind(name);
        if (it != m_users.cend() && at - it->first < 5000)
            return it->second;
    }
    const std::optional<User> user = m_pool.run([&](PgConnection &c) -> std::optional<User> {
        const PgResult r = c.execPrepared(
            "user_load",
            "SELECT u.name, u.role, u.unit_code, n.path, n.parent_code IS NULL FROM app_user u "
            "JOIN unit n ON n.code = u.unit_code WHERE u.name = $1 AND u.enabled",
            {pgText(name)});
        if (r.rows() != 1)
            return std::nullopt;
        return User{r.text(0, 0), r.text(0, 1), r.text(0, 2), r.text(0, 3), r.view(0, 4) == "t"};
    });
    std::lock_guard lock(m_mutex);
    if (m_users.size() > 10000)
        m_users.clear();
    m_users.insert(name, {at, user});
    return user;
}

std::optional<AccountsApi::User> AccountsApi::authenticate(const HttpRequest &request,
                                                           HttpResponse &refusal)
{
    const QString jwt = bearerToken(request);
    if (jwt.isEmpty()) {
        refusal = envelope(Code::Unauthorized,
                           kUnauthorized + u"：请先登录 (log in: Authorization: Bearer …)"_s,
                           "null", 401);
        return std::nullopt;
    }
    const auto verified = JsonWebToken::verify(jwt, m_config.tokenSecret.toUtf8(),
                                               QDateTime::currentMSecsSinceEpoch() / 1000);
    if (verified.check == JsonWebToken::Check::Expired) {
        refusal = envelope(Code::TokenExpired, u"Token过期，重新获取token"_s, "null", 401);
        return std::nullopt;
    }
    std::optional<User> user;
    if (verified.check == JsonWebToken::Check::Valid &&
        verified.claims.value(u"scope"_s).toString() == "user"_L1)
        user = load(verified.claims.value(u"sub"_s).toString());
    if (!user) {
        refusal = envelope(Code::Unauthorized, kUnauthorized + u"：令牌无效 (invalid token)"_s,
                           "null", 401);
        return std::nullopt;
    }
    if (!m_limiter.allow("user=" + user->name.toStdString())) {
        refusal = envelope(Code::RateLimited, u"请求过快，限流"_s, "null", 429);
        refusal.principal = "user=" + user->name.toStdString();
        return std::nullopt;
    }
    return user;
}

std::optional<HttpResponse> AccountsApi::handle(const HttpRequest &request)
{
    const std::string &path = request.path;
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    auto wrongMethod = [] {
        return envelope(Code::Failed, u"请求方法不对 (wrong method)"_s, "null", 405);
    };
    if (path == "/api/auth/login")
        return post ? login(request) : wrongMethod();
    if (path == "/api/auth/refresh")
        return post ? refresh(request) : wrongMethod();
    if (path == "/api/auth/logout")
        return post ? logout(request) : wrongMethod();
    if (path != "/api/me" && path != "/api/alerts" && path != "/api/incidents" &&
        path != "/api/admin/users" && path != "/api/admin/units")
        return std::nullopt;
    HttpResponse refusal;
    const auto user = authenticate(request, refusal);
    if (!user)
        return refusal;
    HttpResponse response;
    if (path == "/api/me")
        response = get ? me(*user) : wrongMethod();
    else if (path == "/api/alerts")
        response = get ? alerts(*user, request) : wrongMethod();
    else if (path == "/api/incidents")
        response = get ? incidents(*user, request) : wrongMethod();
    else if (user->role != "admin"_L1)
        response = forbidden(u"仅管理员可管理用户和单位 (administrators only)"_s);
    else if (path == "/api/admin/units")
        response = get ? listUnits(*user) : post ? addUnit(*user, request) : wrongMethod();
    else
        response = get ? listUsers(*user) : post ? addUser(*user, request) : wrongMethod();
    response.principal = "user=" + user->name.toStdString();
    return response;
}

HttpResponse AccountsApi::issue(const User &user, const QString &family)
{
    const qint64 issued = QDateTime::currentMSecsSinceEpoch() / 1000;
    const QString access =
        JsonWebToken::issue(QJsonObject{{u"iss"_s, u"jiandu-central"_s},
                                        {u"sub"_s, user.name},
                                        {u"scope"_s, u"user"_s},
                                        {u"role"_s, user.role},
                                        {u"unit"_s, user.unit},
                                        {u"iat"_s, double(issued)},
                                        {u"exp"_s, double(issued + kAccessLifetimeSeconds)}},
                            m_config.tokenSecret.toUtf8());
    const QString refreshToken = randomToken();
    m_pool.run([&](PgConnection &c) {
        c.execPrepared("refresh_add",
                       "INSERT INTO refresh_token (hash, user_name, family, expires_at) VALUES "
                       "($1, $2, $3::uuid, now() + "
                       "make_interval(days => $4::int))",
                       {pgText(Sha256::hex(refreshToken.toUtf8())), pgText(user.name),
                        pgText(family), pgNumber(kRefreshLifetimeDays)});
        return 0;
    });
    const QJsonObject data{{u"accessToken"_s, access},
                           {u"expiresIn"_s, kAccessLifetimeSeconds},
                           {u"refreshToken"_s, refreshToken},
                           {u"user"_s, user.name},
                           {u"role"_s, user.role},
                           {u"unit"_s, user.unit}};
    HttpResponse response =
        envelope(Code::Ok, u"成功"_s, QJsonDocument(data).toJson(QJsonDocument::Compact));
    response.principal = "user=" + user.name.toStdString();
    return response;
}

HttpResponse AccountsApi::login(const HttpRequest &request)
{
    const RequestParameters p = RequestParameters::parse(request);
    const QString name = p.values.value(u"username"_s);
    const QString password = p.values.value(u"password"_s);
    if (!p.error.isEmpty() || name.isEmpty() || password.isEmpty())
        return envelope(Code::BadParameters,
                        kBadParameters + u"：需要username和password (username and password)"_s);
    // Guessing is slowed per name and per address, before the hash is computed.
    const std::string address =
        request.forwardedFor.empty() ? request.remote : request.forwardedFor;
    if (!m_loginsByName->allow(name.left(64).toStdString()) || !m_loginsByAddress->allow(address))
        return envelope(Code::RateLimited, u"请求过快，限流"_s, "null", 429);
    const auto stored = m_pool.run([&](PgConnection &c) -> std::optional<QString> {
        const PgResult r = c.execPrepared(
            "user_hash", "SELECT password_hash FROM app_user WHERE name = $1 AND enabled",
            {pgText(name)});
        if (r.rows() != 1)
            return std::nullopt;
        return r.text(0, 0);
    });
    // A name that does not exist costs the same time as a wrong password.
    static const QString dummy = PasswordHash::make(u"jiandu-dummy-password-1"_s);
    const bool ok = PasswordHash::check(stored.value_or(dummy), password) && stored;
    const auto user = ok ? load(name) : std::nullopt;
    if (!user) {
        HttpResponse refused = envelope(
            Code::Unauthorized, kUnauthorized + u"：用户名或密码错误 (wrong name or password)"_s);
        refused.principal = "login=" + name.left(64).toStdString();
        return refused;
    }
    return issue(*user, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

HttpResponse AccountsApi::refresh(const HttpRequest &request)
{
    const RequestParameters p = RequestParameters::parse(request);
    const QString token = p.values.value(u"refreshToken"_s);
    if (!p.error.isEmpty() || token.isEmpty() || token.size() > 128)
        return envelope(Code::BadParameters, kBadParameters + u"：需要refreshToken"_s);
    const QString hash = Sha256::hex(token.toUtf8());
    struct Found
    {
        QString user, family;
        bool reused = false;
    };
    const auto found = m_pool.run([&](PgConnection &c) -> std::optional<Found> {
        PgTransaction transaction(c);
        const PgResult r = c.execPrepared(
            "refresh_take",
            "SELECT user_name, family::text, used FROM refresh_token WHERE hash = $1 "
            "AND expires_at > now() FOR UPDATE",
            {pgText(hash)});
        if (r.rows() != 1)
            return std::nullopt;
        Found f{r.text(0, 0), r.text(0, 1), r.view(0, 2) == "t"};
        if (f.reused) // a token used twice: someone else has it; end the whole family
            c.execPrepared("refresh_revoke", "DELETE FROM refresh_token WHERE family = $1::uuid",
                           {pgText(f.family)});
        else
            c.execPrepared("refresh_use", "UPDATE refresh_token SET used = true WHERE hash = $1",
                           {pgText(hash)});
        transaction.commit();
        return f;
    });
    if (!found || found->reused)
        return envelope(Code::Unauthorized, kUnauthorized + u"：refreshToken无效 (log in again)"_s);
    const auto user = load(found->user);
    if (!user)
        return envelope(Code::Unauthorized, kUnauthorized + u"：用户已停用 (user disabled)"_s);
    return issue(*user, found->family);
}

HttpResponse AccountsApi::logout(const HttpRequest &request)
{
    const RequestParameters p = RequestParameters::parse(request);
    const QString token = p.values.value(u"refreshToken"_s);
    if (!token.isEmpty()) {
        m_pool.run([&](PgConnection &c) {
            c.execPrepared("refresh_logout",
                           "DELETE FROM refresh_token WHERE family = "
                           "(SELECT family FROM refresh_token WHERE hash = $1)",
                           {pgText(Sha256::hex(token.toUtf8()))});
            return 0;
        });
    }
    return envelope(Code::Ok, u"成功"_s);
}

HttpResponse AccountsApi::answer(const char *statement, const char *sql,
                                 const std::vector<PgParam> &params)
{
    const QByteArray data = m_pool.run(
        [&](PgConnection &c) { return c.execPrepared(statement, sql, params).bytes(0, 0); });
    return envelope(Code::Ok, u"成功"_s, data);
}

HttpResponse AccountsApi::me(const User &user)
{
    return answer("user_me",
                  "SELECT json_build_object('user', u.name, 'displayName', u.display_name, "
                  "'role', u.role, 'unit', u.unit_code, 'unitName', n.name)::text "
                  "FROM app_user u JOIN unit n ON n.code = u.unit_code WHERE u.name = $1",
                  {pgText(user.name)});
}

HttpResponse AccountsApi::alerts(const User &user, const HttpRequest &request)
{
    // Paged by id: ?after=ID (exclusive) &limit=N (≤ 500).
    const QUrlQuery query(QString::fromStdString(request.query));
    bool ok = true;
    const qint64 after =
        query.hasQueryItem(u"after"_s) ? query.queryItemValue(u"after"_s).toLongLong(&ok) : 0;
    bool limitOk = true;
    const int limit =
        query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&limitOk) : 200;
    if (!ok || !limitOk || after < 0 || limit < 1 || limit > 500)
        return envelope(Code::BadParameters, kBadParameters + u"：after≥0，limit 1…500"_s);
    static const QByteArray sql =
        QByteArray(
            "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT a.id, a.rule_id AS "
            "\"ruleId\", "
            "a.subject_key AS \"subjectKey\", a.element, a.tier, a.colour, a.score, a.message, "
            "a.unit, "
            "a.raised_ms AS \"raisedMs\", a.deadline_ms AS \"deadlineMs\", a.resolved_ms AS "
            "\"resolvedMs\", a.resolve_reason AS \"resolveReason\", a.suppressed FROM alert a "
            "WHERE a.id > $2 AND (a.unit IN (") +
        kScopeUnits +
        ") OR (a.unit = '' AND $4::boolean)) "
        "ORDER BY a.id LIMIT $3) r";
    return answer(
        "scope_alerts", sql.constData(),
        {pgText(user.path), pgNumber(after), pgNumber(limit), PgParam(user.root ? "t" : "f")});
}

HttpResponse AccountsApi::incidents(const User &user, const HttpRequest &request)
{
    // ?start=yyyy-MM-dd HH:mm:ss&end=… (≤ 7 days), like the share API's jq, in the user's scope.
    const QUrlQuery query(QString::fromStdString(request.query));
    const QString start = query.queryItemValue(u"start"_s, QUrl::FullyDecoded);
    const QString end = query.queryItemValue(u"end"_s, QUrl::FullyDecoded);
    const QDateTime a = QDateTime::fromString(start, u"yyyy-MM-dd HH:mm:ss"_s);
    const QDateTime b = QDateTime::fromString(end, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!a.isValid() || !b.isValid() || a > b || a.secsTo(b) > 7 * 24 * 3600)
        return envelope(Code::BadParameters,
                        kBadParameters + u"：start、end为yyyy-MM-dd HH:mm:ss，区间不超过7天"_s);
    static const QByteArray sql =
        QByteArray(
            "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT jqbh, jjdw, jjdw_mc AS "
            "\"jjdwMc\", to_char(jjsj, 'YYYY-MM-DD HH24:MI:SS') AS jjsj, jqlb_mc AS \"jqlbMc\", "
            "bz_fsdz AS \"bzFsdz\", bjbz, to_char(sjc, 'YYYY-MM-DD HH24:MI:SS') AS sjc FROM jq "
            "WHERE sjc >= $2::timestamp AND sjc <= $3::timestamp AND jjdw IN (") +
        kScopeUnits + ") ORDER BY jq.sjc, jq.jqbh LIMIT 200) r";
    return answer("scope_incidents", sql.constData(),
                  {pgText(user.path), pgText(start), pgText(end)});
}

HttpResponse AccountsApi::listUsers(const User &user)
{
    return answer(
        "users_list",
        "SELECT coalesce(json_agg(r ORDER BY r.name), '[]'::json)::text FROM (SELECT "
        "u.name, u.display_name AS \"displayName\", u.role, u.unit_code AS unit, u.enabled "
        "FROM app_user u JOIN unit n ON n.code = u.unit_code WHERE n.path = $1 OR "
        "n.path LIKE $1 || '/%') r",
        {pgText(user.path)});
}

HttpResponse AccountsApi::listUnits(const User &user)
{
    return answer("units_list",
                  "SELECT coalesce(json_agg(r ORDER BY r.path), '[]'::json)::text FROM "
                  "(SELECT code, name, parent_code AS parent, kind, path FROM unit "
                  "WHERE path = $1 OR path LIKE $1 || '/%') r",
                  {pgText(user.path)});
}

HttpResponse AccountsApi::addUnit(const User &admin, const HttpRequest &request)
{
    const RequestParameters p = RequestParameters::parse(request);
    if (!p.error.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + p.error);
    static const QRegularExpression codePattern(u"^[0-9A-Za-z]{1,32}$"_s);
    static const QStringList kinds{u"district"_s, u"station"_s, u"casearea"_s, u"other"_s};
    const QString code = p.values.value(u"code"_s);
    const QString name = p.values.value(u"name"_s).trimmed();
    const QString kind = p.values.value(u"kind"_s, u"other"_s);
    if (!codePattern.match(code).hasMatch())
        return envelope(Code::BadParameters, kBadParameters + u"：code为1…32个字母或数字"_s);
    if (name.isEmpty() || name.size() > 100)
        return envelope(Code::BadParameters, kBadParameters + u"：name为1…100个字符"_s);
    if (!kinds.contains(kind))
        return envelope(Code::BadParameters,
                        kBadParameters + u"：kind为 %1"_s.arg(kinds.join(u", "_s)));
    const int added = m_pool.run([&](PgConnection &c) {
        // Under a unit of the administrator's own part of the tree.
        const PgResult r = c.execPrepared(
            "units_add",
            "INSERT INTO unit (code, name, parent_code, kind, path) SELECT $1, $2, code, $3, "
            "path || '/' || $1 FROM unit WHERE code = $4 AND (path = $5 OR path LIKE $5 || '/%') "
            "ON CONFLICT (code) DO NOTHING",
            {pgText(code), pgText(name), pgText(kind), pgText(p.values.value(u"parent"_s)),
             pgText(admin.path)});
        return int(r.affected());
    });
    if (!added)
        return envelope(
            Code::Failed,
            u"失败：单位代码已存在，或上级单位不在管辖范围内 (the code is taken, or the "
            "parent is not in your part of the organisation)"_s);
    return envelope(Code::Ok, u"成功"_s);
}

HttpResponse AccountsApi::addUser(const User &admin, const HttpRequest &request)
{
    const RequestParameters p = RequestParameters::parse(request);
    if (!p.error.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + p.error);
    static const QRegularExpression namePattern(u"^[A-Za-z0-9_.-]{2,64}$"_s);
    const QString name = p.values.value(u"name"_s);
    const QString role = p.values.value(u"role"_s);
    const QString unit = p.values.value(u"unit"_s);
    const QString password = p.values.value(u"password"_s);
    if (!namePattern.match(name).hasMatch())
        return envelope(Code::BadParameters, kBadParameters + u"：name为2…64个字母、数字或_.-"_s);
    if (!roles().contains(role))
        return envelope(Code::BadParameters,
                        kBadParameters + u"：role为 %1"_s.arg(roles().join(u", "_s)));
    if (const QString weak = PasswordHash::weakness(password); !weak.isEmpty())
        return envelope(Code::BadParameters,
                        kBadParameters + u"：密码强度不够 (password: "_s + weak + u')');
    const QString hash = PasswordHash::make(password);
    const int added = m_pool.run([&](PgConnection &c) {
        // Only into the administrator's own part of the tree.
        const PgResult r = c.execPrepared(
            "users_add",
            "INSERT INTO app_user (name, display_name, password_hash, role, unit_code) SELECT $1, "
            "$2, $3, $4, code FROM unit WHERE code = $5 AND (path = $6 OR path LIKE $6 || '/%') "
            "ON CONFLICT (name) DO NOTHING",
            {pgText(name), pgText(p.values.value(u"displayName"_s)), pgText(hash), pgText(role),
             pgText(unit), pgText(admin.path)});
        return int(r.affected());
    });
    if (!added)
        return envelope(
            Code::Failed,
            u"失败：用户已存在，或单位不在管辖范围内 (the name is taken, or the unit is "
            "not in your part of the organisation)"_s);
    return envelope(Code::Ok, u"成功"_s);
}

} // namespace Jiandu::Central
