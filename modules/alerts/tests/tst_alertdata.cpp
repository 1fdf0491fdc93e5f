#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <alerts/data/alertrepository.h>
#include <alerts/data/alertsschema.h>
#include <alerts/data/problemrepository.h>
#include <alerts/data/rulesettingsrepository.h>
#include <storage/localcache.h>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT = 1793584800000; // 2026-11-02 10:00 (+08:00)
constexpr qint64 kHour = 3600'000;

AlertRecord sampleAlert(const QString &subject, qint64 raisedMs)
{
    AlertRecord a;
    a.ruleId = u"venue.in-area-24h"_s;
    a.subjectKey = u"personId="_s + subject;
    a.element = u"venue"_s;
    a.unit = u"城关派出所"_s;
    a.tier = Tier::Alarm;
    a.score = 3;
    a.message = u"张三，%1，在办案区已超过24小时"_s.arg(subject);
    a.subjectJson = u"{\"personId\":\"%1\"}"_s.arg(subject);
    a.raisedMs = raisedMs;
    a.deadlineMs = raisedMs;
    return a;
}

const ProblemWorkflow::Actor kLegal{u"李法制"_s, ProblemRole::LegalOfficer, {}};
const ProblemWorkflow::Actor kUnit{u"王所长"_s, ProblemRole::ResponsibleUnit, u"城关派出所"_s};
const ProblemWorkflow::Actor kOtherUnit{u"赵所长"_s, ProblemRole::ResponsibleUnit, u"东关派出所"_s};
const ProblemWorkflow::Actor kLeader{u"陈局"_s, ProblemRole::Leader, {}};

} // namespace

