// Two workstations and a real jiandu-central on a private PostgreSQL, syncing the supervision
// data both ways: a problem opened on a laptop offline reaches the other workstation; both
// edit the same problem (and acknowledge the same alert) offline, then come online — one
// result everywhere, the other officer told who won; a server that is gone leaves the
// operations queued; and jiandu-cli killed at thirty seeded instants of a push and a pull,
// the server twice, with the cache holding exactly the server's records and the server
// exactly the workstation's operations — none lost, none twice.
#include "centralprocess.h"
#include "scriptedserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsreplica.h>
#include <alerts/data/alertsschema.h>
#include <alerts/data/problemrepository.h>
#include <alerts/data/rulesettingsrepository.h>
#include <casearea/data/caseareaschema.h>
#include <casearea/data/journeyrepository.h>
#include <casearea/data/planrepository.h>
#include <casearea/data/plansreplica.h>
#include <casearea/data/reservationrepository.h>
#include <casearea/data/reservationsreplica.h>
#include <casearea/data/stepsreplica.h>
#include <commandmap/dispatch/dispatchschema.h>
#include <commandmap/dispatch/instructionrepository.h>
#include <commandmap/dispatch/instructionsreplica.h>
#include <csignal>
#include <storage/localcache.h>
#include <storage/outbox.h>
#include <storage/sealedfile.h>
#include <sync/centralsignin.h>
#include <sync/liveupdates.h>
#include <sync/supervisionsync.h>
#include <videopatrol/data/findingrepository.h>
#include <videopatrol/data/findingsreplica.h>
#include <videopatrol/data/layoutrepository.h>
#include <videopatrol/data/layoutsreplica.h>
#include <videopatrol/data/videopatrolschema.h>

using namespace Jiandu;
using namespace Jiandu::Sync;
using namespace Jiandu::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kCachePassword = u"cache-password"_s;
const QString kPassword = u"Correct-horse-42"_s;
const QString kStation = u"420102510000"_s, kDistrict = u"420102000000"_s;
const QString kStationName = u"大智派出所"_s;

//! A workstation: its encrypted cache and the account it syncs as.
struct Workstation
{
    QString directory;
    QString user;
    std::unique_ptr<LocalCache> cache;

    QSqlDatabase db() { return cache->database().connection(); }
    QString scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return u"<%1>"_s.arg(q.lastError().text());
        return q.value(0).toString();
    }
    ProblemWorkflow::Actor actor() const { return {user, ProblemRole::LegalOfficer, {}}; }
};

} // namespace

class tst_SupervisionSync : public QObject
{
    Q_OBJECT

    CentralDatabase m_database;
    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<CentralInstance> m_central;
    QProcess m_broker;
    QString m_brokerAddress;
    const AlertsReplica m_replica;
    const FindingsReplica m_findings;
    const LayoutsReplica m_layouts;
    const PlansReplica m_plans;
    const StepsReplica m_steps;
    const ReservationsReplica m_reservations;
    const CommandMap::InstructionsReplica m_instructions;

    QString sql(const QString &statement) { return m_database.query(statement); }

