// The workstations' sync API of jiandu-central against a real PostgreSQL: changes pulled by
// the server's sequence in the caller's scope (tombstones included), operations pushed once
// by their id, the closed loop's checks run on the server, and two officers acting on the
// same problem or alert — one wins, the other is told who did what.
#include "centralprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Correct-horse-42"_s;
// The demo city: 大智派出所 and 一元派出所 are stations of 江岸分局; 民族派出所 is of 江汉分局.
const QString kStation = u"420102510000"_s, kOtherStation = u"420103510000"_s,
              kDistrict = u"420102000000"_s;
// ProblemStage / ProblemAction codes (modules/core/problem.h).
constexpr int kFound = 0, kIssued = 1, kAnswered = 2;
constexpr int kIssue = 1, kAnswer = 2, kConfirm = 5, kComment = 12;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class tst_SyncApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<CentralInstance> m_central;
    HttpClient m_http;
    QHash<QString, QString> m_access;

    void addUser(const QString &name, const QString &role, const QString &unit)
    {
        QCOMPARE(CentralCommand::addUser(m_config, name, role, unit, kPassword).exitCode, 0);
    }
    QString access(const QString &name)
    {
        if (!m_access.contains(name)) {
            const auto reply = m_http.post(
                m_central->url(u"/api/auth/login"_s),
                QJsonDocument(QJsonObject{{u"username"_s, name}, {u"password"_s, kPassword}})
                    .toJson(),
                "application/json");
            m_access.insert(
                name, reply.json().value(u"data"_s).toObject().value(u"accessToken"_s).toString());
        }
        return m_access.value(name);
    }
    QNetworkRequest request(const QString &path, const QString &user)
    {
        QNetworkRequest r(m_central->url(path));
        r.setRawHeader("Authorization", "Bearer " + access(user).toLatin1());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return r;
    }
    //! Every change \a user may see after \a after, following `next` to the end.
    QList<QJsonObject> pullAll(const QString &user, qint64 after = 0, qint64 *next = nullptr,
                               int limit = 3)
    {
        QList<QJsonObject> all;
        for (;;) {
            const auto reply = m_http.get(
                request(u"/api/sync/changes?after=%1&limit=%2"_s.arg(after).arg(limit), user));
            const QJsonObject data = reply.json().value(u"data"_s).toObject();
            const QJsonArray changes = data.value(u"changes"_s).toArray();
            for (const QJsonValue &c : changes)
                all.append(c.toObject());
            const qint64 following = qint64(data.value(u"next"_s).toDouble(-1));
            if (following < after || reply.code() != 0) {
                qWarning() << reply.body;
                return {};
            }
            after = following;
            if (changes.size() < limit)
                break;
        }
        if (next)
            *next = after;
        return all;
    }
    QList<QJsonObject> push(const QString &user, const QJsonArray &ops)
    {
        const auto reply = m_http.send(request(u"/api/sync/push"_s, user),
                                       QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson());
        QList<QJsonObject> results;
        for (const QJsonValue &r :
             reply.json().value(u"data"_s).toObject().value(u"results"_s).toArray())
            results.append(r.toObject());
        return results;
    }
    QJsonObject pushOne(const QString &user, const QJsonObject &op)
    {
        const auto results = push(user, {op});
        return results.isEmpty() ? QJsonObject() : results.first();
    }
    static QJsonObject openOp(const QString &uid, const QString &unit, qint64 alertId = 0)
    {
        return {{u"id"_s, newId()},
                {u"type"_s, u"problem.open"_s},
                {u"timeMs"_s, double(QDateTime::currentMSecsSinceEpoch())},
                {u"note"_s, u"巡查发现"_s},
                {u"problem"_s, QJsonObject{{u"uid"_s, uid},
                                           {u"title"_s, u"讯问未全程录像"_s},
                                           {u"unit"_s, unit},
                                           {u"alertId"_s, double(alertId)}}}};
    }
    static QJsonObject stepOp(const QString &uid, int action, int fromStage,
                              const QString &note = {})
    {
        return {{u"id"_s, newId()},    {u"type"_s, u"problem.step"_s}, {u"problem"_s, uid},
                {u"action"_s, action}, {u"fromStage"_s, fromStage},    {u"note"_s, note}};
    }
    qint64 insertAlert(const QString &unit, const QString &subject)
    {
        return m_db
            ->query(u"INSERT INTO alert (rule_id, subject_key, element, tier, colour, score, "
                    u"message, unit, raised_ms) VALUES ('r', '%1', 'person', 3, 'red', 1, 'm', "
                    u"'%2', 1) RETURNING id"_s.arg(subject, unit))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<CentralDatabase>();
        QVERIFY(m_db->ok());
        m_config = writeCentralConfig(m_dir.filePath(u"central.conf"_s), m_db->url(),
                                      u"rate_limit = 1000\nfiles = %1\nfile_limit = 30000000"_s.arg(
                                          m_dir.filePath(u"files"_s)));
        QCOMPARE(CentralCommand::run({u"migrate"_s, u"--config"_s, m_config}).exitCode, 0);
        QCOMPARE(CentralCommand::run({u"unit"_s, u"demo"_s, u"--config"_s, m_config}).exitCode, 0);
        addUser(u"legal-a"_s, u"legal"_s, kStation);
        addUser(u"legal-a2"_s, u"legal"_s, kStation);
        addUser(u"legal-b"_s, u"legal"_s, kDistrict);
        addUser(u"unit-a"_s, u"unit_officer"_s, kStation);
        addUser(u"legal-other"_s, u"legal"_s, kOtherStation);
        addUser(u"leader-a"_s, u"leader"_s, kDistrict);
        m_central = std::make_unique<CentralInstance>(m_config);
        QVERIFY(m_central->ok());
    }

    void changesComeBySequenceInTheCallersScope()
    {
        qint64 start = 0;
        pullAll(u"legal-a"_s, 0, &start);
        const qint64 mine = insertAlert(u"大智派出所"_s, u"personId=s1"_s);
        const qint64 theirs = insertAlert(u"民族派出所"_s, u"personId=s2"_s);
        const qint64 district = insertAlert(kDistrict, u"personId=s3"_s);

        qint64 next = 0;
        const auto seen = pullAll(u"legal-a"_s, start, &next);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().value(u"kind"_s).toString(), u"alert"_s);
        QCOMPARE(seen.first().value(u"key"_s).toString(), QString::number(mine));
        QCOMPARE(seen.first().value(u"body"_s).toObject().value(u"unit"_s).toString(),
                 u"大智派出所"_s);
        QVERIFY(next > start);
        // The district's officer sees the station's and the district's, not the other
        // district's; every number is above the last and the log's head is reached.
        const auto districtSeen = pullAll(u"legal-b"_s, start);
        QSet<QString> keys;
        qint64 last = start;
        for (const QJsonObject &c : districtSeen) {
            QVERIFY(qint64(c.value(u"seq"_s).toDouble()) > last);
            last = qint64(c.value(u"seq"_s).toDouble());
            keys.insert(c.value(u"key"_s).toString());
        }
        QCOMPARE(keys, (QSet<QString>{QString::number(mine), QString::number(district)}));
        QVERIFY(!keys.contains(QString::number(theirs)));
        // Nothing new: an empty page, and `next` stays.
        qint64 again = 0;
        QVERIFY(pullAll(u"legal-a"_s, next, &again).isEmpty());
        QCOMPARE(again, next);

        // A change moves the record to the end of the log; a delete leaves a tombstone.
        m_db->query(
            u"UPDATE alert SET resolved_ms = 5, resolve_reason = 'done' WHERE id = %1"_s.arg(mine));
        auto changed = pullAll(u"legal-a"_s, next, &next);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().value(u"body"_s).toObject().value(u"resolvedMs"_s).toInt(), 5);
        m_db->query(u"DELETE FROM alert WHERE id = %1"_s.arg(mine));
        changed = pullAll(u"legal-a"_s, next, &next);
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().value(u"deleted"_s).toBool());
        QVERIFY(changed.first().value(u"body"_s).isNull());
    }

    void badRequestsAreRefusedInWords()
    {
        auto reply = m_http.get(request(u"/api/sync/changes?after=-1"_s, u"legal-a"_s));
        QCOMPARE(reply.code(), 10);
        reply = m_http.get(request(u"/api/sync/changes?limit=100000"_s, u"legal-a"_s));
        QCOMPARE(reply.code(), 10);
        reply = m_http.get(m_central->url(u"/api/sync/changes"_s));
        QCOMPARE(reply.code(), 401);
        reply = m_http.send(request(u"/api/sync/push"_s, u"legal-a"_s), "{not json");
        QCOMPARE(reply.code(), 10);
        reply = m_http.send(request(u"/api/sync/push"_s, u"legal-a"_s), R"({"ops": 5})");
        QCOMPARE(reply.code(), 10);
        const auto results =
            push(u"legal-a"_s, {QJsonObject{{u"type"_s, u"problem.step"_s}},
                                QJsonObject{{u"id"_s, newId()}, {u"type"_s, u"launch"_s}}, 5,
                                QJsonObject{{u"id"_s, newId()},
                                            {u"type"_s, u"problem.step"_s},
                                            {u"problem"_s, 7},
                                            {u"action"_s, u"x"_s}}});
        QCOMPARE(results.size(), 4);
        for (const QJsonObject &r : results) {
            QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
            QVERIFY(!r.value(u"message"_s).toString().isEmpty());
        }
    }

    void anOperationSentTwiceIsAppliedOnce()
    {
        const QString uid = newId();
        const QJsonObject open = openOp(uid, u"大智派出所"_s);
        const QJsonObject first = pushOne(u"legal-a"_s, open);
        QCOMPARE(first.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(first.value(u"problem"_s).toObject().value(u"steps"_s).toArray().size(), 1);
        const QJsonObject issue = stepOp(uid, kIssue, kFound, u"请整改"_s);
        QCOMPARE(pushOne(u"legal-a"_s, issue).value(u"status"_s).toString(), u"applied"_s);
        // The answer was lost: both are sent again, in one request.
        const auto again = push(u"legal-a"_s, {open, issue});
        QCOMPARE(again.size(), 2);
        for (const QJsonObject &r : again) {
            QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
            QVERIFY(r.value(u"repeated"_s).toBool());
        }
        QCOMPARE(
            m_db->query(u"SELECT count(*) FROM problem_step WHERE problem_uid = '%1'"_s.arg(uid)),
            u"2"_s);
        // Another user cannot replay someone's operation.
        QCOMPARE(pushOne(u"legal-b"_s, issue).value(u"status"_s).toString(), u"refused"_s);
    }

    void theServerRunsTheClosedLoopsChecks()
    {
        const QString uid = newId();
        // A responsible unit does not open problems; nobody opens one outside their scope.
        QCOMPARE(
            pushOne(u"unit-a"_s, openOp(newId(), u"大智派出所"_s)).value(u"status"_s).toString(),
            u"refused"_s);
        QCOMPARE(
            pushOne(u"legal-a"_s, openOp(newId(), u"民族派出所"_s)).value(u"status"_s).toString(),
            u"refused"_s);
        QCOMPARE(pushOne(u"legal-a"_s, openOp(uid, u"大智派出所"_s)).value(u"status"_s).toString(),
                 u"applied"_s);
        // The unit cannot answer before it was issued, nor confirm (the leader's decision).
        QJsonObject r = pushOne(u"unit-a"_s, stepOp(uid, kAnswer, kFound, u"已整改"_s));
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(r.value(u"problem"_s).toObject().value(u"stage"_s).toInt(), kFound);
        QCOMPARE(pushOne(u"unit-a"_s, stepOp(uid, kConfirm, kFound)).value(u"status"_s).toString(),
                 u"refused"_s);
        // Another district's officer does not even learn it exists.
        r = pushOne(u"legal-other"_s, stepOp(uid, kIssue, kFound, u"x"_s));
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QVERIFY(!r.contains(u"problem"_s));
        // In order, it goes: issued by 法制, answered by the unit.
        QCOMPARE(pushOne(u"legal-a"_s, stepOp(uid, kIssue, kFound, u"请说明"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        r = pushOne(u"unit-a"_s, stepOp(uid, kAnswer, kIssued, u"已说明情况"_s));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"problem"_s).toObject().value(u"stage"_s).toInt(), kAnswered);
        // The pulled record is the whole problem with its history.
        const auto changes = pullAll(u"legal-a"_s);
        const auto it = std::find_if(changes.begin(), changes.end(), [&](const QJsonObject &c) {
            return c.value(u"kind"_s) == u"problem"_s && c.value(u"key"_s) == uid;
        });
        QVERIFY(it != changes.end());
        const QJsonObject body = it->value(u"body"_s).toObject();
        QCOMPARE(body.value(u"stage"_s).toInt(), kAnswered);
        QCOMPARE(body.value(u"steps"_s).toArray().size(), 3);
        QCOMPARE(body.value(u"steps"_s).toArray().at(2).toObject().value(u"actor"_s).toString(),
                 u"unit-a"_s);
    }

    void twoOfficersTakingTheSameStepOneWinsTheOtherIsTold()
    {
        const QString uid = newId();
        QCOMPARE(pushOne(u"legal-a"_s, openOp(uid, u"大智派出所"_s)).value(u"status"_s).toString(),
                 u"applied"_s);
        // Both saw it "found" while offline and issued it.
        const QJsonObject win = pushOne(u"legal-b"_s, stepOp(uid, kIssue, kFound, u"B 下发"_s));
        const QJsonObject lose = pushOne(u"legal-a"_s, stepOp(uid, kIssue, kFound, u"A 下发"_s));
        QCOMPARE(win.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(lose.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(lose.value(u"winner"_s).toObject().value(u"actor"_s).toString(), u"legal-b"_s);
        QCOMPARE(lose.value(u"winner"_s).toObject().value(u"action"_s).toInt(), kIssue);
        QCOMPARE(lose.value(u"problem"_s).toObject().value(u"stage"_s).toInt(), kIssued);
        // A note is not a decision: it is added whatever the stage was when it was written.
        QCOMPARE(pushOne(u"legal-a"_s, stepOp(uid, kComment, kFound, u"补充材料"_s))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        QCOMPARE(m_db->query(u"SELECT string_agg(actor || ':' || action, ',' ORDER BY n) FROM "
                             u"problem_step WHERE problem_uid = '%1'"_s.arg(uid)),
                 u"legal-a:0,legal-b:1,legal-a:12"_s);
    }

    void aFindingIsRecordedOnceInTheSendersName()
    {
        const QString uid = newId();
        QJsonObject op{{u"id"_s, newId()},
                       {u"type"_s, u"finding.add"_s},
                       {u"finding"_s, QJsonObject{{u"uid"_s, uid},
                                                  {u"cameraId"_s, u"cam-1"_s},
                                                  {u"cameraName"_s, u"讯问室"_s},
                                                  {u"unit"_s, u"大智派出所"_s},
                                                  {u"timeMs"_s, 1000.0},
                                                  {u"operator"_s, u"somebody-else"_s},
                                                  {u"note"_s, u"录像中断"_s}}}};
        QJsonObject r = pushOne(u"legal-a"_s, op);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"finding"_s).toObject().value(u"operator"_s).toString(), u"legal-a"_s);
        QVERIFY(pushOne(u"legal-a"_s, op).value(u"repeated"_s).toBool());
        op.insert(u"id"_s, newId()); // the same finding under another operation
        QCOMPARE(pushOne(u"legal-a"_s, op).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(m_db->query(u"SELECT count(*) FROM finding WHERE uid = '%1'"_s.arg(uid)), u"1"_s);
        // Outside the sender's scope: refused, and the workstation keeps its own.
        QJsonObject outside = op;
        outside.insert(u"id"_s, newId());
        QJsonObject f = outside.value(u"finding"_s).toObject();
        f.insert(u"uid"_s, newId());
        f.insert(u"unit"_s, u"民族派出所"_s);
        outside.insert(u"finding"_s, f);
        r = pushOne(u"legal-a"_s, outside);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(r.value(u"gone"_s).toObject().value(u"kind"_s).toString(), u"finding"_s);
        // Another district's officer never sees it; the district's does.
        const auto seen = [&](const QString &user) {
            for (const QJsonObject &c : pullAll(user, 0, nullptr, 1000))
                if (c.value(u"kind"_s) == u"finding"_s && c.value(u"key"_s) == uid)
                    return true;
            return false;
        };
        QVERIFY(seen(u"legal-b"_s));
        QVERIFY(!seen(u"legal-other"_s));
    }

    void aFloorPlanIsCheckedAsTheTrackerReadsItAndSavedOnTheVersionSeen()
    {
        const QJsonObject plan{
            {u"site"_s, u"城东分局"_s},
            {u"area"_s, u"  一站式办案区 "_s},
            {u"floor"_s, 2},
            {u"width"_s, 20},
            {u"height"_s, 10},
            {u"rooms"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"W1"_s},
                                    {u"name"_s, u"候问室1"_s},
                                    {u"type"_s, u"waiting"_s},
                                    {u"outline"_s, QJsonArray{QJsonArray{0, 0}, QJsonArray{6, 0},
                                                              QJsonArray{6, 4}, QJsonArray{0, 4}}},
                                    {u"cameras"_s, QJsonArray{u"cam-1"_s}}}}}};
        const auto save = [](const QJsonObject &p, int base) {
            return QJsonObject{{u"id"_s, newId()},
                               {u"type"_s, u"plan.save"_s},
                               {u"plan"_s, p},
                               {u"baseVersion"_s, base}};
        };
        QJsonObject r = pushOne(u"legal-a"_s, save(plan, 0));
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        const QJsonObject body = r.value(u"plan"_s).toObject();
        const QString key = kStation + u"/一站式办案区#2"_s;
        QCOMPARE(body.value(u"key"_s).toString(), key);
        QCOMPARE(body.value(u"version"_s).toInt(), 1);
        QCOMPARE(body.value(u"savedBy"_s).toString(), u"legal-a"_s);
        QCOMPARE(body.value(u"plan"_s).toObject().value(u"area"_s).toString(), u"一站式办案区"_s);

        // Saved again on version 1 by one officer, then on version 1 by another of the unit:
        // the second is told who saved first and gets the plan as it is now.
        QJsonObject moved = plan;
        moved.insert(u"width"_s, 30);
        QCOMPARE(pushOne(u"legal-a"_s, save(moved, 1)).value(u"status"_s).toString(), u"applied"_s);
        r = pushOne(u"legal-a2"_s, save(plan, 1));
        QCOMPARE(r.value(u"status"_s).toString(), u"conflict"_s);
        QVERIFY(r.value(u"message"_s).toString().contains(u"legal-a"_s));
        QCOMPARE(r.value(u"plan"_s).toObject().value(u"version"_s).toInt(), 2);
        QCOMPARE(
            r.value(u"plan"_s).toObject().value(u"plan"_s).toObject().value(u"width"_s).toInt(),
            30);

        // What the tracker would not read is refused with its reason; nothing is stored.
        QJsonObject noRooms = plan;
        noRooms.insert(u"rooms"_s, QJsonArray());
        r = pushOne(u"legal-a"_s, save(noRooms, 2));
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QVERIFY(r.value(u"message"_s).toString().contains(u"no rooms"_s));
        QJsonObject noArea = plan;
        noArea.insert(u"area"_s, u"   "_s);
        QCOMPARE(pushOne(u"legal-a"_s, save(noArea, 0)).value(u"status"_s).toString(),
                 u"refused"_s);
        QJsonObject huge = plan;
        huge.insert(u"width"_s, 1e300);
        QCOMPARE(pushOne(u"legal-a"_s, save(huge, 2)).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(m_db->query(u"SELECT version FROM area_plan WHERE key = '%1'"_s.arg(key)), u"2"_s);

        // The unit's and the district's officers see it; another district's do not.
        const auto seen = [&](const QString &user) {
            for (const QJsonObject &c : pullAll(user, 0, nullptr, 1000))
                if (c.value(u"kind"_s) == u"plan"_s && c.value(u"key"_s) == key)
                    return true;
            return false;
        };
        QVERIFY(seen(u"legal-b"_s));
        QVERIFY(!seen(u"legal-other"_s));
    }

    void aDeskStepIsStoredOnceInTheSendersUnitAndNameAndCheckedFirst()
    {
        const QString uid = newId();
        const QJsonObject step{
            {u"uid"_s, uid},
            {u"stayUid"_s, u"stay-1"_s},
            {u"kind"_s, u"area.entered"_s},
            {u"atMs"_s, double(QDateTime::currentMSecsSinceEpoch() - 60000)},
            {u"operator"_s, u"somebody-else"_s},
            {u"body"_s, QJsonObject{{u"name"_s, u"王某"_s}, {u"tag"_s, u"B-01"_s}}}};
        const auto op = [](const QJsonObject &s, const QString &area = u"一站式办案区"_s) {
            return QJsonObject{
                {u"id"_s, newId()}, {u"type"_s, u"area.step"_s}, {u"area"_s, area}, {u"step"_s, s}};
        };
        QJsonObject first = op(step);
        QJsonObject r = pushOne(u"legal-a"_s, first);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        const QJsonObject body = r.value(u"areastep"_s).toObject();
        QCOMPARE(body.value(u"uid"_s).toString(), uid);
        QCOMPARE(body.value(u"unit"_s).toString(), kStation);
        QCOMPARE(body.value(u"operator"_s).toString(), u"legal-a"_s);
        QCOMPARE(body.value(u"body"_s).toObject().value(u"name"_s).toString(), u"王某"_s);
        // Sent again (its answer lost): the first answer; under another operation: refused.
        QVERIFY(pushOne(u"legal-a"_s, first).value(u"repeated"_s).toBool());
        QCOMPARE(pushOne(u"legal-a"_s, op(step)).value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(m_db->query(u"SELECT count(*) FROM area_step WHERE uid = '%1'"_s.arg(uid)),
                 u"1"_s);

        // What no desk records is refused in words: no kind, a step from next week, a huge
        // body, no area.
        QJsonObject bad = step;
        bad.insert(u"uid"_s, newId());
        bad.insert(u"kind"_s, u"DROP TABLE"_s);
        QCOMPARE(pushOne(u"legal-a"_s, op(bad)).value(u"status"_s).toString(), u"refused"_s);
        bad.insert(u"kind"_s, u"area.left"_s);
        bad.insert(u"atMs"_s, double(QDateTime::currentMSecsSinceEpoch() + 7 * 86400000LL));
        QCOMPARE(pushOne(u"legal-a"_s, op(bad)).value(u"status"_s).toString(), u"refused"_s);
        bad.insert(u"atMs"_s, 1e300);
        QCOMPARE(pushOne(u"legal-a"_s, op(bad)).value(u"status"_s).toString(), u"refused"_s);
        bad.insert(u"atMs"_s, step.value(u"atMs"_s));
        bad.insert(u"body"_s, QJsonObject{{u"note"_s, QString(70000, u'x')}});
        QCOMPARE(pushOne(u"legal-a"_s, op(bad)).value(u"status"_s).toString(), u"refused"_s);
        bad.insert(u"body"_s, QJsonObject());
        r = pushOne(u"legal-a"_s, op(bad, u"  "_s));
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QVERIFY(r.value(u"message"_s).toString().contains(u"area"_s));

        // The station's and the district's officers see it; another district's do not.
        const auto seen = [&](const QString &user) {
            for (const QJsonObject &c : pullAll(user, 0, nullptr, 1000))
                if (c.value(u"kind"_s) == u"areastep"_s && c.value(u"key"_s) == uid)
                    return true;
            return false;
        };
        QVERIFY(seen(u"legal-a2"_s));
        QVERIFY(seen(u"legal-b"_s));
        QVERIFY(!seen(u"legal-other"_s));
    }

    void aReservationIsDecidedByTheRolesInTurnAndARoomIsNeverGivenTwice()
    {
        const QJsonObject plan{
            {u"area"_s, u"冲突测试办案区"_s},
            {u"width"_s, 20},
            {u"height"_s, 5},
            {u"rooms"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, u"I1"_s},
                             {u"name"_s, u"讯问室1"_s},
                             {u"type"_s, u"interrogation"_s},
                             {u"outline"_s, QJsonArray{QJsonArray{0, 0}, QJsonArray{5, 0},
                                                       QJsonArray{5, 5}, QJsonArray{0, 5}}}},
                 QJsonObject{{u"id"_s, u"I2"_s},
                             {u"name"_s, u"讯问室2"_s},
                             {u"type"_s, u"interrogation"_s},
                             {u"outline"_s, QJsonArray{QJsonArray{5, 0}, QJsonArray{10, 0},
                                                       QJsonArray{10, 5}, QJsonArray{5, 5}}}}}}};
        QCOMPARE(
            pushOne(u"legal-a"_s,
                    QJsonObject{{u"id"_s, newId()}, {u"type"_s, u"plan.save"_s}, {u"plan"_s, plan}})
                .value(u"status"_s)
                .toString(),
            u"applied"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto request = [&](const QString &uid, qint64 from, qint64 to,
                                 const QString &areaUnit = kStation) {
            return pushOne(
                u"unit-a"_s,
                {{u"id"_s, newId()},
                 {u"type"_s, u"reservation.request"_s},
                 {u"reservation"_s,
                  QJsonObject{{u"uid"_s, uid},
                              {u"area"_s, u"冲突测试办案区"_s},
                              {u"areaUnit"_s, areaUnit},
                              {u"fromMs"_s, double(from)},
                              {u"toMs"_s, double(to)},
                              {u"reason"_s, u"讯问"_s},
                              {u"suspects"_s, 1},
                              {u"state"_s, u"approved"_s}, // not the sender's to say
                              {u"requestedBy"_s, u"someone-else"_s},
                              {u"wishes"_s, QJsonArray{QJsonObject{{u"type"_s, u"interrogation"_s},
                                                                   {u"count"_s, 1}}}}}}});
        };
        const auto decide = [&](const QString &user, const QString &uid, const QString &action,
                                const QStringList &rooms = {}, const QString &note = {}) {
            return pushOne(user, {{u"id"_s, newId()},
                                  {u"type"_s, u"reservation.decide"_s},
                                  {u"uid"_s, uid},
                                  {u"action"_s, action},
                                  {u"note"_s, note},
                                  {u"rooms"_s, QJsonArray::fromStringList(rooms)}});
        };
        const QString a = newId(), b = newId();
        QJsonObject r = request(a, now + 3600000, now + 7200000);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QJsonObject body = r.value(u"reservation"_s).toObject();
        QCOMPARE(body.value(u"state"_s).toString(), u"requested"_s);
        QCOMPARE(body.value(u"requestedBy"_s).toString(), u"unit-a"_s);
        QCOMPARE(body.value(u"unit"_s).toString(), kStation);
        // A request whose time is over, or for an area of the same name another unit has (no
        // plan of it is held), is withdrawn: nobody holds it.
        r = request(newId(), now - 7200000, now - 3600000);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(r.value(u"gone"_s).toObject().value(u"kind"_s).toString(), u"reservation"_s);
        r = request(newId(), now + 3600000, now + 7200000, kOtherStation);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(r.value(u"gone"_s).toObject().value(u"kind"_s).toString(), u"reservation"_s);

        // In turn: the legal head cannot go first, the officer cannot approve, the leader can.
        r = decide(u"legal-b"_s, a, u"legal-approve"_s, {u"I1"_s});
        QCOMPARE(r.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(r.value(u"reservation"_s).toObject().value(u"state"_s).toString(), u"requested"_s);
        r = decide(u"unit-a"_s, a, u"leader-approve"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        // A refusal carries the reservation as the service holds it.
        QCOMPARE(r.value(u"reservation"_s).toObject().value(u"state"_s).toString(), u"requested"_s);
        QCOMPARE(decide(u"leader-a"_s, a, u"leader-approve"_s).value(u"status"_s).toString(),
                 u"applied"_s);
        // Approved twice (two leaders at once): the second is told it was decided.
        r = decide(u"leader-a"_s, a, u"leader-approve"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(r.value(u"winner"_s).toObject().value(u"actor"_s).toString(), u"leader-a"_s);
        r = decide(u"legal-b"_s, a, u"legal-approve"_s, {u"I1"_s});
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(r.value(u"reservation"_s).toObject().value(u"rooms"_s).toArray(),
                 (QJsonArray{u"I1"_s}));

        // An overlapping request cannot have 讯问室1: the service says who holds it.
        QCOMPARE(request(b, now + 5400000, now + 9000000).value(u"status"_s).toString(),
                 u"applied"_s);
        QCOMPARE(decide(u"leader-a"_s, b, u"leader-approve"_s).value(u"status"_s).toString(),
                 u"applied"_s);
        r = decide(u"legal-b"_s, b, u"legal-approve"_s, {u"I1"_s});
        QCOMPARE(r.value(u"status"_s).toString(), u"conflict"_s);
        QVERIFY(r.value(u"message"_s).toString().contains(u"unit-a"_s));
        QCOMPARE(
            decide(u"legal-b"_s, b, u"legal-approve"_s, {u"I2"_s}).value(u"status"_s).toString(),
            u"applied"_s);
        // Another district's officer cannot touch it; garbage is refused in words.
        r = decide(u"legal-other"_s, a, u"cancel"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QCOMPARE(decide(u"unit-a"_s, a, u"approve-everything"_s).value(u"status"_s).toString(),
                 u"refused"_s);
        QCOMPARE(m_db->query(u"SELECT state FROM area_reservation WHERE uid = '%1'"_s.arg(a)),
                 u"approved"_s);
        // Taken back by the officer who asked.
        QCOMPARE(decide(u"unit-a"_s, a, u"cancel"_s).value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(m_db->query(u"SELECT state FROM area_reservation WHERE uid = '%1'"_s.arg(a)),
                 u"cancelled"_s);
    }

    void anInstructionIsAnsweredInTurnBySomeoneInScopeAndCancelledByItsSender()
    {
        qint64 start = 0;
        pullAll(u"legal-other"_s, 0, &start);
        const QString uid = newId();
        const qint64 sentAt = QDateTime::currentMSecsSinceEpoch() - 60000;
        QJsonObject r = pushOne(
            u"unit-a"_s,
            {{u"id"_s, newId()},
             {u"type"_s, u"instruction.send"_s},
             {u"timeMs"_s, double(sentAt)},
             {u"instruction"_s,
              QJsonObject{
                  {u"uid"_s, uid},
                  {u"kind"_s, u"instruction"_s},
                  {u"title"_s, u"前往滨河路26号处置"_s},
                  {u"issuedBy"_s, u"someone-else"_s}, // not the sender's to say
                  {u"tracks"_s,
                   QJsonArray{QJsonObject{{u"recipient"_s, u"legal-a2"_s}},
                              QJsonObject{{u"recipient"_s, u"警-0034"_s},
                                          {u"steps"_s,
                                           QJsonArray{QJsonObject{{u"state"_s, u"sent"_s}},
                                                      QJsonObject{{u"state"_s, u"done"_s}}}}}}}}}});
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QJsonObject body = r.value(u"instruction"_s).toObject();
        QCOMPARE(body.value(u"issuedBy"_s).toString(), u"unit-a"_s);
        QCOMPARE(body.value(u"unit"_s).toString(), kStation);
        QCOMPARE(qint64(body.value(u"issuedMs"_s).toDouble()), sentAt);
        // Nobody has answered yet, whatever the sender wrote.
        for (const QJsonValue &t : body.value(u"tracks"_s).toArray())
            QCOMPARE(t.toObject().value(u"steps"_s).toArray().size(), 1);

        const auto step = [&](const QString &user, const QString &recipient, const QString &state,
                              const QString &note = {}) {
            return pushOne(user, {{u"id"_s, newId()},
                                  {u"type"_s, u"instruction.step"_s},
                                  {u"uid"_s, uid},
                                  {u"recipient"_s, recipient},
                                  {u"step"_s, QJsonObject{{u"state"_s, state},
                                                          {u"actor"_s, u"someone-else"_s},
                                                          {u"note"_s, note}}}});
        };
        const auto stateOf = [](const QJsonObject &answer, const QString &recipient) {
            for (const QJsonValue &t :
                 answer.value(u"instruction"_s).toObject().value(u"tracks"_s).toArray()) {
                const QJsonObject track = t.toObject();
                if (track.value(u"recipient"_s).toString() == recipient) {
                    const QJsonObject last = track.value(u"steps"_s).toArray().last().toObject();
                    return last.value(u"state"_s).toString() + u'/' +
                           last.value(u"actor"_s).toString();
                }
            }
            return QString();
        };
        // The recipient answers their own; done before accepted is refused with the record.
        r = step(u"legal-a2"_s, u"legal-a2"_s, u"received"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(stateOf(r, u"legal-a2"_s), u"received/legal-a2"_s);
        r = step(u"legal-a2"_s, u"legal-a2"_s, u"done"_s, u"已处置"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(stateOf(r, u"legal-a2"_s), u"received/legal-a2"_s);
        // Another station's account can neither see it nor answer for anyone in it.
        r = step(u"legal-other"_s, u"警-0034"_s, u"accepted"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"refused"_s);
        QVERIFY(!r.contains(u"instruction"_s));
        for (const QJsonObject &c : pullAll(u"legal-other"_s, start))
            QVERIFY(c.value(u"key"_s).toString() != uid);
        // The sender records an answer given by phone, in their own name.
        r = step(u"unit-a"_s, u"警-0034"_s, u"accepted"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(stateOf(r, u"警-0034"_s), u"accepted/unit-a"_s);
        // The district sees it with every answer.
        bool seen = false;
        for (const QJsonObject &c : pullAll(u"legal-b"_s, start)) {
            if (c.value(u"kind"_s).toString() == u"instruction" &&
                c.value(u"key"_s).toString() == uid) {
                seen = true;
                QCOMPARE(stateOf({{u"instruction"_s, c.value(u"body"_s)}}, u"警-0034"_s),
                         u"accepted/unit-a"_s);
            }
        }
        QVERIFY(seen);
        // Only whoever sent it cancels it, saying why; then nothing is left open.
        const auto cancel = [&](const QString &user, const QString &reason) {
            return pushOne(user, {{u"id"_s, newId()},
                                  {u"type"_s, u"instruction.cancel"_s},
                                  {u"uid"_s, uid},
                                  {u"reason"_s, reason}});
        };
        QVERIFY(cancel(u"legal-a"_s, u"警情已由他人处置"_s).value(u"status"_s).toString() !=
                u"applied"_s);
        QVERIFY(cancel(u"unit-a"_s, {}).value(u"status"_s).toString() != u"applied"_s);
        r = cancel(u"unit-a"_s, u"警情已由他人处置"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(stateOf(r, u"警-0034"_s), u"cancelled/unit-a"_s);
        QCOMPARE(stateOf(r, u"legal-a2"_s), u"cancelled/unit-a"_s);
        QCOMPARE(m_db->query(u"SELECT closed FROM instruction WHERE uid = '%1'"_s.arg(uid)),
                 u"t"_s);
    }

    void aSharedFileArrivesInPiecesIsCheckedAndGoesOnlyToItsScope()
    {
        // 9 MiB of content that is not the same in every piece.
        QByteArray content;
        for (int i = 0; content.size() < 9 * 1024 * 1024; ++i)
            content.append(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString path = u"/api/sync/files/"_s + sha;
        const auto upload = [&](qint64 offset, const QByteArray &bytes, bool last,
                                const QString &user = u"legal-a"_s) {
            QNetworkRequest r = request(
                path + u"?offset=%1%2"_s.arg(offset).arg(last ? u"&last=1"_s : QString()), user);
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
            return m_http.send(r, bytes);
        };
        const auto status = [&]() {
            return m_http.get(request(path, u"legal-a"_s)).json().value(u"data"_s).toObject();
        };
        QCOMPARE(status().value(u"received"_s).toInt(), 0);
        const qint64 piece = 4 * 1024 * 1024;
        QCOMPARE(upload(0, content.left(piece), false).code(), 0);
        // A piece that does not go on where the service stopped is refused with where to go on.
        auto wrong = upload(10, content.mid(10, 100), false);
        QCOMPARE(wrong.code(), 10);
        QCOMPARE(qint64(wrong.json().value(u"data"_s).toObject().value(u"received"_s).toDouble()),
                 piece);
        // The connection broke: the uploader asks and goes on from there.
        QCOMPARE(qint64(status().value(u"received"_s).toDouble()), piece);
        QCOMPARE(upload(piece, content.mid(piece, piece), false).code(), 0);
        auto done = upload(2 * piece, content.mid(2 * piece), true);
        QCOMPARE(done.code(), 0);
        QVERIFY(done.json().value(u"data"_s).toObject().value(u"complete"_s).toBool());
        QCOMPARE(qint64(status().value(u"bytes"_s).toDouble()), qint64(content.size()));

        // Content that does not hash to its name is dropped, whatever was sent before.
        const QString fake = QString(64, u'a');
        QNetworkRequest r =
            request(u"/api/sync/files/%1?offset=0&last=1"_s.arg(fake), u"legal-a"_s);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        QCOMPARE(m_http.send(r, "not the content").code(), 10);
        QCOMPARE(m_http.get(request(u"/api/sync/files/"_s + fake, u"legal-a"_s))
                     .json()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"received"_s)
                     .toInt(),
                 0);
        // A name that is not a SHA-256 is refused before any file is touched.
        QCOMPARE(
            m_http.get(request(u"/api/sync/files/..%2F..%2Fetc%2Fpasswd"_s, u"legal-a"_s)).code(),
            10);

        // Nobody may fetch it until a record in their scope names it.
        const auto fetch = [&](const QString &user, qint64 offset) {
            return m_http.get(
                request(path + u"/content?offset=%1&length=%2"_s.arg(offset).arg(piece), user));
        };
        QCOMPARE(fetch(u"legal-a"_s, 0).status, 404);
        QJsonObject op{{u"id"_s, newId()},
                       {u"type"_s, u"finding.add"_s},
                       {u"finding"_s, QJsonObject{{u"uid"_s, newId()},
                                                  {u"cameraId"_s, u"cam-1"_s},
                                                  {u"unit"_s, u"大智派出所"_s},
                                                  {u"note"_s, u"值班民警脱岗"_s},
                                                  {u"snapshotSha256"_s, sha}}}};
        QCOMPARE(pushOne(u"legal-a"_s, op).value(u"status"_s).toString(), u"applied"_s);
        QByteArray fetched;
        for (qint64 offset = 0; offset < content.size(); offset += piece) {
            const auto reply = fetch(u"legal-b"_s, offset); // the district above sees it
            QCOMPARE(reply.status, 200);
            fetched.append(reply.body);
        }
        QCOMPARE(fetched, content);
        QCOMPARE(fetch(u"legal-other"_s, 0).status, 404); // another district does not
    }

    void anAlertIsAcknowledgedAndReferredOnce()
    {
        const qint64 alert = insertAlert(u"大智派出所"_s, u"personId=ack"_s);
        const QJsonObject ack{{u"type"_s, u"alert.acknowledge"_s}, {u"alert"_s, double(alert)}};
        QJsonObject first = ack, second = ack;
        first.insert(u"id"_s, newId());
        second.insert(u"id"_s, newId());
        QCOMPARE(pushOne(u"legal-a"_s, first).value(u"status"_s).toString(), u"applied"_s);
        const QJsonObject told = pushOne(u"legal-b"_s, second);
        QCOMPARE(told.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(told.value(u"winner"_s).toObject().value(u"actor"_s).toString(), u"legal-a"_s);
        QCOMPARE(told.value(u"alert"_s).toObject().value(u"ackBy"_s).toString(), u"legal-a"_s);

        const QString mine = newId();
        QCOMPARE(pushOne(u"legal-a"_s, openOp(mine, u"大智派出所"_s, alert))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        const QJsonObject referred = pushOne(u"legal-b"_s, openOp(newId(), u"大智派出所"_s, alert));
        QCOMPARE(referred.value(u"status"_s).toString(), u"conflict"_s);
        QCOMPARE(referred.value(u"problem"_s).toObject().value(u"uid"_s).toString(), mine);
        QCOMPARE(m_db->query(u"SELECT problem_uid FROM alert WHERE id = %1"_s.arg(alert)), mine);
    }
};

QTEST_GUILESS_MAIN(tst_SyncApi)
#include "tst_syncapi.moc"