// Alerts, problems and rule settings as the cache keeps them.
class tst_AlertData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QSqlDatabase db() { return m_cache->database().connection(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto cache = LocalCache::create(m_dir.path(), u"pw"_s);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().text()));
        m_cache = std::move(cache).value();
        QVERIFY(AlertsSchema::migrate(*m_cache).ok());
    }
    void cleanup() { m_cache.reset(); }

    void oneLiveAlertPerRuleAndSubject()
    {
        AlertRepository alerts(db());
        auto first = alerts.raise(sampleAlert(u"P-1"_s, kT));
        QVERIFY(first.ok() && first->second);
        // The same rule for the same person while the first is live: the same alert.
        auto again = alerts.raise(sampleAlert(u"P-1"_s, kT + kHour));
        QVERIFY(again.ok());
        QCOMPARE(again->first, first->first);
        QVERIFY(!again->second);
        QCOMPARE(*alerts.count(), 1);

        // Resolved, it is history; the rule firing again is a new alert.
        QCOMPARE(*alerts.resolve(u"venue.in-area-24h"_s, u"personId=P-1"_s, kT + 2 * kHour,
                                 u"left the area"_s),
                 first->first);
        QCOMPARE(*alerts.resolve(u"venue.in-area-24h"_s, u"personId=P-1"_s, kT, {}), 0);
        auto later = alerts.raise(sampleAlert(u"P-1"_s, kT + 3 * kHour));
        QVERIFY(later.ok() && later->second);
        QVERIFY(later->first != first->first);

        const AlertRecord resolved = **alerts.get(first->first);
        QCOMPARE(resolved.status, AlertRecord::Status::Resolved);
        QCOMPARE(resolved.resolvedMs, kT + 2 * kHour);
        QCOMPARE(resolved.resolvedReason, u"left the area"_s);
        QCOMPARE(resolved.unit, u"城关派出所"_s);
        QCOMPARE(resolved.message, u"张三，P-1，在办案区已超过24小时"_s);
    }

    void acknowledgeAndSilenceAreOnRecord()
    {
        AlertRepository alerts(db());
        const qint64 id = alerts.raise(sampleAlert(u"P-2"_s, kT))->first;
        QVERIFY(alerts.acknowledge(id, u"值班员"_s, u"已电话通知办案民警"_s, kT + 60000).ok());
        QVERIFY(!alerts.suppress(id, u"值班员"_s, u"  "_s, kT + kHour).ok());
        QVERIFY(alerts.suppress(id, u"值班员"_s, u"嫌疑人就医，已报备"_s, kT + kHour).ok());
        QVERIFY(!alerts.acknowledge(424242, u"x"_s, {}, kT).ok());
        const AlertRecord a = **alerts.get(id);
        QCOMPARE(a.status, AlertRecord::Status::Acknowledged);
        QCOMPARE(a.acknowledgedBy, u"值班员"_s);
        QCOMPARE(a.acknowledgeNote, u"已电话通知办案民警"_s);
        QVERIFY(a.suppressedAt(kT + kHour - 1));
        QVERIFY(!a.suppressedAt(kT + kHour));
        QCOMPARE(a.suppressReason, u"嫌疑人就医，已报备"_s);

        QList<AlertRepository::Summary> scanned;
        QVERIFY(alerts.scan([&](const AlertRepository::Summary &s) { scanned.append(s); }).ok());
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned[0].status, AlertRecord::Status::Acknowledged);
        QCOMPARE(scanned[0].suppressedUntilMs, kT + kHour);
    }

    void engineStateRoundTrips()
    {
        const auto rules = RuleSet::parse(R"({"format": "jiandu-rules/1", "version": "t",
  "rules": [{"id": "detention.overdue", "element": "person", "tier": "alarm", "name": "刑拘超期",
     "start": {"event": "measure.started"}, "key": "personId", "deadline": "3d",
     "stop": [{"event": "measure.ended"}], "message": "{name} 刑事拘留超过3日"}]})",
                                          u"t.json"_s);
        QVERIFY(rules.ok());
        const auto started = [](const QString &person, qint64 at) {
            return RuleEvent{u"measure.started"_s, at,
                             QJsonObject{{u"personId"_s, person}, {u"name"_s, person}}};
        };
        AlertRepository alerts(db());
        {
            RuleEngine empty(*rules);
            QCOMPARE(*alerts.loadEngineState(empty), AlertRepository::Restored::Nothing);
        }
        // Stored by an older version as one document: read, then replaced by the first save.
        RuleEngine engine(*rules);
        engine.process(started(u"P-1"_s, kT));
        engine.process(started(u"P-2"_s, kT + kHour));
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO rule_engine_state (id, saved_ms, state) VALUES (1, ?, ?)"_s);
        q.addBindValue(kT);
        q.addBindValue(QJsonDocument(engine.saveState()).toJson(QJsonDocument::Compact));
        QVERIFY(q.exec());
        RuleEngine taken(*rules);
        QCOMPARE(*alerts.loadEngineState(taken), AlertRepository::Restored::Restored);
        QCOMPARE(taken.runningDeadlines(), 2);
        QVERIFY(taken.stateChanges().complete);
        QVERIFY(alerts.saveEngineState(taken.stateChanges(), kT + kHour).ok());
        taken.stateSaved();
        QVERIFY(q.exec(u"SELECT count(*) FROM rule_engine_state"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // Then by what changed: one subject more, one deadline stopped.
        taken.process(started(u"P-3"_s, kT + 2 * kHour));
        taken.process({u"measure.ended"_s, kT + 3 * kHour, QJsonObject{{u"personId"_s, u"P-1"_s}}});
        const RuleEngine::StateChanges changes = taken.stateChanges();
        QVERIFY(!changes.complete);
        QCOMPARE(changes.subjects.size(), size_t(1)); // P-3; what P-1 is did not change
        QCOMPARE(changes.entries.size(), size_t(2));
        QVERIFY(alerts.saveEngineState(changes, kT + 3 * kHour).ok());
        taken.stateSaved();
        RuleEngine restored(*rules);
        QCOMPARE(*alerts.loadEngineState(restored), AlertRepository::Restored::Restored);
        QCOMPARE(restored.runningDeadlines(), 2);
        QCOMPARE(restored.saveState().value(u"subjects"_s).toArray().size(), 3);
        QVERIFY(!restored.hasStateChanges());

        // A stored state this version does not understand is said, not run over.
        QVERIFY(q.exec(u"UPDATE rule_state_global SET state = 'garbage'"_s));
        RuleEngine confused(*rules);
        QCOMPARE(*alerts.loadEngineState(confused), AlertRepository::Restored::NotUnderstood);
    }

    void alertsStoredByEarlierVersionsReadTheSame()
    {
        // A cache written by 0.1 (one numbered schema): its alert, problem and rule change
        // come through the takeover and this module's later steps unchanged in meaning.
        QTemporaryDir dir;
        for (const QString &name : {u"cache.db"_s, u"cache.key"_s}) {
            QVERIFY(QFile::copy(QStringLiteral(FIXTURE_CACHES) + u"/schema8/"_s + name,
                                dir.filePath(name)));
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        auto cache = LocalCache::open(dir.path(), u"fixture-v8"_s);
        QVERIFY(cache.ok());
        QVERIFY(AlertsSchema::migrate(**cache).ok());
        QSqlDatabase db = (*cache)->database().connection();
        auto alert = AlertRepository(db).get(1);
        QVERIFY(alert.ok() && alert->has_value());
        QCOMPARE((*alert)->tier, Tier::Alarm); // stored as 2 by 0.1
        QCOMPARE((*alert)->message, u"受案后24小时内未立案"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT case_id FROM alert WHERE id = 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), QString()); // its subject named no case
        auto problem = ProblemRepository(db).get(1);
        QVERIFY(problem.ok() && problem->has_value());
        QCOMPARE((*problem)->caseId, u"A3201002026110001"_s);
        QCOMPARE(ProblemRepository(db).history(1)->constFirst().attachments.size(), 1);
        QCOMPARE(RuleSettingsRepository(db).history()->size(), 1);
    }

    void theCaseOfAlertsStoredBeforeItHadAColumnIsFilledIn()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::create(dir.path(), u"pw"_s);
        QVERIFY(cache.ok());
        QVERIFY((*cache)->migrate(u"alerts"_s, AlertsSchema::migrations().mid(0, 4)).ok());
        QSqlQuery q((*cache)->database().connection());
        QVERIFY(
            q.exec(u"INSERT INTO alert (rule_id, subject_key, element, tier, score, message,"
                   " subject, raised_ms, deadline_ms) VALUES ('r', 'caseId=A-7', 'case', 3, 1,"
                   " 'm', '{\"caseId\":\"A-7\",\"unit\":\"城东\"}', 1, 1),"
                   " ('r2', 'personId=P', 'person', 3, 1, 'm', '{\"personId\":\"P\"}', 1, 1)"_s));
        QVERIFY(AlertsSchema::migrate(**cache).ok());
        QVERIFY(q.exec(u"SELECT case_id FROM alert ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"A-7"_s);
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
    }

    void theClosedLoopFromAlertToClosure()
    {
        AlertRepository alerts(db());
        ProblemRepository problems(db());
        const qint64 alertId = alerts.raise(sampleAlert(u"P-3"_s, kT))->first;

        Problem draft;
        draft.alertId = alertId;
        draft.title = u"在办案区超过24小时"_s;
        draft.unit = u"城关派出所"_s;
        draft.element = u"venue"_s;
        // Only the legal officer or the leader opens problems.
        QCOMPARE(problems.open(draft, kUnit, {}, kT).error().code, u"role"_s);
        auto opened = problems.open(draft, kLegal, u"核实属实"_s, kT);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
        QCOMPARE(opened->stage, ProblemStage::Found);
        QCOMPARE((*alerts.get(alertId))->status, AlertRecord::Status::Referred);
        QCOMPARE((*alerts.get(alertId))->problemId, opened->id);
        // One problem per alert.
        QCOMPARE(problems.open(draft, kLegal, {}, kT).error().code, u"referred"_s);

        const qint64 id = opened->id;
        qint64 now = kT;
        const auto step = [&](const ProblemWorkflow::Actor &who, ProblemAction action,
                              const QString &note) {
            now += kHour;
            return problems.apply(id, who, action, note, {}, now);
        };
        // Wrong role, wrong stage, wrong unit, missing reason: refused with a reason, unchanged.
        QCOMPARE(step(kUnit, ProblemAction::Issue, {}).error().code, u"role"_s);
        QCOMPARE(step(kLegal, ProblemAction::Approve, {}).error().code, u"stage"_s);
        QVERIFY(step(kLegal, ProblemAction::Issue, {}).ok());
        QCOMPARE(step(kOtherUnit, ProblemAction::Answer, u"x"_s).error().code, u"unit"_s);
        QCOMPARE(step(kUnit, ProblemAction::Appeal, u" "_s).error().code, u"note"_s);
        QVERIFY(step(kUnit, ProblemAction::Appeal, u"嫌疑人送医，时间不计入"_s).ok());
        QVERIFY(step(kLegal, ProblemAction::Review, u"送医记录不全"_s).ok());
        QVERIFY(step(kLeader, ProblemAction::Confirm, {}).ok());
        QCOMPARE((*problems.get(id))->stage, ProblemStage::Rectifying);
        QVERIFY(step(kUnit, ProblemAction::SubmitRectification, u"已补登记"_s).ok());
        // Failed rectification goes back to the unit; the round is counted.
        QVERIFY(step(kLegal, ProblemAction::Reject, u"缺少签字"_s).ok());
        Problem p = **problems.get(id);
        QCOMPARE(p.stage, ProblemStage::Rectifying);
        QCOMPARE(p.rounds, 1);
        QCOMPARE(p.stageSinceMs, now);
        QCOMPARE(p.dueMs, now + ProblemWorkflow::TimeLimits{}.rectifyMs);
        QList<ProblemAttachment> files{
            {u"整改报告.pdf"_s, u"/attachments/1/整改报告.pdf"_s, 1234, u"ab12"_s}};
        now += kHour;
        QVERIFY(
            problems.apply(id, kUnit, ProblemAction::SubmitRectification, u"已补签字"_s, files, now)
                .ok());
        QVERIFY(step(kLegal, ProblemAction::Approve, {}).ok());
        QCOMPARE((*problems.get(id))->stage, ProblemStage::Closed);
        // Reopened after closure when the problem turns out not fixed.
        QCOMPARE(step(kUnit, ProblemAction::Reopen, u"x"_s).error().code, u"role"_s);
        QVERIFY(step(kLeader, ProblemAction::Reopen, u"复查发现仍未整改"_s).ok());
        QCOMPARE((*problems.get(id))->rounds, 2);

        // The history says who did what, when and why, in order, with the attachment.
        const QList<ProblemStep> history = *problems.history(id);
        QList<ProblemAction> actions;
        for (const ProblemStep &s : history)
            actions.append(s.action);
        QCOMPARE(actions,
                 (QList<ProblemAction>{ProblemAction::Create, ProblemAction::Issue,
                                       ProblemAction::Appeal, ProblemAction::Review,
                                       ProblemAction::Confirm, ProblemAction::SubmitRectification,
                                       ProblemAction::Reject, ProblemAction::SubmitRectification,
                                       ProblemAction::Approve, ProblemAction::Reopen}));
        QCOMPARE(history[2].actor, u"王所长"_s);
        QCOMPARE(history[2].note, u"嫌疑人送医，时间不计入"_s);
        QCOMPARE(history[2].from, ProblemStage::Issued);
        QCOMPARE(history[2].to, ProblemStage::Appealed);
        QCOMPARE(history[7].attachments.size(), 1);
        QCOMPARE(history[7].attachments[0].sha256, u"ab12"_s);
        QCOMPARE(history.constLast().role, ProblemRole::Leader);
        QCOMPARE(problems.allSteps()->size(), history.size());
    }

    void dismissedAfterReviewAndAllowedStepsFollowTheRole()
    {
        ProblemRepository problems(db());
        Problem draft;
        draft.title = u"巡查发现：值班室无人"_s;
        draft.unit = u"城关派出所"_s;
        const qint64 id = problems.open(draft, kLeader, {}, kT)->id;
        Problem p = **problems.get(id);
        QCOMPARE(ProblemWorkflow::allowed(p, kLegal),
                 (QList<ProblemAction>{ProblemAction::Issue, ProblemAction::Remind,
                                       ProblemAction::Comment}));
        QCOMPARE(ProblemWorkflow::allowed(p, kUnit),
                 (QList<ProblemAction>{ProblemAction::Comment}));
        QVERIFY(problems.apply(id, kLegal, ProblemAction::Issue, {}, {}, kT + 1).ok());
        p = **problems.get(id);
        QCOMPARE(ProblemWorkflow::allowed(p, kUnit),
                 (QList<ProblemAction>{ProblemAction::Answer, ProblemAction::Appeal,
                                       ProblemAction::Comment}));
        QVERIFY(ProblemWorkflow::allowed(p, kOtherUnit).isEmpty());
        // Separation of duties: the legal officer who issued it cannot answer it for the unit
        // (one person set to both roles on one workstation), and is told why.
        const ProblemWorkflow::Actor legalAsUnit{kLegal.name, ProblemRole::ResponsibleUnit,
                                                 u"城关派出所"_s};
        const auto twoHats =
            problems.apply(id, legalAsUnit, ProblemAction::Answer, u"当时在处警"_s, {}, kT + 2);
        QCOMPARE(twoHats.error().code, u"separation"_s);
        QVERIFY(twoHats.error().message.contains(kLegal.name));
        QCOMPARE((**problems.get(id)).stage, ProblemStage::Issued);
        QVERIFY(problems.apply(id, kUnit, ProblemAction::Answer, u"当时在处警"_s, {}, kT + 2).ok());
        // ...nor the unit's officer review the answer as the legal officer.
        const ProblemWorkflow::Actor unitAsLegal{kUnit.name, ProblemRole::LegalOfficer, {}};
        QCOMPARE(problems.apply(id, unitAsLegal, ProblemAction::Review, u"属实"_s, {}, kT + 3)
                     .error()
                     .code,
                 u"separation"_s);
        QVERIFY(problems.apply(id, kLegal, ProblemAction::Review, u"属实"_s, {}, kT + 3).ok());
        QCOMPARE(problems.apply(id, kLeader, ProblemAction::Dismiss, {}, {}, kT + 4).error().code,
                 u"note"_s);
        QVERIFY(
            problems.apply(id, kLeader, ProblemAction::Dismiss, u"处警离岗，情有可原"_s, {}, kT + 4)
                .ok());
        p = **problems.get(id);
        QCOMPARE(p.stage, ProblemStage::Dismissed);
        QVERIFY(p.isFinished());
        QCOMPARE(p.dueMs, 0);
    }

    void overdueStagesAreRemindedOncePerInterval()
    {
        ProblemRepository problems(db());
        Problem draft;
        draft.title = u"未按时反馈"_s;
        draft.unit = u"城关派出所"_s;
        const qint64 id = problems.open(draft, kLegal, {}, kT)->id;
        QVERIFY(problems.apply(id, kLegal, ProblemAction::Issue, {}, {}, kT).ok());
        const qint64 due = kT + ProblemWorkflow::TimeLimits{}.answerMs;
        QVERIFY(problems.needingReminder(due - 1, 24 * kHour)->isEmpty());
        QCOMPARE(problems.needingReminder(due + 1, 24 * kHour)->size(), 1);
        const ProblemWorkflow::Actor system{u"系统"_s, ProblemRole::System, {}};
        QVERIFY(problems.apply(id, system, ProblemAction::Remind, {}, {}, due + 1).ok());
        QVERIFY(problems.needingReminder(due + 2, 24 * kHour)->isEmpty());
        QCOMPARE(problems.needingReminder(due + 1 + 24 * kHour, 24 * kHour)->size(), 1);
        // A reminder does not move the problem.
        QCOMPARE((*problems.get(id))->stage, ProblemStage::Issued);
    }

    void ruleChangesAreAudited()
    {
        RuleSettingsRepository settings(db());
        QVERIFY(
            !settings
                 .change(u"venue.in-area-24h"_s, u"score"_s, u"3"_s, u"5"_s, u"李法制"_s, {}, kT)
                 .ok());
        QVERIFY(!settings
                     .change(u"venue.in-area-24h"_s, u"colour; DROP"_s, {}, u"x"_s, u"李法制"_s,
                             u"r"_s, kT)
                     .ok());
        QVERIFY(settings
                    .change(u"venue.in-area-24h"_s, u"score"_s, u"3"_s, u"5"_s, u"李法制"_s,
                            u"市局通知提高分值"_s, kT)
                    .ok());
        QVERIFY(settings
                    .change(u"venue.in-area-24h"_s, u"enabled"_s, u"true"_s, u"false"_s,
                            u"李法制"_s, u"试点期间停用"_s, kT + 1)
                    .ok());
        QVERIFY(settings
                    .change(u"venue.in-area-24h"_s, u"score"_s, u"5"_s, {}, u"陈局"_s,
                            u"恢复默认"_s, kT + 2)
                    .ok());
        const auto all = *settings.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[u"venue.in-area-24h"_s].values,
                 (QHash<QString, QString>{{u"enabled"_s, u"false"_s}}));
        const auto history = *settings.history(u"venue.in-area-24h"_s);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].actor, u"陈局"_s);
        QCOMPARE(history[0].oldValue, u"5"_s);
        QCOMPARE(history[2].reason, u"市局通知提高分值"_s);
        QVERIFY(settings.history(u"other"_s)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AlertData)
#include "tst_alertdata.moc"
