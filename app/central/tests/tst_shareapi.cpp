// The 警情 share API of seed 004 against a real PostgreSQL and a real jiandu-central: the
// signature, the token, the four datasets, paging by the cursor, every parameter check, and
// a database that restarts under the service.
#include "centralprocess.h"
#include "share/jsonwebtoken.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QtTest>
#include <core/sharesignature.h>

using namespace Jiandu;
using namespace Jiandu::Central;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {

QString localNow(const QString &format, qint64 offsetSeconds = 0)
{
    return QDateTime::currentDateTime()
        .addSecs(offsetSeconds)
        .toTimeZone(QTimeZone("Asia/Shanghai"))
        .toString(format);
}

QString sign(const QMap<QString, QString> &parameters, const QString &secret)
{
    return ShareSignature::compute(parameters, secret);
}

} // namespace

class tst_ShareApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<CentralInstance> m_central;
    HttpClient m_http;
    QString m_token;

    QString token()
    {
        const QString ts = localNow(u"yyyyMMddHHmmss"_s);
        const auto reply = m_http.form(
            m_central->url(u"/api/openapi/token/get"_s),
            {{u"key"_s, u"test1"_s},
             {u"timestamp"_s, ts},
             {u"sign"_s, sign({{u"key"_s, u"test1"_s}, {u"timestamp"_s, ts}}, u"test9527"_s)}});
        return reply.json().value(u"data"_s).toString();
    }
    HttpClient::Reply page(const QString &dataset, const QString &start, const QString &end,
                           const QString &jwt)
    {
        return m_http.form(
            m_central->url(u"/api/openapi/share/"_s + dataset),
            {{u"startDateTime"_s, start}, {u"endDateTime"_s, end}, {u"jwtToken"_s, jwt}});
    }
    QString counts()
    {
        return m_db->query(
            u"SELECT (SELECT count(*) FROM jb) || ',' || (SELECT count(*) FROM jq) "
            "|| ',' || (SELECT count(*) FROM jqxf) || ',' || (SELECT count(*) FROM jqfk) "
            "|| ',' || (SELECT count(*) FROM share_key)"_s);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<CentralDatabase>();
        QVERIFY2(m_db->ok(), "scripts/central-db could not start PostgreSQL");
        m_config = writeCentralConfig(m_dir.filePath(u"central.conf"_s), m_db->url(),
                                      u"rate_limit = 1000\ninstance = test-1"_s);
        auto migrate = CentralCommand::run({u"migrate"_s, u"--config"_s, m_config});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        // The seed's example consumer.
        auto key = CentralCommand::run({u"key"_s, u"add"_s, u"test1"_s, u"--secret"_s,
                                        u"test9527"_s, u"--config"_s, m_config});
        QVERIFY2(key.exitCode == 0, qPrintable(key.err));
        auto seed = CentralCommand::run({u"seed"_s, u"--config"_s, m_config, u"--incidents"_s,
                                         u"3000"_s, u"--days"_s, u"3"_s, u"--end"_s,
                                         u"2026-11-20 12:00:00"_s, u"--random-seed"_s, u"7"_s});
        QVERIFY2(seed.exitCode == 0, qPrintable(seed.err));
        m_central = std::make_unique<CentralInstance>(m_config);
        QVERIFY(m_central->ok());
        m_token = token();
        QVERIFY(!m_token.isEmpty());
    }

    void theSignatureIsTheSeeds()
    {
        // 签名示例 of seed 004, to the letter.
        const QMap<QString, QString> parameters{{u"key"_s, u"test1"_s},
                                                {u"timestamp"_s, u"20220822153600"_s}};
        QCOMPARE(ShareSignature::text(parameters, u"test9527"_s),
                 u"key=test1&timestamp=20220822153600&test9527"_s);
        QCOMPARE(ShareSignature::compute(parameters, u"test9527"_s),
                 u"c9d6bfa35e612497ed6f9b88fcf2f1becf7d13ae57a4a667c4a1ce143f38957f"_s);
        // The signature itself is not signed; upper-case hex is the same signature.
        QVERIFY(ShareSignature::matches(
            u"C9D6BFA35E612497ED6F9B88FCF2F1BECF7D13AE57A4A667C4A1CE143F38957F"_s,
            {{u"key"_s, u"test1"_s}, {u"timestamp"_s, u"20220822153600"_s}, {u"sign"_s, u"x"_s}},
            u"test9527"_s));
    }

    void aSignedKeyGetsAToken()
    {
        const QString ts = localNow(u"yyyyMMddHHmmss"_s);
        const QString s = sign({{u"key"_s, u"test1"_s}, {u"timestamp"_s, ts}}, u"test9527"_s);
        // As a form, and as JSON: the same answer.
        for (const bool json : {false, true}) {
            const auto reply =
                json ? m_http.post(m_central->url(u"/api/openapi/token/get"_s),
                                   QJsonDocument(QJsonObject{{u"key"_s, u"test1"_s},
                                                             {u"timestamp"_s, ts},
                                                             {u"sign"_s, s}})
                                       .toJson(),
                                   "application/json")
                     : m_http.form(m_central->url(u"/api/openapi/token/get"_s),
                                   {{u"key"_s, u"test1"_s}, {u"timestamp"_s, ts}, {u"sign"_s, s}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.code(), 0);
            // data is the jwtToken (the seed's table), an HS256 JWT whose exp is its expiry.
            const QString jwt = reply.json().value(u"data"_s).toString();
            QCOMPARE(jwt.count(u'.'), 2);
            const auto verified =
                JsonWebToken::verify(jwt, centralTokenSecret(), QDateTime::currentSecsSinceEpoch());
            QCOMPARE(int(verified.check), int(JsonWebToken::Check::Valid));
            const qint64 lifetime = qint64(verified.claims.value(u"exp"_s).toDouble()) -
                                    QDateTime::currentSecsSinceEpoch();
            QVERIFY(lifetime > 7100 && lifetime <= 7200);
            QVERIFY(reply.json().value(u"message"_s).toString().contains(u"有效期至"_s));
        }
    }

    void tokenRequestsAreChecked_data()
    {
        QTest::addColumn<QStringList>("fields"); // name, value, name, value…; sign "*" = right
        QTest::addColumn<int>("code");
        const QString now = localNow(u"yyyyMMddHHmmss"_s);
        QTest::newRow("no sign") << QStringList{u"key"_s, u"test1"_s, u"timestamp"_s, now} << 10;
        QTest::newRow("no key") << QStringList{u"timestamp"_s, now, u"sign"_s, u"*"_s} << 10;
        QTest::newRow("no timestamp") << QStringList{u"key"_s, u"test1"_s, u"sign"_s, u"*"_s} << 10;
        QTest::newRow("extra parameter")
            << QStringList{u"key"_s,  u"test1"_s, u"timestamp"_s, now,
                           u"sign"_s, u"*"_s,     u"role"_s,      u"admin"_s}
            << 10;
        QTest::newRow("timestamp with dashes")
            << QStringList{u"key"_s,       u"test1"_s,
                           u"timestamp"_s, localNow(u"yyyy-MM-dd HH:mm:ss"_s),
                           u"sign"_s,      u"*"_s}
            << 10;
        QTest::newRow("no such day")
            << QStringList{u"key"_s,  u"test1"_s, u"timestamp"_s, u"20260230120000"_s,
                           u"sign"_s, u"*"_s}
            << 10;
        QTest::newRow("stale by 3 minutes")
            << QStringList{u"key"_s,       u"test1"_s,
                           u"timestamp"_s, localNow(u"yyyyMMddHHmmss"_s, -180),
                           u"sign"_s,      u"*"_s}
            << 401;
        QTest::newRow("ahead by 3 minutes")
            << QStringList{u"key"_s,       u"test1"_s,
                           u"timestamp"_s, localNow(u"yyyyMMddHHmmss"_s, 180),
                           u"sign"_s,      u"*"_s}
            << 401;
        QTest::newRow("90 seconds old is fine")
            << QStringList{u"key"_s,       u"test1"_s,
                           u"timestamp"_s, localNow(u"yyyyMMddHHmmss"_s, -90),
                           u"sign"_s,      u"*"_s}
            << 0;
        QTest::newRow("wrong sign")
            << QStringList{u"key"_s,
                           u"test1"_s,
                           u"timestamp"_s,
                           now,
                           u"sign"_s,
                           u"c9d6bfa35e612497ed6f9b88fcf2f1becf7d13ae57a4a667c4a1ce143f38957f"_s}
            << 401;
        QTest::newRow("unknown key")
            << QStringList{u"key"_s, u"nobody"_s, u"timestamp"_s, now, u"sign"_s, u"*"_s} << 401;
        QTest::newRow("injection in key")
            << QStringList{u"key"_s, u"test1' OR '1'='1"_s, u"timestamp"_s, now, u"sign"_s, u"*"_s}
            << 401;
        QTest::newRow("injection in timestamp")
            << QStringList{u"key"_s,  u"test1"_s, u"timestamp"_s, u"1; DROP TABLE share_key; --"_s,
                           u"sign"_s, u"*"_s}
            << 10;
        QTest::newRow("injection in sign")
            << QStringList{u"key"_s, u"test1"_s, u"timestamp"_s, now, u"sign"_s, u"' OR 1=1 --"_s}
            << 401;
    }
    void tokenRequestsAreChecked()
    {
        QFETCH(QStringList, fields);
        QFETCH(int, code);
        const QString before = counts();
        QMap<QString, QString> parameters;
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
            parameters.insert(fields[i], fields[i + 1]);
        if (parameters.value(u"sign"_s) == "*"_L1) // signed right, extra parameters included
            parameters[u"sign"_s] = sign(parameters, u"test9527"_s);
        QList<std::pair<QString, QString>> form;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            form.append({it.key(), it.value()});
        const auto reply = m_http.form(m_central->url(u"/api/openapi/token/get"_s), form);
        QCOMPARE(reply.code(), code);
        QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
        if (code != 0)
            QVERIFY(reply.json().value(u"data"_s).isNull());
        QCOMPARE(counts(), before);
    }

    void pagesAreChecked_data()
    {
        QTest::addColumn<QStringList>("fields"); // jwtToken "*" = a good token
        QTest::addColumn<int>("code");
        const QString a = u"2026-11-18 00:00:00"_s, b = u"2026-11-19 00:00:00"_s;
        QTest::newRow("fine") << QStringList{u"startDateTime"_s, a,     u"endDateTime"_s, b,
                                             u"jwtToken"_s,      u"*"_s}
                              << 0;
        QTest::newRow("exactly 7 days")
            << QStringList{u"startDateTime"_s, a,     u"endDateTime"_s, u"2026-11-25 00:00:00"_s,
                           u"jwtToken"_s,      u"*"_s}
            << 0;
        QTest::newRow("7 days and a second")
            << QStringList{u"startDateTime"_s, a,     u"endDateTime"_s, u"2026-11-25 00:00:01"_s,
                           u"jwtToken"_s,      u"*"_s}
            << 10;
        QTest::newRow("a year") << QStringList{u"startDateTime"_s, u"2025-11-18 00:00:00"_s,
                                               u"endDateTime"_s,   b,
                                               u"jwtToken"_s,      u"*"_s}
                                << 10;
        QTest::newRow("start after end")
            << QStringList{u"startDateTime"_s, b, u"endDateTime"_s, a, u"jwtToken"_s, u"*"_s} << 10;
        QTest::newRow("no start") << QStringList{u"endDateTime"_s, b, u"jwtToken"_s, u"*"_s} << 10;
        QTest::newRow("no end") << QStringList{u"startDateTime"_s, a, u"jwtToken"_s, u"*"_s} << 10;
        QTest::newRow("no token") << QStringList{u"startDateTime"_s, a, u"endDateTime"_s, b} << 10;
        QTest::newRow("empty token")
            << QStringList{u"startDateTime"_s, a, u"endDateTime"_s, b, u"jwtToken"_s, u""_s} << 10;
        QTest::newRow("extra parameter")
            << QStringList{u"startDateTime"_s, a,      u"endDateTime"_s, b,
                           u"jwtToken"_s,      u"*"_s, u"pageSize"_s,    u"1000"_s}
            << 10;
        QTest::newRow("date only")
            << QStringList{u"startDateTime"_s, u"2026-11-18"_s, u"endDateTime"_s, b,
                           u"jwtToken"_s,      u"*"_s}
            << 10;
        QTest::newRow("ISO with T") << QStringList{u"startDateTime"_s, u"2026-11-18T00:00:00"_s,
                                                   u"endDateTime"_s,   b,
                                                   u"jwtToken"_s,      u"*"_s}
                                    << 10;
        QTest::newRow("slashes") << QStringList{u"startDateTime"_s, u"2026/11/18 00:00:00"_s,
                                                u"endDateTime"_s,   b,
                                                u"jwtToken"_s,      u"*"_s}
                                 << 10;
        QTest::newRow("no such day") << QStringList{u"startDateTime"_s, u"2026-02-30 00:00:00"_s,
                                                    u"endDateTime"_s,   b,
                                                    u"jwtToken"_s,      u"*"_s}
                                     << 10;
        QTest::newRow("hour 24") << QStringList{u"startDateTime"_s, a,
                                                u"endDateTime"_s,   u"2026-11-18 24:00:00"_s,
                                                u"jwtToken"_s,      u"*"_s}
                                 << 10;
        QTest::newRow("garbage token")
            << QStringList{u"startDateTime"_s, a, u"endDateTime"_s, b, u"jwtToken"_s,
                           u"abc.def.ghi"_s}
            << 401;
        QTest::newRow("injection in start")
            << QStringList{u"startDateTime"_s, u"2026-11-18 00:00:00' OR '1'='1"_s,
                           u"endDateTime"_s,   b,
                           u"jwtToken"_s,      u"*"_s}
            << 10;
        QTest::newRow("injection in end")
            << QStringList{u"startDateTime"_s, a,
                           u"endDateTime"_s,   u"2026-11-19 00:00:00; DROP TABLE jq; --"_s,
                           u"jwtToken"_s,      u"*"_s}
            << 10;
        QTest::newRow("injection in token")
            << QStringList{u"startDateTime"_s, a,
                           u"endDateTime"_s,   b,
                           u"jwtToken"_s,      u"' OR 1=1; DELETE FROM jq; --"_s}
            << 401;
    }
    void pagesAreChecked()
    {
        QFETCH(QStringList, fields);
        QFETCH(int, code);
        const QString before = counts();
        for (const QString &dataset : {u"jb"_s, u"jq"_s, u"jqxf"_s, u"jqfk"_s}) {
            QList<std::pair<QString, QString>> form;
            for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
                form.append({fields[i], fields[i + 1] == "*"_L1 ? m_token : fields[i + 1]});
            const auto reply =
                m_http.form(m_central->url(u"/api/openapi/share/"_s + dataset), form);
            QCOMPARE(reply.code(), code);
            if (code == 0)
                QVERIFY(reply.json().value(u"data"_s).isArray());
            else
                QVERIFY(reply.json().value(u"data"_s).isNull());
        }
        QCOMPARE(counts(), before);
    }

    void tokensAreOursAndAlive()
    {
        const QByteArray secret = centralTokenSecret();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{u"sub"_s, u"test1"_s},
                                 {u"scope"_s, u"share"_s},
                                 {u"iat"_s, double(now - 7300)},
                                 {u"exp"_s, double(now - 100)}};
        auto ask = [&](const QString &jwt) {
            return page(u"jq"_s, u"2026-11-18 00:00:00"_s, u"2026-11-18 01:00:00"_s, jwt).code();
        };
        // Expired: 40101, get a new one.
        QCOMPARE(ask(JsonWebToken::issue(claims, secret)), 40101);
        // Alive and ours.
        QJsonObject alive = claims;
        alive[u"exp"_s] = double(now + 600);
        QCOMPARE(ask(JsonWebToken::issue(alive, secret)), 0);
        // Signed with another secret, or for a key that does not exist: not authorised.
        QCOMPARE(ask(JsonWebToken::issue(alive, "another-secret-another-secret-xx")), 401);
        QJsonObject stranger = alive;
        stranger[u"sub"_s] = u"nobody"_s;
        QCOMPARE(ask(JsonWebToken::issue(stranger, secret)), 401);
        // "alg": "none" with our claims.
        const QByteArray none =
            QByteArray(R"({"alg":"none","typ":"JWT"})")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' +
            QJsonDocument(alive)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.';
        QCOMPARE(ask(QString::fromLatin1(none)), 401);
        // A disabled key's tokens stop working (within the key cache's few seconds).
        QCOMPARE(
            CentralCommand::run({u"key"_s, u"add"_s, u"test2"_s, u"--config"_s, m_config}).exitCode,
            0);
        QJsonObject second = alive;
        second[u"sub"_s] = u"test2"_s;
        const QString jwt2 = JsonWebToken::issue(second, secret);
        QCOMPARE(ask(jwt2), 0);
        QCOMPARE(CentralCommand::run({u"key"_s, u"disable"_s, u"test2"_s, u"--config"_s, m_config})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(ask(jwt2), 401, 10000);
    }

    void pagingWalksEveryRecordOnceInOrder_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<QString>("countSql");
        const QString window = u"BETWEEN '2026-11-18 06:00:00' AND '2026-11-19 18:00:00'"_s;
        QTest::newRow("jb") << u"jb"_s << u"id"_s << u"xgsj"_s
                            << u"SELECT count(*) FROM jb WHERE status = '15' AND xgsj "_s + window;
        QTest::newRow("jq") << u"jq"_s << u"jqbh"_s << u"sjc"_s
                            << u"SELECT count(*) FROM jq WHERE sjc "_s + window;
        QTest::newRow("jqxf") << u"jqxf"_s << u"xfbh"_s << u"sjc"_s
                              << u"SELECT count(*) FROM jqxf WHERE sjc "_s + window;
        QTest::newRow("jqfk") << u"jqfk"_s << u"fkbh"_s << u"sjc"_s
                              << u"SELECT count(*) FROM jqfk WHERE sjc "_s + window;
    }
    void pagingWalksEveryRecordOnceInOrder()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, key);
        QFETCH(QString, cursor);
        QFETCH(QString, countSql);
        const int expected = m_db->query(countSql).toInt();
        QVERIFY2(expected > 600, "the seeded window should hold several pages");
        // As the seed says: the next request starts at the last record's cursor; records
        // already seen (same cursor) are skipped by their key.
        QString start = u"2026-11-18 06:00:00"_s;
        const QString end = u"2026-11-19 18:00:00"_s;
        QSet<QString> seen;
        std::pair<QString, QString> previous;
        int pages = 0;
        for (;;) {
            const auto reply = page(dataset, start, end, m_token);
            QCOMPARE(reply.code(), 0);
            const QJsonArray records = reply.json().value(u"data"_s).toArray();
            QVERIFY(records.size() <= 200);
            ++pages;
            int fresh = 0;
            for (const QJsonValue &v : records) {
                const QJsonObject r = v.toObject();
                const std::pair<QString, QString> at{r.value(cursor).toString(),
                                                     r.value(key).toString()};
                QVERIFY2(at.first >= start && at.first <= end, qPrintable(at.first));
                if (seen.contains(at.second))
                    continue;
                QVERIFY2(previous <= at, qPrintable(at.first + u' ' + at.second));
                previous = at;
                seen.insert(at.second);
                ++fresh;
            }
            if (records.size() < 200)
                break;
            QVERIFY2(fresh > 0, "a page of records already seen: paging would never end");
            start = records.last().toObject().value(cursor).toString();
        }
        QCOMPARE(seen.size(), expected);
        QVERIFY(pages >= expected / 200);
    }

    void recordsCarryTheSeedsFields()
    {
        const QHash<QString, QStringList> fields{
            {u"jb"_s,
             {u"id"_s, u"jqbh"_s, u"yJqbh"_s, u"bjFldm"_s, u"jjsj"_s, u"jjdw"_s, u"bjr"_s,
              u"bjrZjhm"_s, u"fssj"_s, u"bzFsdz"_s, u"jqxq"_s, u"jqlbDm"_s, u"jqlbMc"_s, u"xgsj"_s,
              u"status"_s, u"sjc"_s}},
            {u"jq"_s, {u"jqbh"_s, u"yJqbh"_s,   u"bjFldm"_s, u"jjr"_s,    u"jjsj"_s,   u"jjdw"_s,
                       u"bjr"_s,  u"bjrZjhm"_s, u"fssj"_s,   u"bzFsdz"_s, u"jqlbDm"_s, u"jqlbMc"_s,
                       u"djr"_s,  u"djsj"_s,    u"cznr"_s,   u"czmj"_s,   u"czdwDm"_s, u"czdwMc"_s,
                       u"xgsj"_s, u"bjbz"_s,    u"sjc"_s}},
            {u"jqxf"_s,
             {u"xfbh"_s, u"jqbh"_s, u"yXfbh"_s, u"xfsj"_s, u"sjdwDm"_s, u"sjdwMc"_s,
              u"sjdwCzrqjbh"_s, u"sjdwCzrmc"_s, u"jsrMc"_s, u"jsrQjbh"_s, u"jssj"_s, u"czmj"_s,
              u"cdsj"_s, u"dcsj"_s, u"czSc"_s, u"sjc"_s, u"bhFlag"_s}},
            {u"jqfk"_s,
             {u"fkbh"_s, u"jqbh"_s, u"xfbh"_s, u"yFkbh"_s, u"fkJsdwdm"_s, u"fkJsdwmc"_s, u"fkJsr"_s,
              u"fkqk"_s, u"jqLbdm"_s, u"jqLbmc"_s, u"sfyx"_s, u"lyxtSjc"_s, u"sjc"_s}}};
        const QRegularExpression time(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const auto reply =
                page(it.key(), u"2026-11-19 00:00:00"_s, u"2026-11-19 01:00:00"_s, m_token);
            const QJsonArray records = reply.json().value(u"data"_s).toArray();
            QVERIFY2(!records.isEmpty(), qPrintable(it.key()));
            for (const QJsonValue &v : records) {
                const QJsonObject r = v.toObject();
                for (const QString &name : it.value())
                    QVERIFY2(r.contains(name), qPrintable(it.key() + u'.' + name));
                QVERIFY(time.match(r.value(u"sjc"_s).toString()).hasMatch());
                if (it.key() == "jb"_L1) // 已办理完成的接报: status 15 (已流转)
                    QCOMPARE(r.value(u"status"_s).toString(), u"15"_s);
                if (it.key() == "jqxf"_L1)
                    QVERIFY(r.value(u"czSc"_s).isDouble());
            }
        }
        // An ID number of the records is 18 characters with a valid check digit.
        const QString id =
            page(u"jq"_s, u"2026-11-19 00:00:00"_s, u"2026-11-19 01:00:00"_s, m_token)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"bjrZjhm"_s)
                .toString();
        QCOMPARE(id.size(), 18);
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += id[i].digitValue() * weights[i];
        QCOMPARE(id[17], u"10X98765432"_s[sum % 11]);
    }

    void onlyPostAndKnownPaths()
    {
        QCOMPARE(m_http.get(m_central->url(u"/api/openapi/share/jq"_s)).status, 405);
        const auto unknown = m_http.form(m_central->url(u"/api/openapi/share/zz"_s), {});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), -1);
        // A body that is not what it says it is.
        const auto broken = m_http.post(m_central->url(u"/api/openapi/share/jq"_s),
                                        "{\"startDateTime\":", "application/json");
        QCOMPARE(broken.code(), 10);
        const auto typed = m_http.post(m_central->url(u"/api/openapi/token/get"_s),
                                       R"({"key":"test1","timestamp":20220822153600,"sign":"x"})",
                                       "application/json");
        QCOMPARE(typed.code(), 10);
        QVERIFY(typed.json().value(u"message"_s).toString().contains(u"timestamp"_s));
        // The token as a bearer instead of the jwtToken parameter is understood.
        QNetworkRequest bearer(m_central->url(u"/api/openapi/share/jq"_s));
        bearer.setHeader(QNetworkRequest::ContentTypeHeader,
                         QByteArray("application/x-www-form-urlencoded"));
        bearer.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        const auto asBearer = m_http.send(
            bearer, "startDateTime=2026-11-19+00:00:00&endDateTime=2026-11-19+01:00:00");
        QCOMPARE(asBearer.code(), 0);
        QVERIFY(!asBearer.json().value(u"data"_s).toArray().isEmpty());
    }

    void aCallerTooFastIsLimited()
    {
        const QString config =
            writeCentralConfig(m_dir.filePath(u"limited.conf"_s), m_db->url(), u"rate_limit = 3"_s);
        CentralInstance limited(config);
        QVERIFY(limited.ok());
        QList<int> codes;
        for (int i = 0; i < 20; ++i)
            codes.append(m_http
                             .form(limited.url(u"/api/openapi/share/jq"_s),
                                   {{u"startDateTime"_s, u"2026-11-18 00:00:00"_s},
                                    {u"endDateTime"_s, u"2026-11-18 00:10:00"_s},
                                    {u"jwtToken"_s, m_token}})
                             .code());
        QCOMPARE(codes.first(), 0);
        QVERIFY(codes.contains(1));
        QVERIFY(!codes.contains(-9999));
        QTest::qWait(1500); // the bucket refills
        QCOMPARE(page(u"jq"_s, u"2026-11-18 00:00:00"_s, u"2026-11-18 00:10:00"_s, m_token).code(),
                 0);
    }

    void everyRequestIsLoggedWithoutSecrets()
    {
        const QString log = m_central->log();
        QVERIFY(
            log.contains(u"test-1 127.0.0.1 key=test1 POST /api/openapi/share/jq 200 code=0"_s));
        QVERIFY(!log.contains(m_token));
        QVERIFY(!log.contains(u"test9527"_s));
        QVERIFY(!log.contains(u"startDateTime"_s));
    }

    void theServiceOutlivesADatabaseRestart()
    {
        QCOMPARE(page(u"jq"_s, u"2026-11-18 00:00:00"_s, u"2026-11-18 01:00:00"_s, m_token).code(),
                 0);
        m_db->stop();
        const auto away =
            page(u"jq"_s, u"2026-11-18 00:00:00"_s, u"2026-11-18 01:00:00"_s, m_token);
        QCOMPARE(away.code(), -1);
        QCOMPARE(away.status, 503);
        // The balancer's check says so within a second (it is answered from a prober's view).
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(m_central->url(u"/api/health"_s)).status, 503, 5000);
        QVERIFY(m_db->start().startsWith(u"postgresql://"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            page(u"jq"_s, u"2026-11-18 00:00:00"_s, u"2026-11-18 01:00:00"_s, m_token).code(), 0,
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(m_central->url(u"/api/health"_s)).status, 200, 5000);
    }

    void httpsServesTheSameApi()
    {
        // A certificate of its own, as an administrator would make one for a test server.
        const QString key = m_dir.filePath(u"server.key"_s), cert = m_dir.filePath(u"server.crt"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const QString config = writeCentralConfig(
            m_dir.filePath(u"tls.conf"_s), m_db->url(),
            u"tls_certificate = %1\ntls_key = %2\ninstance = tls"_s.arg(cert, key));
        CentralInstance secure(config);
        QVERIFY(secure.ok());
        QCOMPARE(secure.base().scheme(), u"https"_s);
        QNetworkAccessManager manager;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        const QString ts = localNow(u"yyyyMMddHHmmss"_s);
        QNetworkRequest request(secure.url(u"/api/openapi/token/get"_s));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = manager.post(
            request,
            u"key=test1&timestamp=%1&sign=%2"_s
                .arg(ts, sign({{u"key"_s, u"test1"_s}, {u"timestamp"_s, ts}}, u"test9527"_s))
                .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"code"_s).toInt(), 0);
        // Plain HTTP to the TLS port gets no API answer.
        QUrl plain = secure.url(u"/api/health"_s);
        plain.setScheme(u"http"_s);
        QVERIFY(m_http.get(plain).code() != 0);
        reply->deleteLater();
    }

    void aMalformedConfigurationIsRefusedWithItsLine()
    {
        const QString path = m_dir.filePath(u"bad.conf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# central\ndatabase = postgresql://x@127.0.0.1/db\nlisten 8080\n");
        file.close();
        const auto check = CentralCommand::run({u"config"_s, u"check"_s, path});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.err.contains(path + u":3: "_s), qPrintable(check.err));
        for (const auto &[text, line] : std::initializer_list<std::pair<QByteArray, QString>>{
                 {"database = postgresql://x@h/db\ntoken_secret = short\n", u":2: "_s},
                 {"database = mysql://x@h/db\n", u":1: "_s},
                 {"database = postgresql://x@h/db\ntoken_secret = "
                  "0123456789012345678901234567890123\nlisten = 1.2.3.4:99999\n",
                  u":3: "_s},
                 {"database = postgresql://x@h/db\nfrobnicate = 1\n", u":2: "_s},
                 {"token_secret = 0123456789012345678901234567890123\n",
                  u"database is missing"_s}}) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
            file.close();
            const auto refused = CentralCommand::run({u"config"_s, u"check"_s, path});
            QCOMPARE(refused.exitCode, 3);
            QVERIFY2(refused.err.contains(line), qPrintable(refused.err));
        }
        QCOMPARE(CentralCommand::run({u"config"_s, u"check"_s, u"/dev/zero"_s}).exitCode, 3);
        QCOMPARE(CentralCommand::run({u"config"_s, u"check"_s, m_dir.path()}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(tst_ShareApi)
#include "tst_shareapi.moc"
