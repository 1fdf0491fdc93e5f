// Users, roles and units of jiandu-central: login with Argon2id-hashed passwords, short-lived
// access tokens with rotating refresh tokens, and the data scope — a user reads the records
// of their unit and below, tested for every role with units inside and outside the scope.
#include "centralprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Correct-horse-42"_s;
const QStringList kRoles{u"operator"_s, u"legal"_s, u"unit_officer"_s, u"leader"_s, u"admin"_s};
// The demo city: 大智派出所 and 一元派出所 are stations of 江岸分局; 民族派出所 is of 江汉分局.
const QString kStation = u"420102510000"_s, kDistrict = u"420102000000"_s,
              kCity = u"420100000000"_s;
} // namespace

class tst_Accounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<CentralInstance> m_central;
    HttpClient m_http;

    CentralCommand addUser(const QString &name, const QString &role, const QString &unit)
    {
        return CentralCommand::addUser(m_config, name, role, unit, kPassword);
    }
    HttpClient::Reply login(const QString &name, const QString &password = kPassword)
    {
        return m_http.post(
            m_central->url(u"/api/auth/login"_s),
            QJsonDocument(QJsonObject{{u"username"_s, name}, {u"password"_s, password}}).toJson(),
            "application/json");
    }
    QString accessOf(const QString &name)
    {
        return login(name).json().value(u"data"_s).toObject().value(u"accessToken"_s).toString();
    }
    HttpClient::Reply get(const QString &path, const QString &access)
    {
        QNetworkRequest request(m_central->url(path));
        request.setRawHeader("Authorization", "Bearer " + access.toLatin1());
        return m_http.get(request);
    }
    QSet<QString> alertUnits(const QString &access)
    {
        QSet<QString> units;
        const auto reply = get(u"/api/alerts?limit=500"_s, access);
        for (const QJsonValue &a : reply.json().value(u"data"_s).toArray())
            units.insert(a.toObject().value(u"unit"_s).toString());
        return units;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<CentralDatabase>();
        QVERIFY(m_db->ok());
        m_config = writeCentralConfig(m_dir.filePath(u"central.conf"_s), m_db->url(),
                                      u"rate_limit = 20"_s);
        QCOMPARE(CentralCommand::run({u"migrate"_s, u"--config"_s, m_config}).exitCode, 0);
        QCOMPARE(CentralCommand::run({u"unit"_s, u"demo"_s, u"--config"_s, m_config}).exitCode, 0);
        for (const QString &role : kRoles) {
            QCOMPARE(addUser(role + u"-station"_s, role, kStation).exitCode, 0);
            QCOMPARE(addUser(role + u"-district"_s, role, kDistrict).exitCode, 0);
        }
        QCOMPARE(addUser(u"admin-city"_s, u"admin"_s, kCity).exitCode, 0);
        // Refused: a weak password, an unknown role, a unit that does not exist.
        QProcessEnvironment weak = QProcessEnvironment::systemEnvironment();
        weak.insert(u"JIANDU_PASSWORD"_s, u"short"_s);
        QCOMPARE(CentralCommand::run({u"user"_s, u"add"_s, u"weak"_s, u"--role"_s, u"legal"_s,
                                      u"--unit"_s, kStation, u"--config"_s, m_config},
                                     60000, weak)
                     .exitCode,
                 1);
        QCOMPARE(addUser(u"x1"_s, u"king"_s, kStation).exitCode, 2);
        QCOMPARE(addUser(u"x2"_s, u"legal"_s, u"999"_s).exitCode, 1);
        // One alert in each corner of the tree, and one that names no unit.
        QVERIFY(
            m_db->query(u"INSERT INTO alert (rule_id, subject_key, element, tier, colour, score, "
                        u"message, unit, raised_ms) "
                        "VALUES ('r', 'personId=1', 'person', 3, 'red', 1, 'm', '大智派出所', 1), "
                        "('r', 'personId=2', 'person', 3, 'red', 1, 'm', '420102520000', 2), "
                        "('r', 'personId=3', 'person', 3, 'red', 1, 'm', '民族派出所', 3), "
                        "('r', 'personId=4', 'person', 3, 'red', 1, 'm', '', 4) RETURNING 1"_s)
                .startsWith(u"1"_s));
        m_central = std::make_unique<CentralInstance>(m_config);
        QVERIFY(m_central->ok());
    }

    void passwordsAreArgon2idHashes()
    {
        QCOMPARE(
            m_db->query(u"SELECT count(*) FROM app_user WHERE password_hash LIKE '$argon2id$%'"_s),
            u"11"_s);
        QCOMPARE(m_db->query(u"SELECT count(*) FROM app_user WHERE password_hash LIKE '%%1%'"_s.arg(
                     kPassword)),
                 u"0"_s);
    }

    void everyRoleSeesItsUnitAndBelowOnly_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("inside");
        QTest::addColumn<QStringList>("outside");
        for (const QString &role : kRoles) {
            QTest::addRow("%s at a station", qPrintable(role))
                << role + u"-station"_s << QStringList{u"大智派出所"_s}
                << QStringList{u"420102520000"_s, u"民族派出所"_s, u""_s};
            QTest::addRow("%s at a district", qPrintable(role))
                << role + u"-district"_s << QStringList{u"大智派出所"_s, u"420102520000"_s}
                << QStringList{u"民族派出所"_s, u""_s};
        }
        QTest::addRow("admin at the city")
            << u"admin-city"_s
            << QStringList{u"大智派出所"_s, u"420102520000"_s, u"民族派出所"_s, u""_s}
            << QStringList{};
    }
    void everyRoleSeesItsUnitAndBelowOnly()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, inside);
        QFETCH(QStringList, outside);
        const QString access = accessOf(user);
        QVERIFY(!access.isEmpty());
        const QSet<QString> seen = alertUnits(access);
        for (const QString &unit : inside)
            QVERIFY2(seen.contains(unit), qPrintable(unit));
        for (const QString &unit : outside)
            QVERIFY2(!seen.contains(unit), qPrintable(unit));
        // Who they are, as the service knows them.
        const QJsonObject me = get(u"/api/me"_s, access).json().value(u"data"_s).toObject();
        QCOMPARE(me.value(u"user"_s).toString(), user);
        // Administration is for administrators.
        const auto users = get(u"/api/admin/users"_s, access);
        if (user.startsWith(u"admin"_s)) {
            QCOMPARE(users.code(), 0);
        } else {
            QCOMPARE(users.status, 403);
            QCOMPARE(users.code(), 401);
        }
    }

    void incidentsFollowTheScopeToo()
    {
        QCOMPARE(
            CentralCommand::run({u"seed"_s, u"--config"_s, m_config, u"--incidents"_s, u"600"_s,
                                 u"--days"_s, u"1"_s, u"--end"_s, u"2026-11-20 00:00:00"_s})
                .exitCode,
            0);
        const QString window =
            u"/api/incidents?start=2026-11-19%2000:00:00&end=2026-11-20%2023:59:59"_s;
        for (const auto &[user, prefix] : {std::pair{u"legal-station"_s, kStation},
                                           std::pair{u"legal-district"_s, u"420102"_s}}) {
            const auto reply = get(window, accessOf(user));
            QCOMPARE(reply.code(), 0);
            const QJsonArray records = reply.json().value(u"data"_s).toArray();
            QVERIFY(!records.isEmpty());
            for (const QJsonValue &r : records)
                QVERIFY2(r.toObject().value(u"jjdw"_s).toString().startsWith(prefix),
                         qPrintable(r.toObject().value(u"jjdw"_s).toString()));
        }
    }

    void aWrongPasswordOrNameSaysTheSame()
    {
        const auto wrong = login(u"legal-station"_s, u"Wrong-password-1"_s);
        const auto nobody = login(u"nobody"_s);
        QCOMPARE(wrong.code(), 401);
        QCOMPARE(nobody.code(), 401);
        QCOMPARE(wrong.json().value(u"message"_s), nobody.json().value(u"message"_s));
        QCOMPARE(login(u""_s).code(), 10);
        // A bearer token that is not ours, or none.
        QCOMPARE(get(u"/api/alerts"_s, u"abc.def.ghi"_s).code(), 401);
        QCOMPARE(m_http.get(m_central->url(u"/api/alerts"_s)).code(), 401);
    }

    void refreshTokensRotateAndAStolenOneEndsTheSession()
    {
        const QJsonObject first = login(u"leader-district"_s).json().value(u"data"_s).toObject();
        const QString r1 = first.value(u"refreshToken"_s).toString();
        auto refresh = [&](const QString &token) {
            return m_http.post(m_central->url(u"/api/auth/refresh"_s),
                               QJsonDocument(QJsonObject{{u"refreshToken"_s, token}}).toJson(),
                               "application/json");
        };
        const auto second = refresh(r1);
        QCOMPARE(second.code(), 0);
        const QString r2 =
            second.json().value(u"data"_s).toObject().value(u"refreshToken"_s).toString();
        QVERIFY(r2 != r1);
        QCOMPARE(get(u"/api/me"_s,
                     second.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString())
                     .code(),
                 0);
        // r1 again: someone copied it. The whole session ends, r2 included.
        QCOMPARE(refresh(r1).code(), 401);
        QCOMPARE(refresh(r2).code(), 401);
        QVERIFY(!m_db->query(u"SELECT count(*) FROM refresh_token"_s).isEmpty());
        QCOMPARE(
            m_db->query(
                u"SELECT count(*) FROM refresh_token WHERE hash IN (encode(sha256('%1'), 'hex'), "
                "encode(sha256('%2'), 'hex'))"_s.arg(r1, r2)),
            u"0"_s);
    }

    void aDisabledUserIsLockedOutWithinSeconds()
    {
        const QString access = accessOf(u"operator-station"_s);
        QCOMPARE(get(u"/api/me"_s, access).code(), 0);
        QCOMPARE(CentralCommand::run(
                     {u"user"_s, u"disable"_s, u"operator-station"_s, u"--config"_s, m_config})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(get(u"/api/me"_s, access).code(), 401, 10000);
        QCOMPARE(login(u"operator-station"_s).code(), 401);
    }

    void administratorsAddUsersInTheirOwnPartOnly()
    {
        const QString admin = accessOf(u"admin-district"_s);
        auto add = [&](const QString &name, const QString &unit, const QString &password) {
            QNetworkRequest request(m_central->url(u"/api/admin/users"_s));
            request.setRawHeader("Authorization", "Bearer " + admin.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            return m_http.send(request, QJsonDocument(QJsonObject{{u"name"_s, name},
                                                                  {u"role"_s, u"unit_officer"_s},
                                                                  {u"unit"_s, unit},
                                                                  {u"password"_s, password}})
                                            .toJson());
        };
        QCOMPARE(add(u"new-officer"_s, u"420102520000"_s, kPassword).code(), 0);
        QCOMPARE(login(u"new-officer"_s).code(), 0);
        QCOMPARE(add(u"foreign-officer"_s, u"420103510000"_s, kPassword).code(), -1); // 江汉
        QCOMPARE(add(u"weak-officer"_s, u"420102520000"_s, u"password"_s).code(), 10);
        QCOMPARE(add(u"bad name!"_s, u"420102520000"_s, kPassword).code(), 10);
        QCOMPARE(
            m_db->query(
                u"SELECT count(*) FROM app_user WHERE name IN ('foreign-officer', 'weak-officer')"_s),
            u"0"_s);

        // Units too: under the administrator's own district only.
        auto addUnit = [&](const QString &code, const QString &parent) {
            QNetworkRequest request(m_central->url(u"/api/admin/units"_s));
            request.setRawHeader("Authorization", "Bearer " + admin.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            return m_http.send(request, QJsonDocument(QJsonObject{{u"code"_s, code},
                                                                  {u"name"_s, u"新派出所"_s},
                                                                  {u"parent"_s, parent},
                                                                  {u"kind"_s, u"station"_s}})
                                            .toJson());
        };
        QCOMPARE(addUnit(u"420102550000"_s, u"420102000000"_s).code(), 0);
        QCOMPARE(addUnit(u"420103550000"_s, u"420103000000"_s).code(), -1); // 江汉
        QCOMPARE(addUnit(u"bad code!"_s, u"420102000000"_s).code(), 10);
        QCOMPARE(m_db->query(u"SELECT path FROM unit WHERE code = '420102550000'"_s),
                 u"420100000000/420102000000/420102550000"_s);
        QVERIFY(!get(u"/api/admin/units"_s, admin).body.contains("420103"));
    }

    void loginGuessingIsSlowedAndNoPasswordIsLogged()
    {
        QList<int> codes;
        for (int i = 0; i < 60; ++i)
            codes.append(login(u"legal-station"_s, u"Guess-number-%1"_s.arg(i)).code());
        QVERIFY(codes.contains(1));
        const QString log = m_central->log();
        QVERIFY(!log.contains(kPassword));
        QVERIFY(!log.contains(u"Guess-number"_s));
        QVERIFY(log.contains(u"POST /api/auth/login"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Accounts)
#include "tst_accounts.moc"