    void startBroker()
    {
        m_broker.start(u"/usr/sbin/mosquitto"_s, {u"-c"_s, m_dir.filePath(u"mosquitto.conf"_s)});
        QVERIFY(m_broker.waitForStarted());
    }
    void startCentral()
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_central = std::make_unique<CentralInstance>(m_config);
            if (m_central->ok())
                return;
        }
        QFAIL("jiandu-central did not start");
    }
    void addUser(const QString &name, const QString &role, const QString &unit)
    {
        QCOMPARE(CentralCommand::addUser(m_config, name, role, unit, kPassword).exitCode, 0);
    }
    std::unique_ptr<Workstation> workstation(const QString &name, const QString &user)
    {
        auto ws = std::make_unique<Workstation>();
        ws->directory = m_dir.filePath(name);
        ws->user = user;
        auto cache = LocalCache::create(ws->directory, kCachePassword);
        if (!cache)
            qWarning() << cache.error().text();
        else
            ws->cache = std::move(cache).value();
        if (ws->cache &&
            (!AlertsSchema::migrate(*ws->cache) || !VideoPatrolSchema::migrate(*ws->cache) ||
             !CaseAreaSchema::migrate(*ws->cache) || !DispatchSchema::migrate(*ws->cache)))
            ws->cache.reset();
        return ws;
    }
    CentralAccount account(const Workstation &ws, const QUrl &server = {}) const
    {
        return {server.isEmpty() ? m_central->base() : server, {}, ws.user, kPassword};
    }
    //! One sync round of \a ws, waited for.
    Result<SupervisionSync::Progress> syncRound(Workstation &ws, const QUrl &server = {})
    {
        SupervisionSync sync(*ws.cache, account(ws, server),
                             {&m_replica, &m_findings, &m_layouts, &m_plans, &m_steps,
                              &m_reservations, &m_instructions});
        sync.client().setTimeout(3000);
        std::optional<Result<SupervisionSync::Progress>> result;
        sync.run([&](Result<SupervisionSync::Progress> r) { result = std::move(r); });
        QElapsedTimer waited;
        waited.start();
        while (!result && waited.elapsed() < 60000)
            QTest::qWait(10);
        return result ? *result : Result<SupervisionSync::Progress>(Error{u"timed out"_s, {}});
    }
    Result<Problem> openProblem(Workstation &ws, const QString &title)
    {
        Problem p;
        p.title = title;
        p.unit = kStationName;
        p.element = u"人员"_s;
        return ProblemRepository(ws.db()).open(p, ws.actor(), u"巡查发现"_s,
                                               QDateTime::currentMSecsSinceEpoch());
    }
    qint64 localProblemId(Workstation &ws, const QString &uid)
    {
        return ws.scalar(u"SELECT id FROM problem WHERE uid = '%1'"_s.arg(uid)).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_database.ok());
        // The broker of the live updates (Mosquitto, loopback, anonymous).
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 brokerPort = probe.serverPort();
        probe.close();
        QFile brokerConfig(m_dir.filePath(u"mosquitto.conf"_s));
        QVERIFY(brokerConfig.open(QIODevice::WriteOnly));
        brokerConfig.write(
            u"listener %1 127.0.0.1\nallow_anonymous true\n"_s.arg(brokerPort).toUtf8());
        brokerConfig.close();
        startBroker();
        m_brokerAddress = u"127.0.0.1:%1"_s.arg(brokerPort);
        m_config = writeCentralConfig(m_dir.filePath(u"central.conf"_s), m_database.url(),
                                      u"rate_limit = 1000\nmqtt = %1\nfiles = %2"_s.arg(
                                          m_brokerAddress, m_dir.filePath(u"central-files"_s)));
        QCOMPARE(CentralCommand::run({u"migrate"_s, u"--config"_s, m_config}).exitCode, 0);
        QCOMPARE(CentralCommand::run({u"unit"_s, u"demo"_s, u"--config"_s, m_config}).exitCode, 0);
        addUser(u"legal-a"_s, u"legal"_s, kStation);
        addUser(u"legal-b"_s, u"legal"_s, kDistrict);
        addUser(u"legal-k"_s, u"legal"_s, kStation);
        addUser(u"legal-gone"_s, u"legal"_s, kStation);
        // Accounts of their own for the live updates: the service slows a name's sign-ins
        // after ten, and each round here signs in anew.
        addUser(u"live-a"_s, u"legal"_s, kStation);
        addUser(u"live-b"_s, u"legal"_s, kDistrict);
        addUser(u"layout-a"_s, u"legal"_s, kStation);
        addUser(u"layout-b"_s, u"legal"_s, kStation);
        addUser(u"rule-a"_s, u"legal"_s, kStation);
        addUser(u"rule-b"_s, u"leader"_s, kDistrict);
        addUser(u"rule-u"_s, u"unit_officer"_s, kStation);
        addUser(u"res-officer"_s, u"unit_officer"_s, kStation);
        addUser(u"res-leader"_s, u"leader"_s, kStation);
        addUser(u"res-legal"_s, u"legal"_s, kDistrict);
        addUser(u"ins-sender"_s, u"unit_officer"_s, kStation);
        addUser(u"ins-desk"_s, u"legal"_s, kStation);
        startCentral();
    }

    void cleanupTestCase()
    {
        m_central.reset();
        m_broker.terminate();
        m_broker.waitForFinished(5000);
    }

    void aProblemOpenedOfflineReachesTheOtherWorkstation()
    {
        auto a = workstation(u"a1"_s, u"legal-a"_s);
        auto b = workstation(u"b1"_s, u"legal-b"_s);
        QVERIFY(a->cache && b->cache);
        const auto opened = openProblem(*a, u"讯问未全程录像"_s);
        QVERIFY(opened.ok());
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"1"_s);

        auto round = syncRound(*a);
        QVERIFY2(round.ok(), qPrintable(round.ok() ? QString() : round.error().text()));
        QCOMPARE(round->pushed, 1);
        QCOMPARE(round->conflicts, 0);
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
        QCOMPARE(sql(u"SELECT created_by || '|' || title FROM problem WHERE uid = '%1'"_s.arg(
                     opened->uid)),
                 u"legal-a|讯问未全程录像"_s);

        round = syncRound(*b);
        QVERIFY(round.ok());
        QCOMPARE(b->scalar(u"SELECT title || '|' || created_by || '|' || stage FROM problem "
                           "WHERE uid = '%1'"_s.arg(opened->uid)),
                 u"讯问未全程录像|legal-a|0"_s);
        const auto history = ProblemRepository(b->db()).history(localProblemId(*b, opened->uid));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().note, u"巡查发现"_s);
        // Nothing new: a round that reads nothing and sends nothing.
        round = syncRound(*b);
        QCOMPARE(round->pulled, 0);
        QCOMPARE(round->pushed, 0);
    }

    void twoWorkstationsEditingTheSameProblemOfflineOneResultTheOtherTold()
    {
        auto a = workstation(u"a2"_s, u"legal-a"_s);
        auto b = workstation(u"b2"_s, u"legal-b"_s);
        QVERIFY(a->cache && b->cache);
        const auto opened = openProblem(*a, u"超期羁押"_s);
        QVERIFY(opened.ok());
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());

        // Both offline, both issue it to the unit, with different instructions.
        QVERIFY(ProblemRepository(a->db())
                    .apply(localProblemId(*a, opened->uid), a->actor(), ProblemAction::Issue,
                           u"A：三日内说明"_s, {}, QDateTime::currentMSecsSinceEpoch())
                    .ok());
        QVERIFY(ProblemRepository(b->db())
                    .apply(localProblemId(*b, opened->uid), b->actor(), ProblemAction::Issue,
                           u"B：立即整改"_s, {}, QDateTime::currentMSecsSinceEpoch())
                    .ok());
        // B comes online first and wins; A is told, and sees B's step instead of its own.
        auto round = syncRound(*b);
        QCOMPARE(round->conflicts, 0);
        round = syncRound(*a);
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        for (Workstation *ws : {a.get(), b.get()}) {
            const auto history =
                ProblemRepository(ws->db()).history(localProblemId(*ws, opened->uid));
            QCOMPARE(history->size(), 2);
            QCOMPARE(history->last().actor, u"legal-b"_s);
            QCOMPARE(history->last().note, u"B：立即整改"_s);
            QCOMPARE(ws->scalar(u"SELECT stage FROM problem WHERE uid = '%1'"_s.arg(opened->uid)),
                     u"1"_s);
        }
        const auto told = SupervisionStore(a->db(), u"-"_s).conflicts(10);
        QVERIFY(told.ok());
        QCOMPARE(told->size(), 1);
        QCOMPARE(told->first().status, u"conflict"_s);
        QCOMPARE(told->first().winner.value(u"actor"_s).toString(), u"legal-b"_s);
        QCOMPARE(told->first().operation.value(u"note"_s).toString(), u"A：三日内说明"_s);
        QCOMPARE(SupervisionStore(b->db(), u"-"_s).conflicts(10)->size(), 0);
        QCOMPARE(
            sql(u"SELECT count(*) FROM problem_step WHERE problem_uid = '%1'"_s.arg(opened->uid)),
            u"2"_s);
    }

    void anAlertAcknowledgedOnTwoWorkstationsOnceOnTheServer()
    {
        auto a = workstation(u"a3"_s, u"legal-a"_s);
        auto b = workstation(u"b3"_s, u"legal-b"_s);
        QVERIFY(a->cache && b->cache);
        const QString id = sql(u"INSERT INTO alert (rule_id, subject_key, element, tier, colour, "
                               "score, message, unit, raised_ms, subject) VALUES ('R-ack', "
                               "'personId=ack', 'person', 3, 'red', 5, '超时未出所', '%1', 1000, "
                               "'{\"caseId\": \"A42\"}') RETURNING id"_s.arg(kStationName));
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        const QString localA = a->scalar(u"SELECT id FROM alert WHERE central_id = %1"_s.arg(id));
        const QString localB = b->scalar(u"SELECT id FROM alert WHERE central_id = %1"_s.arg(id));
        QVERIFY(localA.toLongLong() > 0 && localB.toLongLong() > 0);
        QCOMPARE(
            a->scalar(u"SELECT message || '|' || case_id FROM alert WHERE id = %1"_s.arg(localA)),
            u"超时未出所|A42"_s);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            AlertRepository(a->db()).acknowledge(localA.toLongLong(), u"legal-a"_s, {}, now).ok());
        QVERIFY(
            AlertRepository(b->db()).acknowledge(localB.toLongLong(), u"legal-b"_s, {}, now).ok());
        QCOMPARE(syncRound(*a)->conflicts, 0);
        QCOMPARE(syncRound(*b)->conflicts, 1);
        QCOMPARE(sql(u"SELECT ack_by FROM alert WHERE id = %1"_s.arg(id)), u"legal-a"_s);
        QCOMPARE(b->scalar(u"SELECT ack_by FROM alert WHERE id = %1"_s.arg(localB)), u"legal-a"_s);
    }

    void aNewerAlertForTheSameSubjectArrivesFirst()
    {
        auto a = workstation(u"a6"_s, u"legal-a"_s);
        QVERIFY(a->cache);
        const QString older = sql(u"INSERT INTO alert (rule_id, subject_key, element, tier, "
                                  "colour, score, message, unit, raised_ms) VALUES ('R-twice', "
                                  "'personId=t', 'person', 3, 'red', 1, '第一次', '%1', 1000) "
                                  "RETURNING id"_s.arg(kStationName));
        QVERIFY(syncRound(*a).ok());
        // Meanwhile: the first is resolved, a second raised for the same subject, and then the
        // first acknowledged — its change now comes after the second's in the log.
        sql(u"UPDATE alert SET resolved_ms = 2000, resolve_reason = 'r' WHERE id = %1"_s.arg(
            older));
        const QString newer = sql(u"INSERT INTO alert (rule_id, subject_key, element, tier, "
                                  "colour, score, message, unit, raised_ms) VALUES ('R-twice', "
                                  "'personId=t', 'person', 3, 'red', 1, '第二次', '%1', 3000) "
                                  "RETURNING id"_s.arg(kStationName));
        sql(u"UPDATE alert SET ack_by = 'someone', ack_ms = 4000 WHERE id = %1"_s.arg(older));
        const auto round = syncRound(*a);
        QVERIFY2(round.ok(), qPrintable(round.ok() ? QString() : round.error().text()));
        QCOMPARE(a->scalar(u"SELECT central_id FROM alert WHERE rule_id = 'R-twice' AND "
                           "resolved_ms IS NULL"_s),
                 newer);
        QCOMPARE(
            a->scalar(u"SELECT ack_by || '|' || resolved_ms FROM alert WHERE central_id = %1"_s.arg(
                older)),
            u"someone|2000"_s);
    }

    void aProblemTheServiceRefusesStaysHereAlone()
    {
        auto a = workstation(u"a7"_s, u"legal-a"_s);
        QVERIFY(a->cache);
        Problem p;
        p.title = u"辖区外的问题"_s;
        p.unit = u"民族派出所"_s; // another district's station
        const auto opened = ProblemRepository(a->db()).open(p, a->actor(), u"巡查发现"_s,
                                                            QDateTime::currentMSecsSinceEpoch());
        QVERIFY(opened.ok());
        const auto round = syncRound(*a);
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        QCOMPARE(a->scalar(u"SELECT local_only FROM problem WHERE uid = '%1'"_s.arg(opened->uid)),
                 u"1"_s);
        QCOMPARE(SupervisionStore(a->db(), u"-"_s).conflicts(10)->first().status, u"refused"_s);
        // Kept for the officer; what is done on it from now on stays here too.
        QVERIFY(ProblemRepository(a->db())
                    .apply(opened->id, a->actor(), ProblemAction::Issue, u"请整改"_s, {},
                           QDateTime::currentMSecsSinceEpoch())
                    .ok());
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM problem WHERE uid = '%1'"_s.arg(opened->uid)), u"0"_s);
    }

    void aFindingRecordedOnOneWorkstationReachesTheOther()
    {
        auto a = workstation(u"a8"_s, u"legal-a"_s);
        auto b = workstation(u"b8"_s, u"legal-b"_s);
        QVERIFY(a->cache && b->cache);
        PatrolFinding finding;
        finding.cameraId = u"cam-3"_s;
        finding.cameraName = u"候问室"_s;
        finding.unit = kStationName;
        finding.timeMs = QDateTime::currentMSecsSinceEpoch();
        finding.operatorName = u"legal-a"_s;
        finding.note = u"候问室无人看管"_s;
        finding.snapshotSha256 = QString(64, u'a');
        const auto stored = FindingRepository(a->db()).add(finding);
        QVERIFY(stored.ok());
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox WHERE type = 'finding.add'"_s), u"1"_s);
        QVERIFY(syncRound(*a).ok());
        QCOMPARE(
            sql(u"SELECT operator || '|' || note FROM finding WHERE uid = '%1'"_s.arg(stored->uid)),
            u"legal-a|候问室无人看管"_s);
        QVERIFY(syncRound(*b).ok());
        const auto seen = FindingRepository(b->db()).recent(10);
        QVERIFY(seen.ok());
        const auto it = std::find_if(seen->begin(), seen->end(),
                                     [&](const PatrolFinding &f) { return f.uid == stored->uid; });
        QVERIFY(it != seen->end());
        QCOMPARE(it->note, u"候问室无人看管"_s);
        QCOMPARE(it->cameraName, u"候问室"_s);
        QCOMPARE(it->snapshotSha256, QString(64, u'a'));
        QVERIFY(it->snapshotPath.isEmpty()); // the file comes by its hash, later
    }

    void anAttachmentTravelsByItsHashResumedAndChecked()
    {
        auto a = workstation(u"a9"_s, u"legal-a"_s);
        auto b = workstation(u"b9"_s, u"legal-b"_s);
        QVERIFY(a->cache && b->cache);
        // 9 MiB: three pieces, each different.
        QByteArray content;
        for (int i = 0; content.size() < 9 * 1024 * 1024; ++i)
            content.append(QCryptographicHash::hash(QByteArray::number(i) + "笔录",
                                                    QCryptographicHash::Sha256));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString plain = m_dir.filePath(u"a9-record.pdf"_s);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto secretA = SealedFile::secret(a->db());
        QVERIFY(secretA.ok());
        const QString sealed = a->directory + u"/attachment-1"_s;
        QCOMPARE(SealedFile::sealCopy(plain, sealed, *secretA).value(), sha);
        Problem p;
        p.title = u"讯问笔录与录像不一致"_s;
        p.unit = kStationName;
        const auto opened = ProblemRepository(a->db()).open(
            p, a->actor(), u"见附件"_s, QDateTime::currentMSecsSinceEpoch(),
            {{u"讯问笔录.pdf"_s, sealed, content.size(), sha}});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));

        // The service already holds the first piece, but a wrong one (a broken earlier
        // upload): the file is refused at its end, dropped, and sent whole the next round.
        const QString incoming = m_dir.filePath(u"central-files/incoming/"_s + sha);
        QVERIFY(QDir().mkpath(QFileInfo(incoming).path()));
        QFile partial(incoming);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4 * 1024 * 1024, 'x'));
        partial.close();
        QVERIFY(syncRound(*a).ok());
        const QString stored = m_dir.filePath(u"central-files/%1/%2"_s.arg(sha.left(2), sha));
        QVERIFY(!QFile::exists(stored));
        QVERIFY(a->scalar(u"SELECT last_error FROM shared_file WHERE sha256 = '%1'"_s.arg(sha))
                    .contains(u"SHA-256"_s));
        QSqlQuery due(a->db());
        QVERIFY(due.exec(u"UPDATE shared_file SET retry_ms = 0"_s)); // its retry is due
        // This time the service holds the right first piece: the upload goes on after it.
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(content.left(4 * 1024 * 1024));
        partial.close();
        const auto round = syncRound(*a);
        QVERIFY(round.ok());
        QCOMPARE(round->filesSent, 1);
        QFile kept(stored);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);

        // The other workstation pulls the problem, then its attachment, sealed in its cache.
        const auto pulled = syncRound(*b);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->filesReceived, 1);
        const qint64 id = localProblemId(*b, opened->uid);
        const auto history = ProblemRepository(b->db()).history(id);
        QVERIFY(history.ok() && !history->isEmpty());
        const ProblemAttachment got = history->first().attachments.value(0);
        QCOMPARE(got.name, u"讯问笔录.pdf"_s);
        QVERIFY(!got.path.isEmpty());
        QVERIFY(SealedFile::isSealed(got.path));
        QCOMPARE(SealedFile::plainSha256(got.path, SealedFile::secret(b->db()).value()), sha);
        QVERIFY(!QFile::exists(b->directory + u"/files/incoming/"_s + sha));
    }

    void aUnitsLayoutsAndWallPushesReachItsOtherWorkstations()
    {
        // Two operators of the same station, each at their own workstation.
        auto a = workstation(u"a10"_s, u"layout-a"_s);
        auto b = workstation(u"b10"_s, u"layout-b"_s);
        QVERIFY(a->cache && b->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        NamedLayout night{kStation, u"夜间巡查"_s, 4, {u"cam-1"_s, u"cam-2"_s, {}, u"cam-4"_s}};
        QVERIFY(LayoutRepository(a->db()).save(night, u"layout-a"_s, now).ok());
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        auto seen = LayoutRepository(b->db()).list();
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().name, u"夜间巡查"_s);
        QCOMPARE(seen->first().cameras, night.cameras);
        QCOMPARE(seen->first().savedBy, u"layout-a"_s);
        QCOMPARE(seen->first().version, 1);

        // Both change it offline; the first to reach the service wins, the other is told and
        // shown the winner's.
        night.tiles = 9;
        QVERIFY(LayoutRepository(a->db()).save(night, u"layout-a"_s, now + 1).ok());
        NamedLayout mine = night;
        mine.tiles = 1;
        mine.cameras = {u"cam-9"_s};
        QVERIFY(LayoutRepository(b->db()).save(mine, u"layout-b"_s, now + 2).ok());
        QVERIFY(syncRound(*a).ok());
        const auto round = syncRound(*b);
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        seen = LayoutRepository(b->db()).list();
        QCOMPARE(seen->first().tiles, 9);
        QCOMPARE(seen->first().savedBy, u"layout-a"_s);
        QVERIFY(b->scalar(u"SELECT message FROM sync_conflict ORDER BY id DESC LIMIT 1"_s)
                    .contains(u"layout-a"_s));

        // 上墙 on one computer shows on the other's wall; deleting a layout deletes it there.
        QVERIFY(
            LayoutRepository(a->db()).pushToWall(kStation, u"cam-2"_s, u"layout-a"_s, now).ok());
        QVERIFY(
            LayoutRepository(a->db()).pushToWall(kStation, u"cam-7"_s, u"layout-a"_s, now).ok());
        QVERIFY(LayoutRepository(a->db()).remove(kStation, u"夜间巡查"_s, u"layout-a"_s, now).ok());
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        const auto wall = LayoutRepository(b->db()).latestWall();
        QVERIFY(wall.ok());
        QCOMPARE(wall->cameras, (QStringList{u"cam-7"_s, u"cam-2"_s}));
        QCOMPARE(wall->sentBy, u"layout-a"_s);
        QCOMPARE(LayoutRepository(b->db()).list()->size(), 0);
    }

    void aFloorPlanDrawnOnOneWorkstationIsTheUnitsOnEveryOther()
    {
        using CaseArea::FloorPlan;
        auto a = workstation(u"a12"_s, u"layout-a"_s);
        auto b = workstation(u"b12"_s, u"layout-b"_s);
        QVERIFY(a->cache && b->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto file = FloorPlan::fromJson(R"({"site": "城东分局", "area": "一站式办案区",
            "floor": 1, "width": 20, "height": 10, "rooms": [
            {"id": "W1", "name": "候问室1", "type": "waiting",
             "outline": [[0,0],[6,0],[6,4],[0,4]], "cameras": ["cam-1"]},
            {"id": "I1", "name": "讯问室1", "type": "interrogation",
             "outline": [[6,0],[12,0],[12,4],[6,4]]}]})");
        QVERIFY2(file.ok(), qPrintable(file ? QString() : file.error().message));
        // The desk's workstation takes in the site's plan file and shares it.
        auto taken = PlanRepository(a->db()).takeInFile(kStation, *file, u"layout-a"_s, now);
        QVERIFY(taken.ok());
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        const QString key = taken->key;
        auto seen = PlanRepository(b->db()).find(key);
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((*seen)->plan.rooms.size(), 2);
        QCOMPARE((*seen)->version, 1);
        QCOMPARE((*seen)->savedBy, u"layout-a"_s);

        // The command room redraws a room; the desk has it at its next round, and the desk's
        // unchanged plan file, read again at its next start, does not undo it.
        FloorPlan redrawn = (*seen)->plan;
        redrawn.rooms[1].name = u"讯问室（同录）"_s;
        redrawn.rooms[1].cameras = {u"cam-7"_s};
        QVERIFY(PlanRepository(b->db()).save(kStation, redrawn, u"layout-b"_s, now + 1).ok());
        QVERIFY(syncRound(*b).ok());
        QVERIFY(syncRound(*a).ok());
        auto atDesk = PlanRepository(a->db()).find(key);
        QCOMPARE((*atDesk)->plan.rooms[1].name, u"讯问室（同录）"_s);
        QCOMPARE((*atDesk)->version, 2);
        taken = PlanRepository(a->db()).takeInFile(kStation, *file, u"layout-a"_s, now + 2);
        QVERIFY(taken.ok());
        QCOMPARE(taken->plan.rooms[1].cameras, (QStringList{u"cam-7"_s}));
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);

        // Both change it offline: the first to reach the service wins everywhere, the other
        // is told who won.
        FloorPlan mine = (*atDesk)->plan;
        mine.rooms[0].name = u"候问室（甲）"_s;
        QVERIFY(PlanRepository(a->db()).save(kStation, mine, u"layout-a"_s, now + 3).ok());
        FloorPlan theirs = (*atDesk)->plan;
        theirs.width = 25;
        QVERIFY(PlanRepository(b->db()).save(kStation, theirs, u"layout-b"_s, now + 4).ok());
        QVERIFY(syncRound(*a).ok());
        const auto round = syncRound(*b);
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        seen = PlanRepository(b->db()).find(key);
        QCOMPARE((*seen)->plan.rooms[0].name, u"候问室（甲）"_s);
        QCOMPARE((*seen)->plan.width, 20.0);
        QVERIFY(b->scalar(u"SELECT message FROM sync_conflict ORDER BY id DESC LIMIT 1"_s)
                    .contains(u"layout-a"_s));

        // The site's plan file changed by hand: taken in again, and shared.
        FloorPlan edited = *file;
        edited.rooms.append({u"M1"_s,
                             u"医务室"_s,
                             CaseArea::RoomType::Medical,
                             {{12, 0}, {16, 0}, {16, 4}, {12, 4}},
                             {}});
        taken = PlanRepository(a->db()).takeInFile(kStation, edited, u"layout-a"_s, now + 5);
        QCOMPARE(taken->plan.rooms.size(), 3);
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        QCOMPARE((*PlanRepository(b->db()).find(key))->plan.rooms.size(), 3);

        // Saved twice before the sync runs: the service gets the last, no conflict.
        FloorPlan first = (*PlanRepository(b->db()).find(key))->plan;
        first.rooms[0].name = u"候问室（一）"_s;
        QVERIFY(PlanRepository(b->db()).save(kStation, first, u"layout-b"_s, now + 6).ok());
        first.rooms[0].name = u"候问室（二）"_s;
        QVERIFY(PlanRepository(b->db()).save(kStation, first, u"layout-b"_s, now + 7).ok());
        QCOMPARE(b->scalar(u"SELECT count(*) FROM outbox WHERE type = 'plan.save'"_s), u"1"_s);
        const auto twice = syncRound(*b);
        QVERIFY(twice.ok());
        QCOMPARE(twice->conflicts, 0);
        QVERIFY(syncRound(*a).ok());
        QCOMPARE((*PlanRepository(a->db()).find(key))->plan.rooms[0].name, u"候问室（二）"_s);

        // A new workstation of the unit gets the shared plan first; its old copy of the site's
        // plan file, read at its first start, does not undo it, nor is it sent.
        auto c = workstation(u"c11"_s, u"layout-b"_s);
        QVERIFY(syncRound(*c).ok());
        taken = PlanRepository(c->db()).takeInFile(kStation, *file, u"layout-b"_s, now + 8);
        QVERIFY(taken.ok());
        QCOMPARE(taken->plan.rooms[0].name, u"候问室（二）"_s);
        QCOMPARE(c->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
    }

    void theDesksStepsMakeTheSameStaysOnTheUnitsOtherWorkstations()
    {
        using CaseArea::JourneyStep;
        const QString area = u"一站式办案区"_s;
        auto desk = workstation(u"desk13"_s, u"layout-a"_s);
        auto room = workstation(u"room13"_s, u"layout-b"_s);
        QVERIFY(desk->cache && room->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - 3600000;
        const QList<JourneyStep> steps{
            {u"s1"_s, u"stay-13"_s, u"area.entered"_s, now, u"layout-a"_s,
             QJsonObject{{u"name"_s, u"王某强"_s}, {u"tag"_s, u"B-13"_s}}},
            {u"s2"_s, u"stay-13"_s, u"safetycheck.done"_s, now + 60000, u"layout-a"_s,
             QJsonObject{{u"injuries"_s, u"无"_s}}},
            {u"s3"_s, u"stay-13"_s, u"infocollection.done"_s, now + 120000, u"layout-a"_s, {}}};
        for (const JourneyStep &step : steps)
            QVERIFY(JourneyRepository(desk->db(), area).add(step).ok());
        // A step the desk's book refused after keeping it is taken back, and never sent.
        const JourneyStep refused{u"s4"_s,      u"stay-13"_s,  u"area.returned"_s,
                                  now + 130000, u"layout-a"_s, {}};
        QVERIFY(JourneyRepository(desk->db(), area).add(refused).ok());
        QVERIFY(JourneyRepository(desk->db(), area).remove(refused.uid).ok());
        QCOMPARE(desk->scalar(u"SELECT count(*) FROM outbox WHERE type = 'area.step'"_s), u"3"_s);
        QVERIFY(syncRound(*desk).ok());
        QCOMPARE(desk->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
        QVERIFY(syncRound(*room).ok());

        // The command room holds the stay as the desk recorded it, in order, not yet told to
        // its rule engine (the module tells it as the steps arrive).
        auto current = JourneyRepository(room->db(), area).current();
        QVERIFY(current.ok());
        QCOMPARE(current->size(), 3);
        QCOMPARE(current->at(0).body.value(u"name"_s).toString(), u"王某强"_s);
        QCOMPARE(current->at(2).kind, u"infocollection.done"_s);
        QCOMPARE(JourneyRepository(room->db(), area).untold()->size(), 3);
        QCOMPARE(room->scalar(u"SELECT count(*) FROM casearea_step WHERE uid = 's4'"_s), u"0"_s);
        // Another area's workstation keeps them for the history but its book is its own.
        QCOMPARE(JourneyRepository(room->db(), u"另一办案区"_s).current()->size(), 0);
        QCOMPARE(JourneyRepository(room->db()).stay(u"stay-13"_s)->size(), 3);
        // The desk's own steps, come back with the answers, are there once and stay told.
        QVERIFY(JourneyRepository(desk->db(), area).markTold({u"s1"_s, u"s2"_s, u"s3"_s}).ok());
        QVERIFY(syncRound(*desk).ok());
        QCOMPARE(desk->scalar(u"SELECT count(*) FROM casearea_step"_s), u"3"_s);
        QCOMPARE(JourneyRepository(desk->db(), area).untold()->size(), 0);
    }

    void aReservationGoesFromTheOfficerToTheLeaderToTheLegalHeadAcrossWorkstations()
    {
        using namespace CaseArea;
        auto officer = workstation(u"res-o"_s, u"res-officer"_s);
        auto leader = workstation(u"res-l"_s, u"res-leader"_s);
        auto legal = workstation(u"res-f"_s, u"res-legal"_s);
        QVERIFY(officer->cache && leader->cache && legal->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 hour = 3600 * 1000;
        // The area's plan, shared by the station that runs it.
        auto plan = FloorPlan::fromJson(R"({"area": "预约测试办案区", "width": 20, "height": 5,
            "rooms": [
            {"id": "W1", "name": "候问室1", "type": "waiting", "outline": [[0,0],[5,0],[5,5],[0,5]]},
            {"id": "I1", "name": "讯问室1", "type": "interrogation",
             "outline": [[5,0],[10,0],[10,5],[5,5]]},
            {"id": "I2", "name": "讯问室2", "type": "interrogation",
             "outline": [[10,0],[15,0],[15,5],[10,5]]}]})");
        QVERIFY(PlanRepository(officer->db()).save(kStation, *plan, u"res-officer"_s, now).ok());

        Reservation asked;
        asked.uid = u"res-1"_s;
        asked.requestedBy = u"res-officer"_s;
        asked.area = u"预约测试办案区"_s;
        asked.areaUnit = kStation;
        asked.fromMs = now + hour;
        asked.toMs = now + 3 * hour;
        asked.reason = u"抓获盗窃嫌疑人，需讯问"_s;
        asked.suspects = 1;
        asked.wishes = {{RoomType::Interrogation, 1}, {RoomType::Waiting, 1}};
        QVERIFY(ReservationRepository(officer->db()).request(asked, now).ok());
        QVERIFY(syncRound(*officer).ok());

        // The station leader agrees on their workstation.
        QVERIFY(syncRound(*leader).ok());
        auto seen = ReservationRepository(leader->db()).find(u"res-1"_s);
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((*seen)->unit, kStation);
        QCOMPARE((*seen)->state, ReservationState::Requested);
        QVERIFY(ReservationRepository(leader->db())
                    .decide(u"res-1"_s, ReservationAction::LeaderApprove, u"res-leader"_s,
                            u"leader"_s, u"同意"_s, {}, now)
                    .ok());
        QVERIFY(syncRound(*leader).ok());

        // The district's legal head assigns rooms from the shared plan; the service checks
        // them again.
        QVERIFY(syncRound(*legal).ok());
        auto wrong = ReservationRepository(legal->db())
                         .decide(u"res-1"_s, ReservationAction::LegalApprove, u"res-legal"_s,
                                 u"legal"_s, {}, {u"I1"_s, u"I2"_s}, now);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"rooms"_s);
        QVERIFY(ReservationRepository(legal->db())
                    .decide(u"res-1"_s, ReservationAction::LegalApprove, u"res-legal"_s, u"legal"_s,
                            {}, {u"I1"_s, u"W1"_s}, now)
                    .ok());
        QVERIFY(syncRound(*legal).ok());
        QCOMPARE(legal->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);

        // The officer sees it approved with its rooms and who decided.
        QVERIFY(syncRound(*officer).ok());
        auto mine = ReservationRepository(officer->db()).find(u"res-1"_s);
        QCOMPARE((*mine)->state, ReservationState::Approved);
        QCOMPARE((*mine)->rooms, (QStringList{u"I1"_s, u"W1"_s}));
        QCOMPARE((*mine)->decisions.size(), 2);
        QCOMPARE((*mine)->decisions.first().actor, u"res-leader"_s);
        QCOMPARE((*mine)->decisions.last().actor, u"res-legal"_s);

        // Taken back offline by the officer while the leader, offline too, rejects it: the first
        // to reach the service decides, the other is told.
        QVERIFY(ReservationRepository(officer->db())
                    .decide(u"res-1"_s, ReservationAction::Cancel, u"res-officer"_s,
                            u"unit_officer"_s, {}, {}, now)
                    .ok());
        QVERIFY(syncRound(*officer).ok());
        // A leader who is not the one who asked cannot cancel it, here or there.
        QVERIFY(syncRound(*leader).ok());
        QCOMPARE((*ReservationRepository(leader->db()).find(u"res-1"_s))->state,
                 ReservationState::Cancelled);
        QVERIFY(!ReservationRepository(leader->db())
                     .decide(u"res-1"_s, ReservationAction::Cancel, u"res-leader"_s, u"leader"_s,
                             {}, {}, now));
    }

    void anInstructionSentOfflineIsAnsweredOnAnotherWorkstationAndSeenBack()
    {
        using namespace CommandMap;
        auto sender = workstation(u"ins-s"_s, u"ins-sender"_s);
        auto desk = workstation(u"ins-d"_s, u"ins-desk"_s);
        QVERIFY(sender->cache && desk->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - 60000;
        auto made =
            Instruction::create(Instruction::Kind::Instruction, u"前往幸福小区36号"_s,
                                u"核实警情"_s, {u"警-0034"_s, u"警-0035"_s}, u"ins-sender"_s, now);
        QVERIFY(made.ok());
        QVERIFY(InstructionRepository(sender->db()).send(*made, now).ok());
        // Kept while the service is not yet told: shown as waiting.
        QVERIFY(InstructionRepository(sender->db()).recent(now - 1, 10)->first().pending);
        QVERIFY(syncRound(*sender).ok());
        QVERIFY(!InstructionRepository(sender->db()).recent(now - 1, 10)->first().pending);

        // The station's desk gets it and records the officer's answer given by radio.
        QVERIFY(syncRound(*desk).ok());
        auto seen = InstructionRepository(desk->db()).find(made->uid);
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((*seen)->issuedBy, u"ins-sender"_s);
        QCOMPARE((*seen)->unit, kStation);
        QVERIFY(InstructionRepository(desk->db())
                    .advance(made->uid, u"警-0034"_s,
                             {Instruction::State::Accepted, now + 5000, u"ins-desk"_s, {}, {}, {}})
                    .ok());
        // There and done, with a photo of the scene: it travels with the answer, by its hash.
        const QByteArray picture = "现场照片" + QByteArray(5000, 'p');
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(picture, QCryptographicHash::Sha256).toHex());
        const QString plain = m_dir.filePath(u"ins-scene.jpg"_s);
        QFile scene(plain);
        QVERIFY(scene.open(QIODevice::WriteOnly));
        scene.write(picture);
        scene.close();
        const QString sealedPhoto = desk->directory + u"/scene-1"_s;
        QCOMPARE(SealedFile::sealCopy(plain, sealedPhoto, *SealedFile::secret(desk->db())).value(),
                 sha);
        QVERIFY(InstructionRepository(desk->db())
                    .advance(made->uid, u"警-0034"_s,
                             {Instruction::State::Arrived, now + 6000, u"ins-desk"_s, {}, {}, {}})
                    .ok());
        QVERIFY(InstructionRepository(desk->db())
                    .advance(made->uid, u"警-0034"_s,
                             {Instruction::State::Done,
                              now + 7000,
                              u"ins-desk"_s,
                              u"已到场核实，纠纷已调解"_s,
                              {sha},
                              {}},
                             InstructionRepository::Sharing::Send,
                             {{sha, sealedPhoto, qint64(picture.size()), 0, {}}})
                    .ok());
        const auto deskRound = syncRound(*desk);
        QVERIFY(deskRound.ok());
        QCOMPARE(deskRound->filesSent, 1);
        QCOMPARE(desk->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);

        // The sender sees who recorded it and gets the photo; then cancels what is left, which
        // the desk sees.
        const auto senderRound = syncRound(*sender);
        QVERIFY(senderRound.ok());
        QCOMPARE(senderRound->filesReceived, 1);
        auto back = InstructionRepository(sender->db()).find(made->uid);
        QCOMPARE((*back)->tracks.first().state(), Instruction::State::Done);
        QCOMPARE((*back)->tracks.first().steps.last().actor, u"ins-desk"_s);
        QCOMPARE((*back)->tracks.first().steps.last().photos, QStringList{sha});
        const auto photoHere = FileCatalog(sender->db()).pathOf(sha);
        QVERIFY(photoHere.ok() && !photoHere->isEmpty());
        QByteArray opened;
        QVERIFY(SealedFile::read(*photoHere, *SealedFile::secret(sender->db()),
                                 [&opened](QByteArrayView chunk) {
                                     opened += chunk;
                                     return true;
                                 })
                    .ok());
        QCOMPARE(opened, picture);
        QVERIFY(InstructionRepository(sender->db())
                    .cancel(made->uid, u"ins-sender"_s, u"警情已撤销"_s, now + 9000)
                    .ok());
        QVERIFY(syncRound(*sender).ok());
        QVERIFY(syncRound(*desk).ok());
        QVERIFY((*InstructionRepository(desk->db()).find(made->uid))->isClosed());
    }

    void aRuleSettingGovernsEveryWorkstationAndTwoChangesEndInOne()
    {
        // A legal officer of the station and a leader of the district above it.
        auto a = workstation(u"a11"_s, u"rule-a"_s);
        auto b = workstation(u"b11"_s, u"rule-b"_s);
        QVERIFY(a->cache && b->cache);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto setting = [](Workstation &ws, const QString &field) {
            const auto all = RuleSettingsRepository(ws.db()).all();
            return all ? all->value(u"R01"_s).values.value(field) : u"(unreadable)"_s;
        };
        const auto history = [](Workstation &ws) {
            QStringList lines;
            for (const RuleSettingChange &c : *RuleSettingsRepository(ws.db()).history())
                lines.append(
                    u"%1 %2 %3→%4 %5"_s.arg(c.actor, c.field, c.oldValue, c.newValue, c.reason));
            return lines;
        };
        QVERIFY(RuleSettingsRepository(a->db())
                    .change(u"R01"_s, u"score"_s, u"5"_s, u"8"_s, u"rule-a"_s, u"加重处罚"_s, now)
                    .ok());
        QVERIFY(syncRound(*a).ok());
        QVERIFY(syncRound(*b).ok());
        QCOMPARE(setting(*b, u"score"_s), u"8"_s);
        QCOMPARE(history(*b), QStringList{u"rule-a score 5→8 加重处罚"_s});
        // Once in the history where it was made too.
        QCOMPARE(history(*a), history(*b));

        // Both change the score offline: the first to reach the service wins; the other's
        // setting and history take the winner's, and its operator is told who won.
        QVERIFY(RuleSettingsRepository(a->db())
                    .change(u"R01"_s, u"score"_s, u"8"_s, u"9"_s, u"rule-a"_s, u"再加重"_s, now + 1)
                    .ok());
        QVERIFY(RuleSettingsRepository(b->db())
                    .change(u"R01"_s, u"score"_s, u"8"_s, u"3"_s, u"rule-b"_s, u"减轻"_s, now + 2)
                    .ok());
        QVERIFY(syncRound(*a).ok());
        const auto round = syncRound(*b);
        QVERIFY(round.ok());
        QCOMPARE(round->conflicts, 1);
        QCOMPARE(setting(*b, u"score"_s), u"9"_s);
        QVERIFY(b->scalar(u"SELECT message FROM sync_conflict ORDER BY id DESC LIMIT 1"_s)
                    .contains(u"rule-a"_s));
        QCOMPARE(history(*b),
                 (QStringList{u"rule-a score 8→9 再加重"_s, u"rule-a score 5→8 加重处罚"_s}));
        QCOMPARE(sql(u"SELECT score FROM rule_setting WHERE rule_id = 'R01'"_s), u"9"_s);

        // A different field changed meanwhile is no conflict.
        QVERIFY(RuleSettingsRepository(b->db())
                    .change(u"R01"_s, u"enabled"_s, u"true"_s, u"false"_s, u"rule-b"_s,
                            u"试点暂停"_s, now + 3)
                    .ok());
        QVERIFY(syncRound(*b).ok());
        QVERIFY(syncRound(*a).ok());
        QCOMPARE(setting(*a, u"enabled"_s), u"false"_s);
        QCOMPARE(setting(*a, u"score"_s), u"9"_s);

        // The responsible unit's officer does not change the rules that supervise it: whatever
        // the workstation believed, the service refuses, and the setting comes back.
        auto u = workstation(u"u11"_s, u"rule-u"_s);
        QVERIFY(u->cache);
        QVERIFY(syncRound(*u).ok());
        QVERIFY(RuleSettingsRepository(u->db())
                    .change(u"R01"_s, u"enabled"_s, u"false"_s, u"true"_s, u"rule-u"_s, u"不服"_s,
                            now + 4)
                    .ok());
        QVERIFY(syncRound(*u).ok());
        QCOMPARE(setting(*u, u"enabled"_s), u"false"_s);
        QVERIFY(!history(*u).join(u'\n').contains(u"rule-u"_s));
        QCOMPARE(sql(u"SELECT count(*) FROM rule_setting_change WHERE actor = 'rule-u'"_s), u"0"_s);
    }

    void aServerThatIsGoneLeavesTheOperationsQueued()
    {
        auto a = workstation(u"a4"_s, u"legal-a"_s);
        QVERIFY(a->cache);
        QVERIFY(openProblem(*a, u"离线问题"_s).ok());
        // Nobody listens there.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        // An hour without the network: the shell's timer runs a round a minute, each told the
        // network is away, while the officer goes on working from the cache.
        for (int minute = 0; minute < 60; ++minute) {
            if (minute % 10 == 9)
                QVERIFY(openProblem(*a, u"离线问题%1"_s.arg(minute)).ok());
            const auto round = syncRound(*a, nowhere);
            QVERIFY(!round.ok());
            QCOMPARE(round.error().code, u"network"_s);
        }
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"7"_s);
        // Back: everything reaches the service once, in the order it was made.
        QVERIFY(syncRound(*a).ok());
        QCOMPARE(a->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
        QCOMPARE(sql(u"SELECT string_agg(title, ',' ORDER BY created_ms, title) FROM problem "
                     "WHERE title LIKE '离线问题%'"_s),
                 u"离线问题,离线问题9,离线问题19,离线问题29,离线问题39,离线问题49,离线问题59"_s);
    }

    void aChangeIsAnnouncedToTheOtherWorkstationWhichPullsIt()
    {
        auto a = workstation(u"a5"_s, u"live-a"_s);
        auto b = workstation(u"b5"_s, u"live-b"_s);
        QVERIFY(a->cache && b->cache);
        // B pulls only when the service announces a change: no rounds on a timer here.
        // The service and the workstation both started while the broker was not up yet: both
        // connect once it is.
        m_broker.kill();
        m_broker.waitForFinished(5000);
        m_central.reset();
        startCentral();
        SupervisionSync syncB(*b->cache, account(*b), {&m_replica, &m_findings, &m_layouts});
        LiveUpdates live(m_brokerAddress);
        // Listening before the broker is up: the retained head may come in the same breath as
        // the connection.
        int rounds = 0;
        connect(&live, &LiveUpdates::changed, &syncB, [&] {
            if (!syncB.isRunning())
                syncB.run([&](Result<SupervisionSync::Progress>) { ++rounds; });
        });
        QTest::qWait(1000);
        QVERIFY(!live.isConnected());
        startBroker();
        QTRY_VERIFY_WITH_TIMEOUT(live.isConnected(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds >= 1, 10000); // the retained head, on connecting
        const auto opened = openProblem(*a, u"实时推送"_s);
        QVERIFY(opened.ok());
        QVERIFY(syncRound(*a).ok());
        QTRY_VERIFY_WITH_TIMEOUT(localProblemId(*b, opened->uid) > 0, 10000);
        // B's own steps are announced back to A the same way.
        QVERIFY(ProblemRepository(b->db())
                    .apply(localProblemId(*b, opened->uid), b->actor(), ProblemAction::Issue,
                           u"请整改"_s, {}, QDateTime::currentMSecsSinceEpoch())
                    .ok());
        SupervisionSync syncA(*a->cache, account(*a), {&m_replica, &m_findings, &m_layouts});
        connect(&live, &LiveUpdates::changed, &syncA, [&] {
            if (!syncA.isRunning())
                syncA.run([](Result<SupervisionSync::Progress>) {});
        });
        QVERIFY(syncRound(*b).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            a->scalar(u"SELECT stage FROM problem WHERE uid = '%1'"_s.arg(opened->uid)), u"1"_s,
            10000);
    }

    void aBrokenServerIsToldApartAndNothingIsLost_data()
    {
        QTest::addColumn<int>("pushStatus");
        QTest::addColumn<QByteArray>("push");
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("queued"); // operations still queued afterwards
        const QByteArray applied =
            R"({"code":0,"message":"ok","data":{"results":[{"status":"applied"}]}})";
        const QByteArray empty =
            R"({"code":0,"message":"ok","data":{"changes":[],"next":0,"head":0}})";
        QTest::newRow("a proxy's page")
            << 200 << QByteArray("<html>Bad Gateway</html>") << empty << u"malformed"_s << 1;
        QTest::newRow("HTTP 502") << 502 << QByteArray() << empty << u"server"_s << 1;
        QTest::newRow("answers missing")
            << 200 << QByteArray(R"({"code":0,"message":"ok","data":{"results":[]}})") << empty
            << u"malformed"_s << 1;
        QTest::newRow("an answer not understood")
            << 200 << QByteArray(R"({"code":0,"message":"ok","data":{"results":[{"status":7}]}})")
            << empty << u"malformed"_s << 1;
        QTest::newRow("rate limited")
            << 200 << QByteArray(R"({"code":1,"message":"请求过快，限流","data":null})") << empty
            << u"rate-limited"_s << 1;
        QTest::newRow("a page without its position")
            << 200 << applied << QByteArray(R"({"code":0,"message":"ok","data":{"changes":[]}})")
            << u"malformed"_s << 0;
        QTest::newRow("wrong types")
            << 200 << applied
            << QByteArray(R"({"code":0,"message":"ok","data":{"changes":"x","next":"y"}})")
            << u"malformed"_s << 0;
        QTest::newRow("a change without its kind")
            << 200 << applied
            << QByteArray(
                   R"({"code":0,"message":"ok","data":{"changes":[{"key":"1","seq":1}],"next":1}})")
            << u"malformed"_s << 0;
    }
    void aBrokenServerIsToldApartAndNothingIsLost()
    {
        QFETCH(int, pushStatus);
        QFETCH(QByteArray, push);
        QFETCH(QByteArray, changes);
        QFETCH(QString, code);
        QFETCH(int, queued);
        static int n = 0;
        auto ws = workstation(u"broken%1"_s.arg(++n), u"legal-a"_s);
        QVERIFY(ws->cache);
        QVERIFY(openProblem(*ws, u"坏服务器"_s).ok());
        ScriptedServer server([&](const QString &path, const QUrlQuery &) {
            if (path.startsWith(u"/api/auth/login"_s))
                return ScriptedServer::Answer{
                    200, R"({"code":0,"message":"ok","data":{"accessToken":"t","user":"legal-a",)"
                         R"("role":"legal","unit":"420102510000"}})"};
            if (path.startsWith(u"/api/sync/push"_s))
                return ScriptedServer::Answer{pushStatus, push};
            return ScriptedServer::Answer{200, changes};
        });
        const auto round = syncRound(*ws, server.url());
        QVERIFY(!round.ok());
        QCOMPARE(round.error().code, code);
        QVERIFY(!round.error().message.isEmpty());
        QCOMPARE(ws->scalar(u"SELECT count(*) FROM outbox"_s), QString::number(queued));
        // Nothing stored from a page that was not understood: the position did not move.
        QCOMPARE(ws->scalar(u"SELECT count(*) FROM sync_supervision WHERE next_seq > 0"_s), u"0"_s);
        QCOMPARE(ws->scalar(u"SELECT count(*) FROM sync_conflict"_s), u"0"_s);
    }

    void anExpiredTokenMidSyncSignsInAgainAndGoesOn()
    {
        auto ws = workstation(u"expired"_s, u"legal-a"_s);
        QVERIFY(ws->cache);
        int logins = 0, pages = 0;
        ScriptedServer server([&](const QString &path, const QUrlQuery &) {
            if (path.startsWith(u"/api/auth/login"_s)) {
                ++logins;
                return ScriptedServer::Answer{
                    200, R"({"code":0,"message":"ok","data":{"accessToken":"t","user":"legal-a",)"
                         R"("role":"legal","unit":"420102510000"}})"};
            }
            if (++pages == 1)
                return ScriptedServer::Answer{
                    200, R"({"code":40101,"message":"Token过期，重新获取token","data":null})"};
            return ScriptedServer::Answer{
                200, R"({"code":0,"message":"ok","data":{"changes":[],"next":7,"head":7}})"};
        });
        const auto round = syncRound(*ws, server.url());
        QVERIFY2(round.ok(), qPrintable(round.ok() ? QString() : round.error().text()));
        QCOMPARE(logins, 2);
        QCOMPARE(pages, 2);
        QCOMPARE(ws->scalar(u"SELECT next_seq FROM sync_supervision"_s), u"7"_s);
    }

    void signInOnlineThenOfflineUntilExpiredOrRevoked()
    {
        auto ws = workstation(u"signin"_s, u"legal-gone"_s);
        QVERIFY(ws->cache);
        CentralSignIn signIn(*ws->cache);
        signIn.setTimeout(3000);
        const auto attempt = [&](const QUrl &server, const QString &password, int days) {
            std::optional<Result<CentralSignIn::Outcome>> result;
            signIn.signIn({server, {}, u"legal-gone"_s, password}, days,
                          [&](Result<CentralSignIn::Outcome> r) { result = std::move(r); });
            QElapsedTimer waited;
            waited.start();
            while (!result && waited.elapsed() < 20000)
                QTest::qWait(10);
            return result ? *result : Result<CentralSignIn::Outcome>(Error{u"timed out"_s, {}});
        };
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        // Never confirmed here: no offline sign-in.
        auto outcome = attempt(nowhere, kPassword, 7);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, u"unknown"_s);
        // Online: role and unit come from the account.
        outcome = attempt(m_central->base(), kPassword, 7);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
        QVERIFY(outcome->online);
        QCOMPARE(outcome->info.role, u"legal"_s);
        QCOMPARE(outcome->info.unit, kStation);
        // The same server unreachable: the kept verifier decides, within the days allowed.
        const QUrl sameServerDown = m_central->base();
        m_central->kill();
        outcome = attempt(sameServerDown, kPassword, 7);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text()));
        QVERIFY(!outcome->online);
        QVERIFY(!outcome->offlineReason.isEmpty());
        QCOMPARE(outcome->info.unit, kStation);
        outcome = attempt(sameServerDown, u"wrong-password-1"_s, 7);
        QCOMPARE(outcome.error().code, u"refused"_s);
        outcome = attempt(sameServerDown, kPassword, 0);
        QCOMPARE(outcome.error().code, u"expired"_s);
        startCentral();
        // Disabled by the administrator: refused at the next online moment, and forgotten.
        QCOMPARE(
            CentralCommand::run({u"user"_s, u"disable"_s, u"legal-gone"_s, u"--config"_s, m_config})
                .exitCode,
            0);
        outcome = attempt(m_central->base(), kPassword, 7);
        QCOMPARE(outcome.error().code, u"refused"_s);
        const QUrl restarted = m_central->base();
        m_central->kill();
        outcome = attempt(restarted, kPassword, 7);
        QCOMPARE(outcome.error().code, u"unknown"_s);
        startCentral();
    }

    void killedAtThirtyInstantsNothingIsLostNorTwice()
    {
        // A workstation with 150 problems opened and issued offline (300 operations), and a
        // server with 3000 alerts of its station (and 1000 of another) to pull.
        auto k = workstation(u"killed"_s, u"legal-k"_s);
        QVERIFY(k->cache);
        for (int i = 0; i < 150; ++i) {
            const auto opened = openProblem(*k, u"问题 %1"_s.arg(i));
            QVERIFY(opened.ok());
            QVERIFY(ProblemRepository(k->db())
                        .apply(opened->id, k->actor(), ProblemAction::Issue, u"下发 %1"_s.arg(i),
                               {}, QDateTime::currentMSecsSinceEpoch())
                        .ok());
        }
        QCOMPARE(k->scalar(u"SELECT count(*) FROM outbox"_s), u"300"_s);
        sql(u"INSERT INTO alert (rule_id, subject_key, element, tier, colour, score, message, "
            "unit, raised_ms) SELECT 'R-kill', 'n=' || g, 'person', 2, 'orange', 1, 'm', "
            "CASE WHEN g % 4 = 0 THEN '民族派出所' ELSE '大智派出所' END, g FROM "
            "generate_series(1, 4000) g"_s);
        k->cache.reset();

        QFile password(m_dir.filePath(u"cache-password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(kCachePassword.toUtf8());
        password.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JIANDU_USER_PASSWORD"_s, kPassword);
        const auto arguments = [&] {
            return QStringList{u"sync"_s,
                               u"--cache"_s,
                               k->directory,
                               u"--password-file"_s,
                               password.fileName(),
                               u"--server"_s,
                               m_central->base().toString(),
                               u"--user"_s,
                               u"legal-k"_s,
                               u"--once"_s,
                               u"--json"_s,
                               u"--quiet"_s};
        };
        QRandomGenerator random(20261206);
        int killedMidway = 0;
        for (int round = 0; round < 30; ++round) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(JIANDU_CLI), arguments());
            QVERIFY(cli.waitForStarted());
            const int delay = int(random.bounded(40, 400));
            QTest::qWait(delay);
            if (round == 10 || round == 20) {
                // The server goes too, and comes back.
                m_central->kill();
                QTest::qWait(200);
                startCentral();
            }
            if (cli.state() == QProcess::Running) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                ++killedMidway;
            }
            cli.waitForFinished(10000);
        }
        QVERIFY2(killedMidway >= 25, qPrintable(QString::number(killedMidway)));
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(JIANDU_CLI), arguments());
        QVERIFY(last.waitForFinished(120000));
        const QByteArray out = last.readAllStandardOutput();
        QVERIFY2(last.exitCode() == 0, (out + last.readAllStandardError()).constData());
        const QJsonObject result =
            QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY(result.value(u"supervision"_s).toObject().value(u"ok"_s).toBool());

        // The server: each problem once, each with its two steps, each operation applied once.
        QCOMPARE(sql(u"SELECT count(*) FROM problem WHERE created_by = 'legal-k'"_s), u"150"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM problem_step s JOIN problem p ON p.uid = "
                     "s.problem_uid WHERE p.created_by = 'legal-k'"_s),
                 u"300"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM problem WHERE created_by = 'legal-k' AND stage = 1"_s),
                 u"150"_s);
        QCOMPARE(sql(u"SELECT count(*) FROM sync_operation WHERE user_name = 'legal-k'"_s),
                 u"300"_s);
        // The workstation: nothing queued, no conflict, and exactly the server's records of its
        // scope.
        auto reopened = LocalCache::open(k->directory, kCachePassword);
        QVERIFY(reopened.ok());
        k->cache = std::move(reopened).value();
        QCOMPARE(k->scalar(u"SELECT count(*) FROM outbox"_s), u"0"_s);
        QCOMPARE(k->scalar(u"SELECT count(*) FROM sync_conflict"_s), u"0"_s);
        QCOMPARE(k->scalar(u"SELECT count(*) FROM problem_step s JOIN problem p ON p.id = "
                           "s.problem_id WHERE p.created_by = 'legal-k'"_s),
                 u"300"_s);
        QCOMPARE(k->scalar(u"SELECT count(*) FROM alert WHERE rule_id = 'R-kill'"_s), u"3000"_s);
        QCOMPARE(k->scalar(u"SELECT count(DISTINCT central_id) FROM alert WHERE rule_id = "
                           "'R-kill'"_s),
                 u"3000"_s);
        QCOMPARE(k->scalar(u"SELECT count(*) FROM alert WHERE unit = '民族派出所'"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SupervisionSync)
#include "tst_supervisionsync.moc"
