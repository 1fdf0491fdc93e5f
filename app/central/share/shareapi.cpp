#include "shareapi.h"

#include "../db/connectionpool.h"
#include "../http/envelope.h"
#include "../http/ratelimiter.h"
#include "../http/requestparameters.h"
#include "jsonwebtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <core/sharesignature.h>

using namespace Qt::StringLiterals;

namespace Jiandu::Central {

namespace {

const QString kBadParameters = u"请求参数校验失败"_s;
const QString kUnauthorized = u"未授权"_s;

// One statement per dataset: PostgreSQL writes the page as JSON (the seed's field names,
// times as yyyy-MM-dd HH:mm:ss) in the order of the cursor, then the key.
// (A timestamp(0) as text, in the session's ISO DateStyle, is yyyy-MM-dd HH:mm:ss, at less
// cost than to_char.)
#define TS(column, name) column "::text AS \"" name "\""

const char *const kJbPage =
    "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT id, jqbh, y_jqbh AS \"yJqbh\", "
    "bj_fldm AS \"bjFldm\", bjfs, " TS(
        "jjsj",
        "jjsj") ", jjdw, jjdw_mc AS \"jjdwMc\", bjr, "
                "bjr_zjhm AS \"bjrZjhm\", bjdh, " TS(
                    "fssj",
                    "fssj") ", bz_fsdz AS \"bzFsdz\", jqxq, "
                            "jqlb_dm AS \"jqlbDm\", jqlb_mc AS \"jqlbMc\", " TS(
                                "xgsj",
                                "xgsj") ", status, " TS("sjc",
                                                        "sjc") " FROM jb WHERE status = '15' AND "
                                                               "xgsj >= $1::timestamp "
                                                               "AND xgsj <= $2::timestamp ORDER BY "
                                                               "jb.xgsj, jb.id LIMIT 200) r";

const char *const kJqPage =
    "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT jqbh, y_jqbh AS \"yJqbh\", "
    "bj_fldm AS \"bjFldm\", jjr, " TS(
        "jjsj",
        "jjsj") ", jjdw, jjdw_mc AS \"jjdwMc\", bjr, "
                "bjr_zjhm AS \"bjrZjhm\", bjdh, " TS(
                    "fssj",
                    "fssj") ", bz_fsdz AS \"bzFsdz\", "
                            "jqlb_dm AS \"jqlbDm\", jqlb_mc AS \"jqlbMc\", djr, " TS(
                                "djsj",
                                "djsj") ", cznr, czmj, "
                                        "czdw_dm AS \"czdwDm\", czdw_mc AS \"czdwMc\", " TS(
                                            "xgsj",
                                            "xgsj") ", bjbz, " TS("sjc",
                                                                  "sjc") " FROM jq WHERE sjc >= "
                                                                         "$1::timestamp AND sjc <= "
                                                                         "$2::timestamp "
                                                                         "ORDER BY jq.sjc, jq.jqbh "
                                                                         "LIMIT "
                                                                         "200) r";

const char *const kJqxfPage =
    "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT xfbh, jqbh, y_xfbh AS "
    "\"yXfbh\", " TS(
        "xfsj",
        "xfsj") ", sjdw_dm AS \"sjdwDm\", sjdw_mc AS \"sjdwMc\", "
                "sjdw_czrqjbh AS \"sjdwCzrqjbh\", sjdw_czrmc AS \"sjdwCzrmc\", jsdw_dm AS "
                "\"jsdwDm\", "
                "jsdw_mc AS \"jsdwMc\", jsr_mc AS \"jsrMc\", jsr_qjbh AS \"jsrQjbh\", " TS(
                    "jssj",
                    "jssj") ", "
                            "czmj, " TS("cdsj", "cdsj") ", " TS(
                                "dcsj",
                                "dcsj") ", cz_sc AS \"czSc\", " TS("sjc",
                                                                   "sjc") ", "
                                                                          "bh_flag AS \"bhFlag\" "
                                                                          "FROM jqxf WHERE sjc >= "
                                                                          "$1::timestamp AND sjc "
                                                                          "<= $2::timestamp "
                                                                          "ORDER BY jqxf.sjc, "
                                                                          "jqxf.xfbh "
                                                                          "LIMIT 200) r";

const char *const kJqfkPage =
    "SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT fkbh, jqbh, xfbh, "
    "y_fkbh AS \"yFkbh\", " TS(
        "fksj",
        "fksj") ", fk_jsdwdm AS \"fkJsdwdm\", "
                "fk_jsdwmc AS \"fkJsdwmc\", fk_jsr AS \"fkJsr\", fkqk, jq_lbdm AS \"jqLbdm\", "
                "jq_lbmc AS \"jqLbmc\", sfyx, " TS("lyxt_sjc", "lyxtSjc") ", " TS(
                    "sjc", "sjc") " "
                                  "FROM jqfk WHERE sjc >= $1::timestamp AND sjc <= $2::timestamp "
                                  "ORDER BY jqfk.sjc, jqfk.fkbh LIMIT 200) r";

#undef TS

struct Statement
{
    const char *name;
    const char *sql;
};

Statement statementOf(ShareApi::Dataset dataset)
{
    switch (dataset) {
    case ShareApi::Dataset::Jb:
        return {"share_jb", kJbPage};
    case ShareApi::Dataset::Jq:
        return {"share_jq", kJqPage};
    case ShareApi::Dataset::Jqxf:
        return {"share_jqxf", kJqxfPage};
    case ShareApi::Dataset::Jqfk:
        return {"share_jqfk", kJqfkPage};
    }
    return {"share_jq", kJqPage};
}

//! The names of \a given that are not in \a allowed, and those of \a allowed missing.
QString checkNames(const QMap<QString, QString> &given, const QStringList &allowed)
{
    for (const QString &name : allowed) {
        if (!given.contains(name) || given.value(name).isEmpty())
            return u"缺少参数%1 (missing %1)"_s.arg(name);
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return u"不支持的参数%1 (unknown parameter %1)"_s.arg(it.key().left(64));
    }
    return {};
}

} // namespace

ShareApi::ShareApi(ConnectionPool &pool, const CentralConfig &config, RateLimiter &limiter)
    : m_pool(pool)
    , m_config(config)
    , m_limiter(limiter)
    , m_zone(config.timeZone.toUtf8())
{}

std::optional<ShareApi::Dataset> ShareApi::datasetOf(std::string_view path)
{
    if (path == "/api/openapi/share/jb")
        return Dataset::Jb;
    if (path == "/api/openapi/share/jq")
        return Dataset::Jq;
    if (path == "/api/openapi/share/jqxf")
        return Dataset::Jqxf;
    if (path == "/api/openapi/share/jqfk")
        return Dataset::Jqfk;
    return std::nullopt;
}

QDateTime ShareApi::parseLocal(const QString &text, const QString &format) const
{
    // Exactly the digits the format asks for: "2022-8-1 1:2:3" or "2022-08-01T…" is not it.
    static const QRegularExpression compact(u"^\\d{14}$"_s);
    static const QRegularExpression spaced(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
    const QRegularExpression &shape = format.size() == 14 ? compact : spaced;
    if (!shape.match(text).hasMatch())
        return {};
    const bool isCompact = format.size() == 14;
    const QDate date = isCompact ? QDate::fromString(text.left(8), u"yyyyMMdd"_s)
                                 : QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    const QTime time = isCompact ? QTime::fromString(text.mid(8), u"HHmmss"_s)
                                 : QTime::fromString(text.mid(11), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {}; // 2022-02-30, 25:00:00 and the like
    return QDateTime(date, time, m_zone);
}

std::optional<ShareApi::Key> ShareApi::key(const QString &name)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard lock(m_keysMutex);
        const auto it = m_keys.constFind(name);
        if (it != m_keys.cend() && nowMs - it->checkedMs < 5000)
            return it->enabled ? std::optional<Key>(*it) : std::nullopt;
    }
    const Key found = m_pool.run([&](PgConnection &c) {
        const PgResult r = c.execPrepared(
            "share_key",
            "SELECT secret, enabled, array_to_string(scopes, ' ') FROM share_key WHERE key = $1",
            {pgText(name)});
        Key k;
        k.checkedMs = nowMs;
        if (r.rows() == 1) {
            k.secret = r.text(0, 0);
            k.enabled = r.view(0, 1) == "t";
            k.scopes = r.text(0, 2).split(u' ', Qt::SkipEmptyParts);
        }
        return k;
    });
    std::lock_guard lock(m_keysMutex);
    if (m_keys.size() > 10000)
        m_keys.clear();
    m_keys.insert(name, found);
    return found.enabled ? std::optional<Key>(found) : std::nullopt;
}

HttpResponse ShareApi::token(const HttpRequest &request)
{
    const RequestParameters parameters = RequestParameters::parse(request);
    if (!parameters.error.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + parameters.error);
    const QString problem = checkNames(parameters.values, {u"key"_s, u"sign"_s, u"timestamp"_s});
    if (!problem.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + problem);
    const QString keyName = parameters.values.value(u"key"_s);
    const QDateTime stamp =
        parseLocal(parameters.values.value(u"timestamp"_s), u"yyyyMMddHHmmss"_s);
    if (!stamp.isValid())
        return envelope(Code::BadParameters,
                        kBadParameters +
                            u"：timestamp应为yyyyMMddHHmmss (timestamp must be yyyyMMddHHmmss)"_s);
    if (!m_limiter.allow("token:" + keyName.toStdString())) {
        HttpResponse limited = envelope(Code::RateLimited, u"请求过快，限流"_s);
        limited.principal = "key=" + keyName.left(64).toStdString();
        return limited;
    }
    HttpResponse refused =
        envelope(Code::Unauthorized, kUnauthorized + u"：签名无效 (bad key or signature)"_s);
    refused.principal = "key=" + keyName.left(64).toStdString();
    const qint64 skew =
        std::abs(stamp.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) / 1000;
    if (skew > kSignatureLifetimeSeconds) {
        HttpResponse stale = envelope(
            Code::Unauthorized,
            kUnauthorized +
                u"：签名已过期，timestamp与服务器时间相差%1秒，超过120秒 (signature expired)"_s.arg(
                    skew));
        stale.principal = refused.principal;
        return stale;
    }
    const auto found = key(keyName);
    if (!found || !ShareSignature::matches(parameters.values.value(u"sign"_s), parameters.values,
                                           found->secret))
        return refused;
    const qint64 issued = QDateTime::currentMSecsSinceEpoch() / 1000;
    const qint64 expires = issued + m_config.tokenLifetimeSeconds;
    const QString jwt = JsonWebToken::issue(
        QJsonObject{{u"iss"_s, u"jiandu-central"_s},
                    {u"sub"_s, keyName},
                    {u"scope"_s, found->scopes.join(u' ')},
                    {u"iat"_s, double(issued)},
                    {u"exp"_s, double(expires)},
                    {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}},
        m_config.tokenSecret.toUtf8());
    // The seed's table: data is the jwtToken itself. Its expiry is inside it (the "exp" claim);
    // the message says it in words too.
    HttpResponse ok = envelope(
        Code::Ok,
        u"成功，有效期至%1 (valid until)"_s.arg(
            QDateTime::fromSecsSinceEpoch(expires, m_zone).toString(u"yyyy-MM-dd HH:mm:ss"_s)),
        '"' + jwt.toLatin1() + '"');
    ok.principal = refused.principal;
    return ok;
}

std::optional<QString> ShareApi::authorize(const QString &jwt, const QString &scope,
                                           HttpResponse &refusal)
{
    const auto verified = JsonWebToken::verify(jwt, m_config.tokenSecret.toUtf8(),
                                               QDateTime::currentMSecsSinceEpoch() / 1000);
    if (verified.check == JsonWebToken::Check::Expired) {
        refusal = envelope(Code::TokenExpired, u"Token过期，重新获取token"_s);
        return std::nullopt;
    }
    const QString keyName = verified.claims.value(u"sub"_s).toString();
    const QStringList scopes =
        verified.claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    std::optional<Key> found;
    if (verified.check == JsonWebToken::Check::Valid && scopes.contains(scope))
        found = key(keyName);
    if (!found || !found->scopes.contains(scope)) {
        refusal = envelope(Code::Unauthorized, kUnauthorized + u"：jwtToken无效 (invalid token)"_s);
        return std::nullopt;
    }
    const std::string principal = "key=" + keyName.toStdString();
    if (!m_limiter.allow(principal)) {
        refusal = envelope(Code::RateLimited, u"请求过快，限流"_s);
        refusal.principal = principal;
        return std::nullopt;
    }
    return keyName;
}

HttpResponse ShareApi::page(Dataset dataset, const HttpRequest &request)
{
    RequestParameters parameters = RequestParameters::parse(request);
    // The seed passes jwtToken as a parameter; a client that sends it as a bearer token
    // instead is understood too.
    if (const QString bearer = bearerToken(request); parameters.error.isEmpty() &&
                                                     !parameters.values.contains(u"jwtToken"_s) &&
                                                     !bearer.isEmpty())
        parameters.values.insert(u"jwtToken"_s, bearer);
    if (!parameters.error.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + parameters.error);
    const QString problem =
        checkNames(parameters.values, {u"startDateTime"_s, u"endDateTime"_s, u"jwtToken"_s});
    if (!problem.isEmpty())
        return envelope(Code::BadParameters, kBadParameters + u"："_s + problem);
    const QString format = u"yyyy-MM-dd HH:mm:ss"_s;
    const QString startText = parameters.values.value(u"startDateTime"_s);
    const QString endText = parameters.values.value(u"endDateTime"_s);
    const QDateTime start = parseLocal(startText, format);
    const QDateTime end = parseLocal(endText, format);
    if (!start.isValid())
        return envelope(
            Code::BadParameters,
            kBadParameters +
                u"：startDateTime应为yyyy-MM-dd HH:mm:ss (startDateTime must be yyyy-MM-dd HH:mm:ss)"_s);
    if (!end.isValid())
        return envelope(
            Code::BadParameters,
            kBadParameters +
                u"：endDateTime应为yyyy-MM-dd HH:mm:ss (endDateTime must be yyyy-MM-dd HH:mm:ss)"_s);

    HttpResponse refusal;
    const auto keyName = authorize(parameters.values.value(u"jwtToken"_s), u"share"_s, refusal);
    if (!keyName)
        return refusal;
    const std::string principal = "key=" + keyName->toStdString();
    auto refuse = [&](const QString &why) {
        HttpResponse r = envelope(Code::BadParameters, kBadParameters + u"："_s + why);
        r.principal = principal;
        return r;
    };
    if (start > end)
        return refuse(u"startDateTime晚于endDateTime (start is after end)"_s);
    if (start.secsTo(end) > kMaxWindowSeconds)
        return refuse(u"查询时间区间最大为7天 (the window is at most 7 days)"_s);

    const Statement statement = statementOf(dataset);
    const QByteArray data = m_pool.run([&](PgConnection &c) {
        return c.execPrepared(statement.name, statement.sql, {pgText(startText), pgText(endText)})
            .bytes(0, 0);
    });
    HttpResponse ok = envelope(Code::Ok, u"成功"_s, data);
    ok.principal = principal;
    return ok;
}

} // namespace Jiandu::Central
